// The date reader: chrono's en.GB configuration with the parsers that misread bulletins
// swapped out and our own parsers and refiners added.
import * as chrono from 'chrono-node';
import type { ParsedResult, Parser } from 'chrono-node';
import { MONTH_PATTERN } from './calendar.js';
import { arrivalForStartParser, dayMonthParser } from './parsers.js';
import {
  dateThenTimeRefiner,
  dayNotHourFilter,
  listSharesRefiner,
  listedDaysRefiner,
  numberNotTimeFilter,
  officeHoursRefiner,
} from './refiners.js';

// A bulletin's dates are written out: parsers that read "now", "in 5 days" or "3 weeks
// ago" only make false dates, and chrono's little-endian parser reads the "10" of
// "16 December 10.30" as the year 2010 (ours replaces it). Parsers are recognised by what
// they read, not by class name, which a minifying bundler renames.
const MISREADS = ['now', 'today', 'tomorrow', 'in 5 days', 'within 2 weeks', '3 weeks ago', '2 days later', 'next week', 'end of the month', '+2 weeks', 'last 2 days'];
const PROBE_DATE = new Date(Date.UTC(2020, 0, 15, 12));

function misreads(parser: Parser): boolean {
  const alone = new chrono.Chrono({ parsers: [parser], refiners: [] });
  if (MISREADS.some((text) => alone.parse(text, PROBE_DATE).length > 0)) return true;
  return alone.parse('16 December 10', PROBE_DATE).some((r) => r.start.isCertain('day') && r.start.isCertain('year'));
}

function build(): chrono.Chrono {
  const reader = chrono.en.GB.clone();
  reader.parsers = reader.parsers.filter((p) => !misreads(p));
  reader.parsers.push(dayMonthParser, arrivalForStartParser);
  reader.refiners.unshift(numberNotTimeFilter, dayNotHourFilter);
  reader.refiners.push(dateThenTimeRefiner, officeHoursRefiner, listedDaysRefiner, listSharesRefiner);
  return reader;
}

const reader = build();

/** Words and shapes that start a date or a time; text without any is never parsed. */
const ANCHOR = new RegExp(
  `(?<![\\p{L}])${MONTH_PATTERN}(?![\\p{L}])|\\d[.:]\\d\\d|\\d\\s?[ap]\\.?m\\b|\\d/\\d{1,2}/\\d|\\d{4}-\\d\\d-\\d\\d`,
  'giu',
);
const MARGIN = 60;
const MAX_WINDOW = 600;

/**
 * Spans of `text` around anchors, so chrono (whose parser loop re-scans the rest of the
 * text after every match) only ever sees short strings, whatever the input.
 */
export function windows(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(ANCHOR)) {
    const from = tokenStart(text, Math.max(0, match.index - MARGIN), match.index);
    const to = Math.min(text.length, match.index + match[0].length + MARGIN);
    const last = spans[spans.length - 1];
    if (last && from <= last[1] && to - last[0] <= MAX_WINDOW) last[1] = to;
    else spans.push([last ? tokenStart(text, Math.max(from, last[1]), match.index) : from, to]);
  }
  return spans;
}

/** `at`, or the start of the next word when `at` falls inside one (never past `limit`). */
function tokenStart(text: string, at: number, limit: number): number {
  if (at === 0 || /\s/.test(text[at - 1] ?? '')) return at;
  const space = text.slice(at, limit).search(/\s/);
  return space < 0 ? limit : at + space + 1;
}

/** chrono's results for `text`, with indexes into `text`. */
export function readDates(text: string, reference: Date): ParsedResult[] {
  const results: ParsedResult[] = [];
  for (const [from, to] of windows(text)) {
    for (const result of reader.parse(text.slice(from, to), reference)) {
      results.push(Object.assign(result, { index: result.index + from }));
    }
  }
  return results;
}
