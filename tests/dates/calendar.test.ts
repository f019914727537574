import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears, daysBetween, isValidDay, isoDay, nearestYear, weekday } from '../../src/dates/calendar.js';

describe('calendar', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
  });

  it('moves days and months by whole years, and keeps a 29 February the year has not', () => {
    expect(addYears('2023-02-10', -1)).toBe('2022-02-10');
    expect(addYears('2019-07-31', 1)).toBe('2020-07-31');
    expect(addYears('2023-02', -1)).toBe('2022-02');
    expect(addYears('2020-02-29', 1)).toBe('2020-02-29');
  });

  it('gives the year nearest the reference', () => {
    expect(nearestYear(1, 15, '2019-12-20')).toBe(2020);
    expect(nearestYear(12, 10, '2020-01-10')).toBe(2019);
    expect(nearestYear(6, 1, '2019-12-20')).toBe(2020);
    expect(nearestYear(7, 1, '2019-12-20')).toBe(2019);
  });

  it('knows the weekday', () => {
    expect(weekday('2019-12-16')).toBe(1);
  });
});

// The arithmetic replaces Date objects: it must answer exactly as they did, including
// Date.UTC's reading of years 0-99 as 1900-1999 and ISO strings with odd years.
const utc = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};
const BY_DATE = {
  isValidDay: (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate(),
  weekday: (iso: string) => new Date(utc(iso)).getUTCDay(),
  daysBetween: (a: string, b: string) => Math.round((utc(b) - utc(a)) / 86_400_000),
  addDays: (iso: string, n: number) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d + n));
    return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  },
  nearestYear: (month: number, day: number, reference: string) => {
    const year = Number(reference.slice(0, 4));
    let [best, bestDistance] = [year, Infinity];
    for (const candidate of [year - 1, year, year + 1]) {
      if (!BY_DATE.isValidDay(candidate, month, Math.min(day, 28))) continue;
      const distance = Math.abs(BY_DATE.daysBetween(reference, isoDay(candidate, month, Math.min(day, 28))));
      if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    }
    return best;
  },
};

describe('calendar arithmetic agrees with Date', () => {
  const year = fc.oneof(fc.integer({ min: -3_000, max: 12_000 }), fc.integer({ min: -2, max: 101 }), fc.integer({ min: 1_890, max: 2_110 }));
  const month = fc.integer({ min: -14, max: 26 });
  const day = fc.integer({ min: -40, max: 70 });
  const iso = fc.oneof(
    fc.tuple(year, month, day).map(([y, m, d]) => isoDay(y, m, d)),
    fc.constantFrom('', 'x', '2020-1', '1.5-05-01', '2020-05-01T', '0000-02-29', '-001-03-01'),
  );
  const same = (a: unknown, b: unknown) => Object.is(a, b);

  it('isValidDay, weekday, daysBetween and addDays', () => {
    fc.assert(
      fc.property(year, month, day, iso, iso, fc.integer({ min: -400, max: 400 }), (y, m, d, a, b, n) => {
        expect(isValidDay(y, m, d)).toBe(BY_DATE.isValidDay(y, m, d));
        expect(same(weekday(a), BY_DATE.weekday(a))).toBe(true);
        expect(same(daysBetween(a, b), BY_DATE.daysBetween(a, b))).toBe(true);
        expect(addDays(a, n)).toBe(BY_DATE.addDays(a, n));
      }),
      { numRuns: 20_000, seed: 20_200_110 },
    );
  });

  it('nearestYear', () => {
    const reference = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.constantFrom('2019-12-20', '2020-01-10', '2020-02-29', '0000-06-01', '0099-12-31'),
    );
    fc.assert(
      fc.property(fc.integer({ min: -2, max: 14 }), fc.integer({ min: -3, max: 40 }), reference, (m, d, r) => {
        expect(same(nearestYear(m, d, r), BY_DATE.nearestYear(m, d, r))).toBe(true);
      }),
      { numRuns: 20_000, seed: 20_191_206 },
    );
  });
});
