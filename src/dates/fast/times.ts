// The times chrono reads after a date, and a time range alone in a window (loneTime),
// as its time and arrival parsers and officeHoursRefiner read them; a fast path past
// chrono, exactly as result.ts says.
import { hour24 } from '../parsers.js';
import { reads, takesZone } from './reads.js';
import { Written, type DateResult } from './result.js';

/**
 * A time range right after the date, joined as chrono's date-time merge or
 * dateThenTimeRefiner joins it: "10.30-12.30", "9:30 – 13:30", "2pm to 4pm", "2–4pm",
 * ", both 10.00-12.00".
 */
const CLOCK = '(\\d{1,2})(?:[.:](\\d\\d))?([ap]m)?';
const RANGE = `${CLOCK}(?:[ \\t]*[–-][ \\t]*|[ \\t]+to[ \\t]+)${CLOCK}(?![\\p{L}\\p{N}]|[.:]\\d)`;
export const TIME_AFTER = new RegExp(`^,?[ \\t]+(?:(?:[–-]|from|both)[ \\t]+)?${RANGE}`, 'iu');
/**
 * arrivalForStartParser's reading after the date, which the date-time merge joins to it:
 * ", 9.30 for a 10.00 start" (its groups as TIME_AFTER's).
 */
export const ARRIVAL_AFTER = /^,?[ \t]+(\d{1,2})(?:[.:](\d{2}))?\s?(am|pm)?\s+for\s+(?:an?\s+)?(\d{1,2})(?:[.:](\d{2}))?\s?(am|pm)?\s+start\b/iu;
/** What chrono's time parser would read on past the time: "4.30 pm", "10.30 hrs", "2 o'clock", "12.30 %". */
export const CLOCK_WORD_AFTER = /^\s*(?:[ap]\.?\s?m\b|h\b|hrs?\b|hours?\b|o\W*clock|%)/i;
/**
 * Past a time, what chrono's time parser reads beyond CLOCK_WORD_AFTER (a bare "a" or
 * "p" is am or pm to it), or what stops it reading the last time ("12.30/", "12.30_").
 */
export const TIME_READS_ON = /^(?:\s*[ap](?![a-z0-9_])|[/_])/i;
/** What chrono's time parser takes before a time: "at 5pm", "from 5pm". */
export const AT_OR_FROM = /(?:at|from)\s*$/i;

/** A time range on its own, after white space: "Part 1 10.00-12.00 – Premiere". */
const LONE_RANGE = new RegExp(`(?=\\d)(?<=^|[ \\t])${RANGE}`, 'iu');
/** A count just before the time ("Part 1 "): a bare hour to chrono, which numberNotTimeFilter drops. */
const COUNT_BEFORE = /(?<=[a-z]{2} )\d{1,4} $/i;

/**
 * chrono's reading of a window whose only date or time is one time range, as TIME_AFTER
 * shapes it ("Part 1 10.00-12.00 – Premiere"); undefined when anything else in it could be
 * read, or when the time parser would take a word before it ("at", "from") or after it.
 */
export function loneTime(text: string): DateResult[] | undefined {
  const time = LONE_RANGE.exec(text);
  const clock = time && timeRange(time);
  if (!time || !clock) return undefined;
  const end = time.index + time[0].length;
  const before = text.slice(0, time.index).replace(COUNT_BEFORE, (count) => '#'.repeat(count.length));
  const after = text.slice(end);
  if (reads(before, true) || AT_OR_FROM.test(before) || reads(after) || CLOCK_WORD_AFTER.test(after) || TIME_READS_ON.test(after) || takesZone(after, true)) return undefined;
  const [startHour, startMinute, endHour, endMinute] = clock;
  const day = new Written(null, null, null, null);
  return [{ index: time.index, text: time[0], start: day.at(startHour, startMinute), end: day.at(endHour, endMinute) }];
}

/** officeHoursRefiner: a start hour without written am/pm from 1 to 6 is the afternoon. */
const officeHour = (hour: number): number => (hour >= 1 && hour <= 6 ? hour + 12 : hour);

/**
 * [hour, minute] of a matched ARRIVAL_AFTER as chrono reads it: the start's, the parser
 * taking no meridiem, so officeHoursRefiner moves even "2am"; undefined where the parser
 * declines or numberNotTimeFilter drops its reading ("9 for a 10 start").
 */
export function arrivalTime(arrival: RegExpExecArray): [number, number] | undefined {
  const [written, , , , hourText, minuteText, meridiem] = arrival;
  const hour = hour24(Number(hourText), meridiem);
  const minute = Number(minuteText ?? 0);
  if (hour > 23 || minute > 59 || !/\d[.:]\d\d|\d\s?[ap]\.?m\b/i.test(written)) return undefined;
  return [officeHour(hour), minute];
}

/**
 * [start hour, minute, end hour, minute] of a matched TIME_AFTER as chrono and the
 * office-hours refiner read it, or undefined for a shape left to chrono: a bare hour
 * needs am/pm after the range, and am/pm after the start needs it after the end too.
 */
export function timeRange(time: RegExpExecArray): [number, number, number, number] | undefined {
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
