// What every reader looks past or declines for (src/dates/fast/reads.ts): quiet numbers,
// percentages, and words that are no time zone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronoDates } from '../../../src/dates/chrono.js';
import { monthOnly } from '../../../src/dates/fast/month-only.js';
import { dateList, quietDate, readPlain } from '../../../src/dates/fast/plain-date.js';
import { NOT_ZONES, unread } from '../../../src/dates/fast/reads.js';
import { loneTime } from '../../../src/dates/fast/times.js';
import { REFERENCE, timed } from './agrees.js';

describe('NOT_ZONES', () => {
  it('takes no word of NOT_ZONES for a time zone, after a time or a date', () => {
    for (const word of NOT_ZONES) {
      const cases: Array<[string, string]> = [
        ['13 January 2021, 10.30-12.30', ` ${word.toLowerCase()} x`],
        ['13 January 2021, 2pm to 4pm', ` ${word} x`],
        ['13 January 2021', ` ${word} x`],
        ['13 January 2021', ` (${word}) x`],
      ];
      for (const [date, after] of cases) {
        expect(chronoDates(date + after, REFERENCE).map((r) => r.text)).toEqual([date]);
      }
    }
  });
});

describe('quiet numbers', () => {
  const readers = { quietDate, dateList, monthOnly, loneTime, unread, timeFirst: (text: string) => readPlain(text)?.timeFirst() };

  it.each([
    'of the Network will be on Friday 9 March 2020, 9.30-12.30 at Quadrant Court, 1 Guildford',
    'from the 15 SE authorities visited since January is that inspectors spent',
    'on 5 June the 12 members met in Room 101 today',
  ])('reads past the counts in "%s" as chrono does', (text) => {
    const fast = quietDate(text) ?? monthOnly(text);
    expect(fast).toBeDefined();
    expect(fast?.map(timed)).toEqual(chronoDates(text, REFERENCE).map(timed));
  });

  it.each(['80% of the workforce by February', 'from 15 authorities, above the 10.5% threshold', '4 SE authorities are above the 0.07% threshold'])('reads past the percentages in "%s" as chrono does', (text) => {
    const fast = monthOnly(text) ?? unread(text);
    expect(fast).toBeDefined();
    expect(fast?.map(timed)).toEqual(chronoDates(text, REFERENCE).map(timed));
  });

  it.each(['in January 9 people', 'in June 80%', 'the 12.30%5', '5 June 80%', 'at 10.5%x',  'the 5 Dec meeting on 5 June', 'on 5 June at 5 pm today', 'on 5 June from 5 to 6pm', 'the 24 and June', '5 June of 80 people', 'room 5 for a 6 start on 5 June'])(
    'leaves "%s" to chrono',
    (text) => {
      for (const read of Object.values(readers)) expect(read(text)).toBeUndefined();
    },
  );

  it('agrees with chrono on generated text with numbers, or declines', () => {
    const word = fc.constantFrom(
      'the', 'week', 'return', 'Court,', 'Room', 'room:', 'at', 'from', 'by', 'on', 'in', 'SE', 'authorities', 'people', 'am', 'pm', 'a', 'p', 'to',
      'and', 'for', 'of', 'hrs', 'hours', 'start', 'June', 'Dec', 'Friday', 'morning', '(', ')', ',', '-', '.', '5', '9', '12', '15', '24', '25', '80',
      '2020', '1030', '10.30', '5pm', '5%', '1st', '5,', '£5', 'AD', 'Mar.', '80%', '10.5%', '5.30%', '99.99%', '12%,',
    );
    const phrase = fc.array(word, { maxLength: 5 }).map((words) => words.join(' '));
    const middle = fc.constantFrom('5 June', 'Friday 24 January 2020', '3 March 2022, 10.30-12.30', '24 and 25 March', '5pm on 20 June', 'January', 'in May', '10.00-12.00', '', '');
    const text = fc.tuple(phrase, middle, phrase).map((parts) => parts.filter(Boolean).join(' '));
    const accepted = { quietDate: 0, dateList: 0, monthOnly: 0, loneTime: 0, unread: 0, timeFirst: 0 };
    fc.assert(
      fc.property(text, (input) => {
        const expected = JSON.stringify(chronoDates(input, REFERENCE).map(timed));
        return Object.entries(readers).every(([name, read]) => {
          const fast = read(input);
          if (fast) accepted[name as keyof typeof accepted]++;
          return fast === undefined || JSON.stringify(fast.map(timed)) === expected;
        });
      }),
      { numRuns: 20_000, seed: 20_201_109 },
    );
    for (const count of Object.values(accepted)) expect(count).toBeGreaterThan(150);
  });
});
