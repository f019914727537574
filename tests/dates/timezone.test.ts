// vitest.config.ts runs tests/dates and tests/ics.test.ts again under TZ=UTC and
// TZ=America/New_York. This checks the zone really changed inside the tests, and that
// reading dates gives the same answer whatever the zone.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/dates/mentions.js';
import { datesOf, rows } from './entry.js';

describe('time zone', () => {
  it.runIf(process.env.TZ === 'UTC')('runs in UTC', () => {
    expect(new Date(0).getTimezoneOffset()).toBe(0);
  });

  it.runIf(process.env.TZ === 'America/New_York')('runs in New York', () => {
    expect(new Date(0).getTimezoneOffset()).toBe(300); // EST, UTC-5, in January 1970
  });

  it('reads dates near midnight and year ends the same in every zone', () => {
    expect(findMentions('on 1 January and on 31 December at 11.30pm-12.00am', '2019-12-31').dates.map((d) => d.date)).toEqual([
      '2020-01-01',
      '2019-12-31',
    ]);
    expect(rows(datesOf('2020-03-27', 'Network meeting', 'The meeting is on Sunday 29 March 2020, 00.30-01.30.'))).toEqual([
      '2020-03-29 | 00:30 | 01:30 | - | - | upcoming',
    ]);
  });
});
