// chrono's results as plain calendar values: ISO days or months and HH:MM clocks, with
// a missing year taken from the issue date. Only certain components are read, never
// chrono's implied ones, so nothing depends on the machine's time zone or today's date.
import { addDays, daysBetween, isoDay, isoMonth, isValidDay, MONTH_PATTERN, monthNumber, nearestYear, weekday } from './calendar.js';
import { readDates } from './chrono.js';
import type { DateComponents, DateResult } from './fast/result.js';

export interface DateMention {
  /** Offsets of the written date in the text it was read from. */
  index: number;
  length: number;
  /** ISO day, or ISO month when the text names only a month. */
  date: string;
  start: string | null;
  end: string | null;
  /** The weekday written next to the date when it is not the date's weekday. */
  wrongWeekday: number | null;
  /** Whether the text gives the year (its own, or its list's), rather than the issue's date. */
  yearWritten: boolean;
  /** Whether a weekday is written with the date. */
  weekdayWritten: boolean;
  /** The day meant when its clause tells it as done, where that is not the same day a year back: "met on the 12th" is the last 12th. */
  pastDate?: string;
}

export interface TimeMention {
  index: number;
  length: number;
  start: string;
  end: string | null;
}

export interface Mentions {
  dates: DateMention[];
  times: TimeMention[];
}

/** A date range longer than this is read as its first day only, not one event a day. */
const MAX_RANGE_DAYS = 7;

const pad = (n: number): string => String(n).padStart(2, '0');

function clock(c: DateComponents | null | undefined): string | null {
  if (!c?.isCertain('hour')) return null;
  const hour = c.get('hour') ?? 0;
  const minute = c.get('minute') ?? 0;
  return hour <= 23 && minute <= 59 ? `${pad(hour)}:${pad(minute)}` : null;
}

function year(c: DateComponents, month: number, day: number, issueDate: string | null): number | null {
  if (c.isCertain('year')) return c.get('year');
  return issueDate ? nearestYear(month, day, issueDate) : null;
}

/** Before a range that is a move, not a span: "moved from Wednesday 25 March to Wednesday 1 April". */
const MOVED_FROM = /\b(?:moved|changed|postponed|rescheduled|deferred|put\s+back|brought\s+forward)\s+from\s+(?:the\s+)?$/i;
/** Between a moved day and the day it moved to. */
const MOVE_JOINT = /\s+(?:to|until|till)\s+|\s*[–-]\s*/i;

/** Whether the range `result` is a day moved to another: the two days, not those between. */
const isMove = (result: DateResult, text: string): boolean =>
  result.end?.isCertain('day') === true && MOVED_FROM.test(text.slice(Math.max(0, result.index - 40), result.index));

/** The days of `result`: one, a range's every day, or a move's two days (`moved`). */
function days(result: DateResult, issueDate: string | null, moved = false): string[] {
  const { start, end } = result;
  const month = start.get('month');
  if (month === null || !start.isCertain('month')) return [];
  if (!start.isCertain('day')) {
    const y = year(start, month, 15, issueDate);
    return y === null ? [] : [isoMonth(y, month)];
  }
  const day = start.get('day') ?? 0;
  const y = year(start, month, day, issueDate);
  if (y === null || !isValidDay(y, month, day)) return [];
  const first = isoDay(y, month, day);
  if (!end?.isCertain('day') || end.isCertain('hour')) return [first];
  const endMonth = end.get('month') ?? month;
  const endDay = end.get('day') ?? day;
  const endYear = end.isCertain('year') ? (end.get('year') ?? y) : y;
  if (!isValidDay(endYear, endMonth, endDay)) return [first];
  const span = daysBetween(first, isoDay(endYear, endMonth, endDay));
  if (moved) return span === 0 ? [first] : [first, isoDay(endYear, endMonth, endDay)];
  if (span < 1 || span > MAX_RANGE_DAYS) return [first];
  return Array.from({ length: span + 1 }, (_, i) => addDays(first, i));
}

/** The dates and the free-standing times written in each of `texts`. */
/**
 * "hrs" run on after a clock with a point ("10.00hrs", "9.30-12.30hrs"): chrono reads
 * no time there, or stops the range at "12". Blanked to spaces, so every offset holds.
 */
const RUN_ON_HOURS = /(?<=\d[.:][0-5]\d)(?:hrs|hours)\b/gi;
const unglued = (text: string): string => (text.includes('hrs') || text.includes('hours') ? text.replace(RUN_ON_HOURS, (h) => ' '.repeat(h.length)) : text);

