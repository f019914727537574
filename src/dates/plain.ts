// A fast path past chrono for the commonest window: one plain written date, "18 December
// 2019" or "on Friday 24th January 2020", optionally with a simple time range after it
// ("Wednesday 8 December, 10.30-12.30", "13 January 2021 – 2pm to 4pm"), and nothing
// around it that any of chrono's parsers or refiners could read. Anything else, however
// harmless it looks, goes to chrono: this must give exactly chrono's result or decline
// (tests/dates/plain.test.ts checks both agree).
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
/**
 * A time range right after the date, joined as chrono's date-time merge or
 * dateThenTimeRefiner joins it: "10.30-12.30", "9:30 – 13:30", "2pm to 4pm", "2–4pm".
 */
const CLOCK = '(\\d{1,2})(?:[.:](\\d\\d))?([ap]m)?';
const TIME_AFTER = new RegExp(
  `^,?[ \\t]+(?:(?:[–-]|from)[ \\t]+)?${CLOCK}(?:[ \\t]*[–-][ \\t]*|[ \\t]+to[ \\t]+)${CLOCK}(?![\\p{L}\\p{N}]|[.:]\\d)`,
  'iu',
);
/** What chrono's time parser would read on past the time: "4.30 pm", "10.30 hrs", "2 o'clock", "12.30 %". */
const CLOCK_WORD_AFTER = /^\s*(?:[ap]\.?\s?m\b|h\b|hrs?\b|hours?\b|o\W*clock|%)/i;

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
  const [written, weekdayWord, dayText, monthWord, dot, yearText] = match;
  let index = match.index;
  const before = text.slice(0, index);
  const time = dot ? null : TIME_AFTER.exec(text.slice(match.index + written.length));
  const clock = time ? timeRange(time) : undefined;
  if (time && !clock) return undefined;
  // chrono's middle-endian parser reads the "March 2" of "3 March 2–4pm" as a date.
  if (time && !yearText && !time[2] && !time[3]) return undefined;
  const end = match.index + written.length + (time?.[0].length ?? 0);
  const after = text.slice(end);
  const month = monthNumber(monthWord ?? '');
  const day = Number(dayText);
  if (month === null || !isValidDay(2001, month, day) || BUSY.test(after) || ZONE_AFTER.test(after)) return undefined;
  if (clock && CLOCK_WORD_AFTER.test(after)) return undefined;
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
  if (!clock) return [{ index, text: text.slice(index, end), start: new Written(values) }];
  const [startHour, startMinute, endHour, endMinute] = clock;
  const start = new Written({ ...values, hour: startHour, minute: startMinute });
  return [{ index, text: text.slice(index, end), start, end: new Written({ ...values, hour: endHour, minute: endMinute }) }];
}

/** officeHoursRefiner: a start hour without written am/pm from 1 to 6 is the afternoon. */
const officeHour = (hour: number): number => (hour >= 1 && hour <= 6 ? hour + 12 : hour);

/**
 * [start hour, minute, end hour, minute] of a matched TIME_AFTER as chrono and the
 * office-hours refiner read it, or undefined for a shape left to chrono: a bare hour
 * needs am/pm after the range, and am/pm after the start needs it after the end too.
 */
function timeRange(time: RegExpExecArray): [number, number, number, number] | undefined {
  const [, startHour, startMinute, startMeridiem, endHour, endMinute, endMeridiem] = time;
  let start = Number(startHour);
  let end = Number(endHour);
  const [from, to] = [Number(startMinute ?? 0), Number(endMinute ?? 0)];
  if (from > 59 || to > 59) return undefined;
  if (endMeridiem) {
    const pm = endMeridiem.toLowerCase() === 'pm';
    if (end < 1 || end > 12 || start < 1 || start > 12) return undefined;
    if (startMeridiem) start = (start % 12) + (startMeridiem.toLowerCase() === 'pm' ? 12 : 0);
    else if (start < end && end < 12) start = officeHour(start + (pm ? 12 : 0));
    else return undefined;
    end = (end % 12) + (pm ? 12 : 0);
    return [start, from, end, to];
  }
  if (startMeridiem || startMinute === undefined || endMinute === undefined || start > 23 || end > 23) return undefined;
  // officeHoursRefiner again: "1.30-3.30" is the afternoon, "9:00-4:30" ends at 16:30.
  start = officeHour(start);
  if (end < start && end + 12 <= 23) end += 12;
  return [start, from, end, to];
}
