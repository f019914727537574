// chrono's results as plain calendar values: ISO days or months and HH:MM clocks, with
// a missing year taken from the issue date. Only certain components are read, never
// chrono's implied ones, so nothing depends on the machine's time zone or today's date.
import { addDays, daysBetween, isoDay, isoMonth, isValidDay, nearestYear, weekday } from './calendar.js';
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

function days(result: DateResult, issueDate: string | null): string[] {
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
  if (span < 1 || span > MAX_RANGE_DAYS) return [first];
  return Array.from({ length: span + 1 }, (_, i) => addDays(first, i));
}

/** The dates and the free-standing times written in each of `texts`. */
export function findAllMentions(texts: string[], issueDate: string | null): Mentions[] {
  const reference = issueDate ? new Date(`${issueDate}T12:00:00Z`) : new Date(0);
  return readDates(texts, reference).map((results) => toMentions(results, issueDate));
}

/** The dates and the free-standing times written in `text`. */
export function findMentions(text: string, issueDate: string | null): Mentions {
  return findAllMentions([text], issueDate)[0] ?? { dates: [], times: [] };
}

function toMentions(results: DateResult[], issueDate: string | null): Mentions {
  const mentions: Mentions = { dates: [], times: [] };
  for (const result of results) {
    const start = clock(result.start);
    if (!result.start.isCertain('month') && !result.start.isCertain('day')) {
      if (start && !result.start.isCertain('weekday')) {
        mentions.times.push({ index: result.index, length: result.text.length, start, end: clock(result.end) });
      }
      continue;
    }
    const written = result.start.isCertain('weekday') ? result.start.get('weekday') : null;
    const dates = days(result, issueDate);
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i] ?? '';
      const wrongWeekday = i === 0 && written !== null && date.length === 10 && weekday(date) !== written ? written : null;
      mentions.dates.push({
        index: result.index,
        length: result.text.length,
        date,
        start,
        end: start ? clock(result.end) : null,
        wrongWeekday,
      });
    }
  }
  return mentions;
}