export function findAllMentions(texts: string[], issueDate: string | null): Mentions[] {
  const reference = issueDate ? new Date(`${issueDate}T12:00:00Z`) : new Date(0);
  return readDates(texts.map(unglued), reference).map((results, i) => toMentions(results, issueDate, texts[i] ?? ''));
}

/** The dates and the free-standing times written in `text`. */
export function findMentions(text: string, issueDate: string | null): Mentions {
  return findAllMentions([text], issueDate)[0] ?? { dates: [], times: [] };
}

/**
 * A 24-hour clock, which chrono does not read: "1000-1200 hrs", "0930-1600 hours",
 * "0930 hrs", and "10.00hrs" run on where no date stands before it (chrono reads it after
 * a date once unglued, below). A single four-digit number needs "hrs": "1200 hours of
 * training" is a count.
 */
const HOURS_CLOCK =
  /(?<![\p{L}\p{N}£$.,:/-])(?:([01]\d|2[0-3])([0-5]\d)(?:\s*(?:-|–|to)\s*([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours)|\s*hrs)|([01]?\d|2[0-3])[.:]([0-5]\d)hrs)\b/giu;
/**
 * A 24-hour range without "hrs" ("Thu 22 Jan, 0930–1230, in person"): only where it ends
 * its phrase (not "1000–1500 words"), on quarter hours, running forward, and not a span of
 * years ("2000–2015", "1945-2000": both ends in the 19th or 20th hour).
 */
const BARE_CLOCK_RANGE = /(?<![\p{L}\p{N}£$.,:/-])([01]\d|2[0-3])([0-5]\d)\s*[–-]\s*([01]\d|2[0-3])([0-5]\d)(?=\s*(?:[,;()]|[–—-]\s|\.(?!\d)|$))/gu;
const QUARTER = /^(?:00|15|30|45)$/;

function isBareClockRange(m: RegExpMatchArray): boolean {
  const [, startHour, startMinute, endHour, endMinute] = m as [string, string, string, string, string];
  if (!QUARTER.test(startMinute) || !QUARTER.test(endMinute) || `${startHour}${startMinute}` >= `${endHour}${endMinute}`) return false;
  return !(/^(?:19|20)$/.test(startHour) && /^(?:19|20)$/.test(endHour));
}

function hoursClocks(text: string): TimeMention[] {
  const clocks = /hours|hrs/i.test(text)
    ? Array.from(text.matchAll(HOURS_CLOCK), (m) => ({
        index: m.index,
        length: m[0].length,
        start: m[1] ? `${m[1]}:${m[2]}` : `${m[5]!.padStart(2, '0')}:${m[6]}`,
        end: m[3] ? `${m[3]}:${m[4]}` : null,
      }))
    : [];
  if (!/\d{4}\s*[–-]\s*\d{4}/.test(text)) return clocks;
  for (const m of text.matchAll(BARE_CLOCK_RANGE)) {
    if (isBareClockRange(m) && !clocks.some((c) => c.index === m.index)) clocks.push({ index: m.index, length: m[0].length, start: `${m[1]}:${m[2]}`, end: `${m[3]}:${m[4]}` });
  }
  return clocks;
}

/** Between a date and a time that is its own: "14 July, 13:00", "28–29 September – 0930-1600 hrs", "the 13th at 2pm". */
const DATE_TIME_GAP = /^[\s,–-]{0,4}(?:at\s+)?$/;
/** A named place between a date and its time: "30 April 2020 at the Hilton Brighton Metropole, 9.30am – 4pm". */
const PLACE_GAP = /^,?\s+(?:at|in)\s+(?:the\s+)?\p{Lu}[^.;:!?\d]{0,60},\s*$/u;
/**
 * Whole table cells between a row's day and its time, none with a figure in it: "Tuesday 18
 * October | AD Safeguarding Network | 10.00 – 12.30 | Teams", a table whose time has a column of its own.
 */
const CELL_GAP = /^\s*\|(?:[^|\d]*\|)*\s*$/;
/** One word between a date and its time, not one that joins another clause or a second time. */
const ONE_WORD_GAP = /^[\s,–-]*(?!(?:and|or|to|until|till|by|before|after|then|but|for)\b)\p{L}+[\s,–-]+$/iu;
/**
 * Between a series' time and its first day: "every Tuesday, 2-4pm, from 6 June", or with
 * the series' weekday after its time, "2-4pm on Tuesdays from 6 June" (chrono reads no
 * weekday there: the gap names it).
 */
const SERIES_GAP =
  /^[\s,]*(?:(?:on\s+(?:alternate\s+)?|(?:every|each)\s+(?:other\s+)?)(sun|mon|tues|wednes|thurs|fri|satur)days?,?\s+)?(?:from|starting(?:\s+on)?|beginning|commencing)\s+$/i;
/** Between a day and its one time, later in its sentence: "Tomorrow … on the stand at 10am". */
const LATER_TIME = /^[^.;!?]*\b(?:at|from)\s+\d/i;
/** Before a day that opens its sentence, as "Tomorrow" does: "On 3 July the stand opens at 10am". */
const OPENS_SENTENCE = /(?:^|[.!?;]\s+)(?:on\s+)?$/i;

function toMentions(results: DateResult[], issueDate: string | null, text: string): Mentions {
  const relative = issueDate ? relativeDays(text, issueDate) : [];
  // An "hrs" clock chrono read itself (after a date, or "at 10.00hrs") is read once.
  const clocks = hoursClocks(text).filter((t) => !results.some((r) => t.index >= r.index && t.index < r.index + r.text.length));
  const mentions: Mentions = { dates: [], times: clocks };
  /** Times written with a weekday and no date: "(Tuesday), 13:00–15:30" after "14 July". */
  const weekdayTimes: Array<TimeMention & { weekday: number }> = [];
  for (const result of results) {
    const start = clock(result.start);
    if (!result.start.isCertain('month') && !result.start.isCertain('day')) {
      const named = relative.find((r) => r.index < result.index + result.text.length && result.index < r.index + r.length);
      if (named) {
        // "next Thursday, 2–4pm": chrono read the weekday and its time, the issue date names the day.
        if (start) [named.start, named.end] = [start, clock(result.end)];
        continue;
      }
      if (start && !result.start.isCertain('weekday')) {
        mentions.times.push({ index: result.index, length: result.text.length, start, end: clock(result.end) });
      } else if (start) {
        weekdayTimes.push({ index: result.index, length: result.text.length, start, end: clock(result.end), weekday: result.start.get('weekday') ?? -1 });
      }
      continue;
    }
    // A weekday chrono does not know ("Tues", "Weds") is the date's all the same.
    const short = result.start.isCertain('weekday') || !result.start.isCertain('day') ? null : SHORT_WEEKDAY_BEFORE.exec(text.slice(Math.max(0, result.index - 12), result.index));
    const lead = short?.[0].length ?? 0;
    const written = result.start.isCertain('weekday') ? result.start.get('weekday') : short ? WEEKDAY_NUMBER[short[1]!.toLowerCase()]! : null;
    const moved = isMove(result, text);
    const dates = days(result, issueDate, moved);
    // A move's two days are written apart: each is its own part of the text.
    const joint = moved && dates.length === 2 ? MOVE_JOINT.exec(result.text) : null;
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i] ?? '';
      const wrongWeekday = i === 0 && written !== null && date.length === 10 && weekday(date) !== written ? written : null;
      const [index, length] = !joint
        ? [result.index - lead, result.text.length + lead]
        : i === 0
          ? [result.index - lead, joint.index + lead]
          : [result.index + joint.index + joint[0].length, result.text.length - joint.index - joint[0].length];
      mentions.dates.push({
        index,
        length,
        date,
        start,
        end: start ? clock(result.end) : null,
        wrongWeekday,
        yearWritten: result.start.isCertain('year'),
        weekdayWritten: written !== null,
      });
    }
  }
  let free: DateMention[] = [];
  if (relative.length > 0) {
    // A day chrono read in full ("this Friday 1 March") is the day; so is a day read twice.
    free = relative.filter((r) => !mentions.dates.some((d) => r.index < d.index + d.length && d.index < r.index + r.length));
    mentions.dates.push(...free);
    mentions.dates.sort((a, b) => a.index - b.index);
  }
  if (issueDate && (text.includes('every ') || text.includes('each ') || text.includes('Every ') || text.includes('Each '))) boundedSeries(mentions, text, issueDate);
  if (mentions.dates.length > 0 && (mentions.times.length > 0 || weekdayTimes.length > 0)) attachTimes(mentions, weekdayTimes, text, free);
  if (mentions.dates.length > 1) shareListTimes(mentions.dates, text);
  mentions.times.sort((a, b) => a.index - b.index);
  return mentions;
}

