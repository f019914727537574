// Builds the one-entry issue extractIssueDates receives: the title on line 1, body lines numbered after it.
import { extractIssueDates, type DateContext, type EntryDates } from '../../src/dates/index.js';

export const SOURCE = 'test.txt';

export function datesOf(issueDate: string | null, title: string, ...body: string[]): EntryDates {
  const lines = [title, ...body].map((text, i) => ({ text, line: i + 1 }));
  const context: DateContext = { issueDate, source: SOURCE };
  const [dates] = extractIssueDates([{ title, line: 1, lines }], context);
  if (!dates) throw new Error('no dates for the entry');
  return dates;
}

/** The events as compact rows, for readable assertions. */
export function rows(result: EntryDates): string[] {
  return result.events.map((e) => [e.date, e.start ?? '-', e.end ?? '-', e.location ?? '-', e.label ?? '-', e.status ?? '-'].join(' | '));
}
