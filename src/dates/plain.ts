// A fast path past chrono for the commonest window: one plain written date, "18 December
// 2019" or "on Friday 24th January 2020", with nothing around it that any of chrono's
// parsers or refiners could read. Anything else, however harmless it looks, goes to
// chrono: this must give exactly chrono's result or decline (tests/dates/plain.test.ts
// checks both agree).
import type { ParsedComponents } from 'chrono-node';
import { isValidDay, monthNumber } from './calendar.js';

type Component = Parameters<ParsedComponents['isCertain']>[0];

/** The parts of chrono's result the dates stage reads. */
export interface DateComponents {
  isCertain(component: Component): boolean;
  get(component: Component): number | null;
}

export interface DateResult {
  index: number;
  text: string;
  start: DateComponents;
  end?: DateComponents | null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const PLAIN = new RegExp(
  `(?:(${WEEKDAYS.join('|')}),? )?(\\d{1,2})(?:st|nd|rd|th)? ` +
    '(january|february|march|april|may|june|july|august|september|october|november|december)(?![\\p{L}])(\\.)?(?:,? ((?:19|20)\\d\\d))?',
  'iu',
);
/** Words and signs some chrono parser or refiner reads (generously: a false alarm only costs a chrono call). */
const BUSY =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|week|morning|afternoon|evening|night|midnight|midday|noon|this|last|past|next|end|now|today|tonight|tomorrow|yesterday|ago|later|within)/i;
/** What chrono's time-zone refiner would append to a date: "(BST)", ", GMT". */
const ZONE_AFTER = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?=\W|$)/;

class Written implements DateComponents {
  constructor(private readonly values: Partial<Record<Component, number>>) {}
  isCertain(component: Component): boolean {
    return this.values[component] !== undefined;
  }
  get(component: Component): number | null {
    return this.values[component] ?? null;
  }
}

/** chrono's reading of `text` when it holds one plain date and nothing else to read; else undefined. */
export function plainDate(text: string): DateResult[] | undefined {
  const match = PLAIN.exec(text);
  if (!match) return undefined;
  const [written, weekdayWord, dayText, monthWord, , yearText] = match;
  let index = match.index;
  const before = text.slice(0, index);
  const after = text.slice(index + written.length);
  const month = monthNumber(monthWord ?? '');
  const day = Number(dayText);
  if (month === null || !isValidDay(2001, month, day) || BUSY.test(after) || ZONE_AFTER.test(after)) return undefined;
  // chrono's weekday reading starts at an "on" just before it (after any non-word
  // character, as its \W sees it), and takes a comma or bracket before that too.
  const on = weekdayWord ? /(?:^|[^A-Za-z0-9_])on $/i.exec(before) : null;
  if (on) index -= 3;
  const lead = text.slice(0, index);
  if (lead !== '' && !/(?:^|[^,(（]) $/u.test(lead)) return undefined;
  if (BUSY.test(lead)) return undefined;
  const values: Partial<Record<Component, number>> = { day, month };
  if (yearText) values.year = Number(yearText);
  if (weekdayWord) values.weekday = WEEKDAYS.indexOf(weekdayWord.toLowerCase());
  return [{ index, text: text.slice(index, match.index + written.length), start: new Written(values) }];
}