/** A weekly series bounded by one month: "every Wednesday in June", "each Monday in May 2024". */
const BOUNDED_SERIES = new RegExp(`\\b(?:every|each)\\s+(sun|mon|tues|wednes|thurs|fri|satur)day\\s+(?:in|during|throughout)\\s+(${MONTH_PATTERN})(?:\\s+(\\d{4}))?\\b`, 'gi');

/**
 * Puts each day of a bounded weekly series in place of the month chrono read: "every
 * Wednesday in June" is the four or five Wednesdays of that June, all with the time read
 * with the month. An unbounded series ("fortnightly from 4 February") keeps its first day.
 */
function boundedSeries(mentions: Mentions, text: string, issueDate: string): void {
  for (const m of text.matchAll(BOUNDED_SERIES)) {
    const month = monthNumber(m[2]!);
    if (month === null) continue;
    const year = m[3] ? Number(m[3]) : nearestYear(month, 15, issueDate);
    const end = m.index + m[0].length;
    const read = mentions.dates.find((d) => d.index < end && m.index < d.index + d.length);
    mentions.dates = mentions.dates.filter((d) => !(d.index < end && m.index < d.index + d.length));
    const first = WEEKDAY_NUMBER[m[1]!.toLowerCase()]!;
    for (let day = 1 + daysOn(weekday(isoDay(year, month, 1)), first); isValidDay(year, month, day); day += 7) {
      mentions.dates.push({
        index: m.index,
        length: m[0].length,
        date: isoDay(year, month, day),
        start: read?.start ?? null,
        end: read?.end ?? null,
        wrongWeekday: null,
        yearWritten: m[3] !== undefined,
        weekdayWritten: true,
      });
    }
    mentions.dates.sort((a, b) => a.index - b.index);
  }
}

