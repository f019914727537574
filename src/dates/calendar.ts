// Calendar arithmetic on plain ISO strings. Everything here is time-zone free: no Date
// object is ever read in local time, so results do not depend on the machine's TZ.

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** 1-12 for a month name or its abbreviation ("Sept", "Dec."), else null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTH_NAMES.findIndex((name) => name.startsWith(w) || (w === 'sept' && name === 'september'));
  return index < 0 ? null : index + 1;
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

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day of the week of an ISO day, 0 = Sunday. */
export function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Whole days from `a` to `b` (ISO days). */
export function daysBetween(a: string, b: string): number {
  const toUtc = (iso: string): number => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/**
 * The year that puts month/day nearest the reference day: a January date in a December
 * issue is next year, "10 December" in a January issue was last year.
 */
export function nearestYear(month: number, day: number, reference: string): number {
  const year = Number(reference.slice(0, 4));
  let best = year;
  let bestDistance = Infinity;
  for (const candidate of [year - 1, year, year + 1]) {
    if (!isValidDay(candidate, month, Math.min(day, 28))) continue;
    const distance = Math.abs(daysBetween(reference, isoDay(candidate, month, Math.min(day, 28))));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?\\b`,
  'i',
);

/**
 * The first "19 November 2019" / "1st December 2023" / "8 November" in `text`, as an ISO
 * day. A missing year is the one nearest `reference`; without a reference it is null.
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
  if (match[3]) year = Number(match[3]);
  else if (reference) year = nearestYear(month, day, reference);
  else return null;
  if (!isValidDay(year, month, day)) return null;
  return { date: isoDay(year, month, day), index: match.index, length: match[0].length };
}

/** The ISO day `n` days after `iso` (before it when `n` is negative). */
export function addDays(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + n));
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
