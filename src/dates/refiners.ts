// Refiners added to chrono's en.GB configuration. Each fixes one way chrono misreads
// bulletin text; they run after chrono's own refiners, on results in text order.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

/** Every refiner that looks around a result reads at most this many characters. */
export const LOOK = 40;

const isTimeOnly = (r: ParsingResult): boolean => r.start.isOnlyTime() && r.start.isCertain('hour');
const isDateOnly = (r: ParsingResult): boolean => r.start.isCertain('day') && r.start.isOnlyDate();
const hasDay = (r: ParsingResult): boolean => r.start.isCertain('day') && r.start.isCertain('month');

/**
 * Drops times that are really counts, ranges of ages or money: "from 5 SE authorities",
 * "16 to 18 results", "0.07%". A time must show minutes or am/pm, and must not touch a
 * currency sign, a percent sign or more digits.
 */
export const numberNotTimeFilter: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (!isTimeOnly(r)) return true;
      if (!/\d[.:]\d\d|\d\s?[ap]\.?m\b|noon|midday/i.test(r.text)) return false;
      const before = context.text.slice(Math.max(0, r.index - 1), r.index);
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 2);
      return !/[£$€\d,.]/.test(before) && !/^\s?%|^,?\d/.test(after);
    });
  },
};

const PART_OF_DAY = /^(?:(?:this|the|that)\s+)?(?:morning|afternoon|evening|night|tonight)$/i;

/**
 * Drops a bare part of the day ("an information evening on Thursday 22 October"): it
 * names no day and no clock, and chrono merges it with the date beside it into a result
 * that has lost the date's day and month.
 */
export const partOfDayFilter: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !PART_OF_DAY.test(r.text));
  },
};

/** After a result's last one or two digits: they were an hour ("June, 10am", "June, 10-11am"). */
const MERIDIEM_AFTER = /^(?:\s?|[-–]\d{1,2}(?:[.:]\d\d)?\s?)[ap]\.?m\b/i;

/**
 * Drops a day that is really the hour of a time, or a number after the date: chrono's
 * middle-endian parser reads "December 10.30" as 10 December, the "July, 2" of
 * "3 July, 2-4pm" as 2 July, though a month written after a day is that day's, and the
 * "June, 10-11" of "in June, 10-11am" as June 2010 to 2011 (the time is kept).
 */
export const dayNotHourFilter: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => {
      if (!/\d$/.test(r.text) || r.start.isCertain('hour')) return true;
      if (/^\p{L}/u.test(r.text) && /(?:^|[^\p{N}.:])\d{1,2}(?:st|nd|rd|th)?\s+$/iu.test(context.text.slice(Math.max(0, r.index - 8), r.index))) return false;
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 12);
      return !/^[.:]\d/.test(after) && !(/(?<!\d)\d{1,2}$/.test(r.text) && MERIDIEM_AFTER.test(after));
    });
  },
};

/** "12 noon" or "12noon" just before a result: chrono reads "noon" alone, or nothing when glued. */
const TWELVE_NOON = /\b12\s?(?:noon|midday)\s+(?:on\s+)?$|\b12\s?$/i;

/**
 * Reads "by 12 noon on 14 April" and "by 12noon on 14 April" as "by noon on …": chrono
 * starts the first at "noon", leaving a bare "12" between the cue and the date, and
 * misses the glued second altogether. The result takes in the "12" (and "noon", at 12:00).
 */
export const twelveNoonRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const before = TWELVE_NOON.exec(context.text.slice(Math.max(0, r.index - LOOK), r.index));
      if (!before) continue;
      const noonInResult = /^(?:noon|midday)\b/i.test(r.text);
      // A bare "12" counts only before a result that starts with noon.
      if (noonInResult === /noon|midday/i.test(before[0])) continue;
      if (!noonInResult) {
        if (!hasDay(r) || r.start.isCertain('hour')) continue;
        r.start.assign('hour', 12);
        r.start.assign('minute', 0);
      }
      r.index -= before[0].length;
      r.text = before[0] + r.text;
    }
    return results;
  },
};

/**
 * Puts a time on the date before it across an en dash, a table cell, an opening bracket, "from",
 * "both" or a comma: "Friday 24th January 2020 – 10.30-12.30", "8 July and 9 September 2020,
 * both 10.00-12.00", "30.4.13 (09.30-12.30)", also past the date's own brackets: "10 June (Oxford), 2-4pm".
 * chrono's own date-time merge knows only "at", "on", "," and "-".
 */
export const dateThenTimeRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    for (const result of results) {
      const previous = out[out.length - 1];
      if (previous && isDateOnly(previous) && isTimeOnly(result)) {
        const between = context.text.slice(previous.index + previous.text.length, result.index);
        if (between.length <= LOOK && /^\s*(?:\([^()]{1,30}\)\s*)?(?:[,|(–—-]\s*){0,2}(?:(?:from|at|both|between|each day)\s*)?$/i.test(between)) {
          out[out.length - 1] = withTime(previous, result, previous.text + between + result.text);
          continue;
        }
      }
      out.push(result);
    }
    return out;
  },
};