// A cheap first test, met by every text RELATIVE_DAY or ORDINAL_DAY matches: "this" or
// "the" alone would let nearly every text through to them.
const RELATIVE_WORD = /today|tomorrow|(?:this|next|last)\s+(?:sun|mon|tues|wednes|thurs|fri|satur)day|the\s+\d/i;
/** A day named against the issue's own date: "tomorrow", "this Friday", "next Thursday", "last Tuesday". */
/** Not "the last Friday of the month". */
const RELATIVE_DAY = /\b(?:(today|tomorrow)|(this|next|last)\s+(sun|mon|tues|wednes|thurs|fri|satur)day)\b(?!\s+(?:of|in)\b)/i;
/**
 * A day of the month written alone where a date stands ("is on the 12th, 2pm – 4pm",
 * "close on the 12th"): after "on", "by", "from" or "until" (and maybe a weekday), and
 * before the end of the clause, a time or a word that goes on about the day, so "on the
 * 12th floor", "on the 3rd and 4th floors", "the 12th of each month" and "on the 3rd
 * December" are not it.
 */
const ORDINAL_DAY =
  // The lookahead first: the lookbehind is then only tried where a day of the month stands.
  /(?=the\s+\d)(?<=\b(?:on|by|before|from|until|till)\s+(?:(sun|mon|tues|wednes|thurs|fri|satur)day,?\s+)?)the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:!?)]|$|(?:at|from|in|via|when|with|for)\s|and\s(?!(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+(?!(?:at|from|in|via|when|with|for|and)\b)[a-z])|\d{1,2}(?:[.:]\d\d|\s?[ap]m)))/i;
/** A day of the month listed after one ORDINAL_DAY read, up to the same end of clause: "and 13th", ", the 14th". */
const LISTED_ORDINAL =
  /(\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?)(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:!?)&]|$|(?:at|from|in|via|when|with|for|and)\s|\d{1,2}(?:[.:]\d\d|\s?[ap]m)))/iy;
/** Where the listed days stop, a number listed on into a word: "on the 3rd, 4th and 5th floors" names no day at all. */
const LISTED_NOUN = /\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+[a-z]/y;
const global = (pattern: RegExp): RegExp => new RegExp(pattern.source, 'gi');
const [RELATIVE_DAYS, ORDINAL_DAYS] = [global(RELATIVE_DAY), global(ORDINAL_DAY)];

/** Whether `text` names a day against the issue date (a line without any other date is read for it). */
export const namesRelativeDay = (text: string): boolean => RELATIVE_WORD.test(text) && (RELATIVE_DAY.test(text) || ORDINAL_DAY.test(text));

