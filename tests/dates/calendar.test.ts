import { describe, expect, it } from 'vitest';
import { addDays, nearestYear, weekday } from '../../src/dates/calendar.js';

describe('calendar', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
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
