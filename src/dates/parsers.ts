// Parsers added to chrono's en.GB configuration, in chrono's own shape: a pattern and
// an extract() that turns one match into components.
import type { Parser, ParsingContext } from 'chrono-node';
import { MONTH_PATTERN, monthNumber } from './calendar.js';

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

// The day may be followed by a day range ("18-19 March", "Monday 12 – Friday 16 October",
// "Sat 7 to Sun 8 Feb": the end day with its own weekday, in full or cut short); the year
// is four digits from 1900 to 2999 and must not run on into more digits, so "16 December
// 10.30" keeps 10.30 as a time. A two-digit year ("Tues 24 Mar 26 – Network") must end its
// phrase: a dash or bracket not before a figure, a comma, a full stop or the end, never
// "3 March 10 people" or "3 March 10–12pm".
const END_WEEKDAY = '(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\\.?,?\\s{1,3})?';
const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}£$.,])${DAY}(?:\\s{0,3}(?:-|–|to|until|till)\\s{0,3}${END_WEEKDAY}${DAY})?` +
    `(?:\\s{1,3}of)?(?:\\s{1,3}|-)(${MONTH_PATTERN})(?![\\p{L}])` +
    `(,?[\\s-]{1,3}(?:((?:19|2\\d)\\d\\d)(?![\\p{N}]|[.:]\\d)|(\\d\\d)(?=\\s*(?:[,;)]|[–—-]\\s*(?![\\s\\d])|\\.(?!\\d)|$))))?`,
  'iu',
);
/** How far from the year a two-digit year may be: further, "26" is not a year. */
const SHORT_YEAR_REACH = 1;

/**
 * "16 December", "24th January 2020", "18-19 March 2021". It replaces chrono's
 * little-endian parser, which reads the "10" of "Wednesday 16 December 10.30-12.30" as
 * the year 2010 and so also swallows the time.
 */
export const dayMonthParser: Parser = {
  pattern: () => DAY_MONTH,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const day = Number(match[1]);
    const month = monthNumber(match[3] ?? '');
    if (month === null || day < 1 || day > 31) return null;
    const start: Record<string, number> = { day, month };
    let text = match[0];
    if (match[5]) start.year = Number(match[5]);
    else if (match[6]) {
      // In the century: "26" in 2026. Further from its year, the figure is no year.
      const reference = context.refDate.getFullYear();
      const year = reference - (reference % 100) + Number(match[6]);
      if (Math.abs(year - reference) <= SHORT_YEAR_REACH) start.year = year;
      else text = text.slice(0, text.length - (match[4]?.length ?? 0));
    }
    const result = context.createParsingResult(match.index ?? 0, text, start);
    if (match[2]) {
      const endDay = Number(match[2]);
      if (endDay <= day || endDay > 31) return null;
      result.end = context.createParsingComponents({ ...start, day: endDay });
    }
    return result;
  },
};

// "2.5.13", "3.12.13": a one-digit day, a dot, a month and a two-digit year, the shape
// chrono declines as a version number. Early issues wrote dates so; a version or section
// number is rarely within a year of the issue's own date, so only such years are read,
// and never after a word that names a numbered part ("paragraph 2.5.13").
const SHORT_DOTTED = /(?<![\p{L}\p{N}.])(\d)\.(\d{1,2})\.(\d{2})(?![\p{N}]|\.\d)/u;
const NUMBERED_PART = /\b(?:para(?:graph)?s?|sections?|clauses?|chapters?|versions?|v|standards?|regulations?|rules?)\.?\s*$/i;

export const shortDottedDateParser: Parser = {
  pattern: () => SHORT_DOTTED,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), 2000 + Number(match[3])];
    if (day < 1 || month < 1 || month > 12 || Math.abs(year - context.refDate.getFullYear()) > 1) return null;
    if (NUMBERED_PART.test(context.text.slice(Math.max(0, (match.index ?? 0) - 16), match.index))) return null;
    return context.createParsingResult(match.index ?? 0, match[0], { day, month, year });
  },
};

const CLOCK = '(\\d{1,2})(?:[.:](\\d{2}))?\\s?(am|pm)?';
const ARRIVAL_FOR_START = new RegExp(`(?<![\\p{N}.])${CLOCK}\\s+for\\s+(?:an?\\s+)?${CLOCK}\\s+start\\b`, 'iu');

export function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'pm';
  return (hour % 12) + (pm ? 12 : 0);
}

/**
 * "9.30 for a 10.00 start": the event starts at the second time; the first is when to
 * arrive, which the data model has no field for.
 */
export const arrivalForStartParser: Parser = {
  pattern: () => ARRIVAL_FOR_START,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const hour = hour24(Number(match[4]), match[6]);
    const minute = Number(match[5] ?? 0);
    if (hour > 23 || minute > 59) return null;
    return context.createParsingResult(match.index ?? 0, match[0], { hour, minute });
  },
};