const WEEKDAY_NUMBER: Record<string, number> = { sun: 0, mon: 1, tues: 2, wednes: 3, thurs: 4, fri: 5, satur: 6, weds: 3 };
/** Just before a date, a weekday cut short in a way chrono's weekday parser does not read: "Tues 3 Feb", "Weds. 4th Feb". */
const SHORT_WEEKDAY_BEFORE = /(?<![\p{L}\p{N}])(tues|weds)\.?,?\s{1,3}$/iu;
/** How many days on from weekday `from` the next `to` falls, 0 to 6. */
const daysOn = (from: number, to: number): number => (to - from + 7) % 7;

/**
 * The days `text` names against the issue date. "this Friday" is the first Friday from
 * the issue's own day, "next Thursday" the first after it, "last Tuesday" the last before
 * it; a day of the month alone is its next such day from the issue on (a bulletin says
 * "on the 12th" of a day to come, and names the month of one gone).
 */
function relativeDays(text: string, issueDate: string): DateMention[] {
  if (!RELATIVE_WORD.test(text)) return [];
  const days: DateMention[] = [];
  const issueDay = weekday(issueDate);
  // Counted from the issue's own day, the date is exact: no rule that guesses a year may
  // move it, so its year counts as given.
  const mention = (index: number, length: number, date: string, weekdayWritten: boolean, wrongWeekday: number | null = null): DateMention => ({
    index,
    length,
    date,
    start: null,
    end: null,
    wrongWeekday,
    yearWritten: true,
    weekdayWritten,
  });
  for (const m of text.matchAll(RELATIVE_DAYS)) {
    const word = m[1]?.toLowerCase();
    let offset: number;
    if (word) offset = word === 'today' ? 0 : 1;
    else {
      const day = WEEKDAY_NUMBER[m[3]!.toLowerCase()]!;
      const which = m[2]!.toLowerCase();
      offset = which === 'this' ? daysOn(issueDay, day) : which === 'next' ? daysOn(issueDay, day) || 7 : -(daysOn(day, issueDay) || 7);
    }
    days.push(mention(m.index, m[0].length, addDays(issueDate, offset), word === undefined));
  }
  // A day of the month alone is not exact: told as done ("the group met on the 12th") it is
  // the last such day up to the issue, so its year is not given and it carries that day.
  const ordinal = (index: number, length: number, date: string, pastDate: string, written: number | null): DateMention => ({
    ...mention(index, length, date, written !== null, written !== null && weekday(date) !== written ? written : null),
    yearWritten: false,
    pastDate,
  });
  for (const m of text.matchAll(ORDINAL_DAYS)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const date = dayOnOrAfter(day, issueDate);
    let past = dayOnOrBefore(day, issueDate);
    const listed: DateMention[] = [ordinal(m.index, m[0].length, date, past, m[1] ? WEEKDAY_NUMBER[m[1].toLowerCase()]! : null)];
    // "on the 12th and 13th at 2pm": the days listed after it, each on or after the one before.
    let end = (LISTED_ORDINAL.lastIndex = m.index + m[0].length);
    let previous = date;
    for (let next = LISTED_ORDINAL.exec(text); next; next = LISTED_ORDINAL.exec(text)) {
      const listedDay = Number(next[2]);
      if (listedDay < 1 || listedDay > 31) break;
      previous = dayOnOrAfter(listedDay, previous);
      past = dayOnOrAfter(listedDay, past);
      listed.push(ordinal(next.index + next[1]!.length, next[0].length - next[1]!.length, previous, past, null));
      end = LISTED_ORDINAL.lastIndex;
    }
    LISTED_NOUN.lastIndex = end;
    if (!LISTED_NOUN.test(text)) days.push(...listed);
  }
  return days;
}