function withTime(date: ParsingResult, time: ParsingResult, text: string): ParsingResult {
  const merged = date.clone();
  merged.text = text;
  merged.start.assign('hour', time.start.get('hour') ?? 0);
  merged.start.assign('minute', time.start.get('minute') ?? 0);
  if (time.end?.isCertain('hour')) {
    const end = date.start.clone();
    end.assign('hour', time.end.get('hour') ?? 0);
    end.assign('minute', time.end.get('minute') ?? 0);
    if (time.end.isCertain('meridiem')) end.assign('meridiem', time.end.get('meridiem') ?? 0);
    merged.end = end;
  } else {
    merged.end = undefined;
  }
  if (time.start.isCertain('meridiem')) merged.start.assign('meridiem', time.start.get('meridiem') ?? 0);
  return merged;
}

/**
 * Reads office hours into bare clock times: "9:00-4:30" ends at 16:30, "1.30-3.30" is the
 * afternoon, and "9.30-4pm" starts in the morning. Only hours without am/pm are moved.
 */
export const officeHoursRefiner: Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      const start = r.start.get('hour');
      const end = r.end?.isCertain('hour') ? r.end.get('hour') : null;
      if (start === null || !r.start.isCertain('hour')) continue;
      const startPm = !r.start.isCertain('meridiem') && start >= 1 && start <= 6;
      if (startPm) r.start.assign('hour', start + 12);
      // "9.30-4pm", "11-1pm": chrono gives the start the end's pm; a start that would then
      // come after the end is the morning.
      if (!r.start.isCertain('meridiem') && start >= 13 && end !== null && r.end?.isCertain('meridiem') && start > end) {
        r.start.assign('hour', start - 12);
        r.start.assign('meridiem', 0);
      }
      if (r.end && end !== null && !r.end.isCertain('meridiem') && end < (r.start.get('hour') ?? 0) && end + 12 <= 23) {
        r.end.assign('hour', end + 12);
      }
    }
    return results;
  },
};

// Days listed before a dated result: "24 and " of "24 and 25 March", "27, " of "27, 28 January".
export const LISTED_DAYS = /(?:^|[^\p{L}\p{N}£$.,])((?:\d{1,2}(?:st|nd|rd|th)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*))+)$/iu;

/**
 * Whether a result is one day, or a day with a time range ("15 July, 2-4pm"), which days
 * listed before it share; not a range of days ("18-19 March"). The end's day is no test:
 * chrono puts "9:00-4:30" and "10pm-2am" on the next day.
 */
const isOneDay = (r: ParsingResult): boolean => !r.end || (r.start.isCertain('hour') && r.end.isCertain('hour'));

/** "24 and 25 March 2021", "27, 28 January", "14 & 15 July, 2-4pm": one result per listed day, with the time of the last. */
export const listedDaysRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const out: ParsingResult[] = [];
    let floor = 0;
    for (const result of results) {
      if (hasDay(result) && isOneDay(result)) {
        const from = Math.max(floor, result.index - LOOK);
        const match = LISTED_DAYS.exec(context.text.slice(from, result.index));
        if (match?.[1]) {
          const listStart = result.index - match[1].length;
          for (const day of match[1].matchAll(/\d{1,2}/g)) {
            const copy = result.clone();
            copy.index = listStart + (day.index ?? 0);
            copy.text = day[0];
            copy.start.assign('day', Number(day[0]));
            copy.start.delete('weekday');
            copy.end?.assign('day', Number(day[0]));
            copy.end?.delete('weekday');
            out.push(copy);
          }
        }
      }
      out.push(result);
      floor = result.index + result.text.length;
    }
    return out;
  },
};

export const LIST_JOIN = /^\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s*|\s)$/i;

/**
 * A list shares the year and the time written after its last day: "28 January and
 * 4 May 2022", "Thursday 28 February and Friday 1 March 2019, 9:00-4:30".
 */
export const listSharesRefiner: Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (let i = results.length - 2; i >= 0; i--) {
      const [current, next] = [results[i], results[i + 1]];
      if (!current || !next || !hasDay(current) || !hasDay(next)) continue;
      const between = context.text.slice(current.index + current.text.length, next.index);
      if (between.length > LOOK || !LIST_JOIN.test(between)) continue;
      if (!current.start.isCertain('year') && next.start.isCertain('year')) {
        current.start.assign('year', next.start.get('year') ?? 0);
      }
      if (!current.start.isCertain('hour') && next.start.isCertain('hour')) {
        const shared = withTime(current, next, current.text);
        current.start = shared.start;
        current.end = shared.end;
      }
    }
    return results;
  },
};
