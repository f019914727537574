// Calendar arithmetic on plain ISO strings. Everything here is time-zone free: no Date
// object is ever read in local time, so results do not depend on the machine's TZ.

export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Each month by every start of its name three letters or longer ("sep", "sept", "septe"...). */
const MONTH_STARTS = new Map(MONTH_NAMES.flatMap((name, i) => Array.from({ length: name.length - 2 }, (_, k) => [name.slice(0, k + 3), i + 1] as const)));

/** 1-12 for a month name or its abbreviation ("Sept", "Dec."), else null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  return MONTH_STARTS.get(w.endsWith('.') ? w.slice(0, -1) : w) ?? null;
}

/** Matches a month name or abbreviation, for building patterns. */
export const MONTH_PATTERN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const pad = (n: number): string => String(n).padStart(2, '0');

export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

/**
 * Date.UTC(year, month - 1, day) in whole days, worked out without a Date: the same
 * overflowing months and days, and the same reading of years 0-99 as 1900-1999.
 */
function utcDays(year: number, month: number, day: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || Math.abs(year) > 9_999 || Math.abs(month) > 999 || Math.abs(day) > 99_999) {
    return Date.UTC(year, month - 1, day) / 86_400_000;
  }
  // Howard Hinnant's days_from_civil, on a year starting in March.
  let y = (year >= 0 && year <= 99 ? 1900 + year : year) + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  if (m <= 2) y--;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** The year, month and day of a day count from 1970-01-01 (Hinnant's civil_from_days). */
function civil(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1];
}

/** The number the digits of text[from, to) write, or -1 if one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = from; at < to; at++) {
    const d = text.charCodeAt(at) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The numbers of an ISO day as `iso.split('-').map(Number)` reads them. */
function parts(iso: string): [number, number, number] {
  // The usual "2020-01-05", read without splitting.
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const [y, m, d] = [digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10)];
    if (y >= 0 && m >= 0 && d >= 0) return [y, m, d];
  }
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= utcDays(year, month + 1, 1) - utcDays(year, month, 1);
}

/** Day of the week of an ISO day, 0 = Sunday. */
export function weekday(iso: string): number {
  // 1970-01-01 was a Thursday.
  return ((utcDays(...parts(iso)) % 7) + 11) % 7;
}

/** Whole days from `a` to `b` (ISO days). */
export function daysBetween(a: string, b: string): number {
  return Math.round(utcDays(...parts(b)) - utcDays(...parts(a)));
}

/** The last reference day nearestYear was given, and its day count. */
let reference: { iso: string; days: number } = { iso: '', days: NaN };

/**
 * The year that puts month/day nearest the reference day: a January date in a December
 * issue is next year, "10 December" in a January issue was last year.
 */
export function nearestYear(month: number, day: number, referenceDay: string): number {
  if (reference.iso !== referenceDay) reference = { iso: referenceDay, days: utcDays(...parts(referenceDay)) };
  const year = Number(referenceDay.slice(0, 4));
  const dayOfMonth = Math.min(day, 28);
  let best = year;
  let bestDistance = Infinity;
  for (let candidate = year - 1; candidate <= year + 1; candidate++) {
    if (!isValidDay(candidate, month, dayOfMonth)) continue;
    // The candidate day as its ISO string reads back: the same numbers unless the year is negative.
    const days = candidate >= 0 ? utcDays(candidate, month, dayOfMonth) : utcDays(...parts(isoDay(candidate, month, dayOfMonth)));
    const distance = Math.abs(Math.round(days - reference.days));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

// A two-digit year ends the date's phrase: "updated 12 Mar 26", never "8 November 10.30".
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})(?:,?\\s+(?:(\\d{4})|(\\d{2})(?=\\s*(?:[,;)]|\\.(?!\\d)|$))))?\\b`,
  'i',
);

/** A two-digit year in the century of `reference` and within a year of it ("26" in 2026), in the 2000s without one; else null. */
function shortYear(digits: string, reference: string | null): number | null {
  if (!reference) return 2000 + Number(digits);
  const near = Number(reference.slice(0, 4));
  const year = near - (near % 100) + Number(digits);
  return Math.abs(year - near) <= 1 ? year : null;
}

/**
 * The first "19 November 2019" / "1st December 2023" / "8 November" / "12 Mar 26" in
 * `text`, as an ISO day. A missing year is the one nearest `reference`; without a
 * reference it is null.
 */
export function findDayMonthYear(
  text: string,
  reference: string | null,
): { date: string; index: number; length: number } | null {
  const match = DAY_MONTH_YEAR.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  const month = monthNumber(match[2] ?? '');
  if (month === null) return null;
  let year: number;
  const short = match[4] ? shortYear(match[4], reference) : null;
  if (match[3]) year = Number(match[3]);
  else if (short !== null) year = short;
  else if (reference) year = nearestYear(month, day, reference);
  else return null;
  if (!isValidDay(year, month, day)) return null;
  return { date: isoDay(year, month, day), index: match.index, length: match[0].length };
}

/** A date in figures, day first as in the UK, one separator throughout: "19/04/2013", "2.5.13". */
export const NUMERIC_DATE_PATTERN = String.raw`\b(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b`;
const NUMERIC_DATE = new RegExp(NUMERIC_DATE_PATTERN);

/** The first date in figures in `text` as an ISO day; a two-digit year is of the 2000s. */
export function findNumericDate(text: string): { date: string; index: number; length: number } | null {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return null;
  const [day, month] = [Number(match[1]), Number(match[3])];
  const year = match[4]!.length === 2 ? 2000 + Number(match[4]) : Number(match[4]);
  return isValidDay(year, month, day) ? { date: isoDay(year, month, day), index: match.index, length: match[0].length } : null;
}

/**
 * The ISO day or month `years` years on from `iso` (back when negative); a 29 February
 * that has none in that year stays as it was.
 */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const month = Number(iso.slice(5, 7));
  if (iso.length === 7) return isoMonth(year, month);
  const day = Number(iso.slice(8, 10));
  return isValidDay(year, month, day) ? isoDay(year, month, day) : iso;
}

/** The ISO day `n` days after `iso` (before it when `n` is negative). */
export function addDays(iso: string, n: number): string {
  const [y, m, d] = parts(iso);
  return isoDay(...civil(utcDays(y, m, d + n)));
}