/** The first day `day` of a month on or after ISO day `from`: "the 31st" in a 30-day month is the next month that has one. */
function dayOnOrAfter(day: number, from: string): string {
  let [year, month] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  if (day < Number(from.slice(8, 10))) [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  while (!isValidDay(year, month, day)) [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return isoDay(year, month, day);
}

/** The last day `day` of a month on or before ISO day `to`. */
function dayOnOrBefore(day: number, to: string): string {
  let [year, month] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  if (day > Number(to.slice(8, 10))) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  while (!isValidDay(year, month, day)) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return isoDay(year, month, day);
}

/** Only a list's joint between two dates: "18 June and Thursday 19 June", "3, 4 & 5 June". */
const LIST_JOINT = /^\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)$/i;
/** A written date whose time came first: it ends with its month or year, not a clock. */
const ENDS_AS_DATE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|(?<![.:\d])\d{4}$/i;

/**
 * The days of a list share a time written before or after it: "13:30–15:00 on Wednesday
 * 18 June and Thursday 19 June" is both days at 13:30, and so is "on the 12th and 13th at
 * 2pm" for days named against the issue, which chrono does not read (chrono's own days
 * written before a time are listSharesRefiner's). Nothing but the list's joints may stand
 * between the dates.
 */
function shareListTimes(dates: DateMention[], text: string): void {
  for (let i = 1; i < dates.length; i++) {
    const previous = dates[i - 1]!;
    const date = dates[i]!;
    const previousEnd = previous.index + previous.length;
    if (date.start !== null || previous.start === null || date.index < previousEnd) continue;
    if (!LIST_JOINT.test(text.slice(previousEnd, date.index)) || !ENDS_AS_DATE.test(text.slice(previous.index, previousEnd))) continue;
    date.start = previous.start;
    date.end = previous.end;
  }
  for (let i = dates.length - 2; i >= 0; i--) {
    const date = dates[i]!;
    const next = dates[i + 1]!;
    const end = date.index + date.length;
    if (date.start !== null || next.start === null || next.index < end || !LIST_JOINT.test(text.slice(end, next.index))) continue;
    date.start = next.start;
    date.end = next.end;
  }
}

/**
 * Gives a date without a time the time written right after it, which chrono did not join:
 * one with a weekday of its own ("14 July (Tuesday), 13:00–15:30", when that is the
 * date's weekday) or one chrono does not read ("the 3rd of July, 1000-1200 hrs"). The
 * days of one range ("28–29 September 2016, 0930-1600 hrs") all take it. A series' first
 * day takes the time written before it ("every Tuesday, 2-4pm, from 6 June", when 6 June
 * is a Tuesday; "2-4pm on Tuesdays from 6 June"), and the one day of a text named against
 * the issue ("Tomorrow") or opening its sentence ("On 3 July the stand opens at 10am") the
 * one time later in its sentence.
 */
function attachTimes(mentions: Mentions, weekdayTimes: Array<TimeMention & { weekday: number }>, text: string, relative: DateMention[]): void {
  const used = new Set<TimeMention>();
  for (const date of mentions.dates) {
    if (date.start !== null) continue;
    const end = date.index + date.length;
    const follows = (time: TimeMention): boolean => time.index >= end && DATE_TIME_GAP.test(text.slice(end, time.index));
    // The one date of a text may have a word or its place between it and its time:
    // "next Thursday instead, 10.00-12.30", "30 April at the Metropole, 9.30am – 4pm", or
    // in a table row the cells before the time's column.
    const near = (time: TimeMention): boolean => {
      if (mentions.dates.length !== 1 || time.index < end) return false;
      const gap = text.slice(end, time.index);
      return ONE_WORD_GAP.test(gap) || PLACE_GAP.test(gap) || CELL_GAP.test(gap);
    };
    const isWeekday = (day: number): boolean => date.date.length === 10 && weekday(date.date) === day;
    const leads = (time: TimeMention): boolean => {
      if (time.index + time.length > date.index) return false;
      const gap = SERIES_GAP.exec(text.slice(time.index + time.length, date.index));
      // A weekday the gap names must be the first day's, as a weekday chrono read with the time.
      return gap !== null && (gap[1] === undefined || isWeekday(WEEKDAY_NUMBER[gap[1].toLowerCase()]!));
    };
    const sameDay = (time: TimeMention & { weekday: number }): boolean => isWeekday(time.weekday);
    const later = (time: TimeMention): boolean =>
      mentions.dates.length === 1 &&
      mentions.times.length === 1 &&
      time.index >= end &&
      (relative.includes(date) || OPENS_SENTENCE.test(text.slice(0, date.index))) &&
      LATER_TIME.test(text.slice(end, time.index + time.length));
    const time =
      mentions.times.find(follows) ??
      weekdayTimes.find((t) => follows(t) && sameDay(t)) ??
      mentions.times.find(near) ??
      weekdayTimes.find((t) => leads(t) && sameDay(t)) ??
      mentions.times.find(leads) ??
      mentions.times.find(later);
    if (!time) continue;
    date.start = time.start;
    date.end = time.end;
    used.add(time);
  }
  if (used.size > 0) mentions.times = mentions.times.filter((time) => !used.has(time));
}
