// The fast path must read a window exactly as chrono does, or leave it to chrono.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronoDates } from '../../src/dates/chrono.js';
import { plainDate, type DateResult } from '../../src/dates/plain.js';

const REFERENCE = new Date('2020-01-10T12:00:00Z');
const COMPONENTS = ['day', 'month', 'year', 'weekday', 'hour', 'minute'] as const;
const shape = (r: DateResult) => ({
  index: r.index,
  text: r.text,
  start: COMPONENTS.map((c) => (r.start.isCertain(c) ? `${c}=${r.start.get(c)}` : '')).join(' '),
  end: r.end ? 'end' : null,
});

const PLAIN = [
  '18 December 2019',
  'The meeting will be held on Friday 24th January 2020 at County Hall',
  'closing date 30 October.',
  'Regional Kinship Care Conference – 7th May 2032',
  'Hold the date: Wednesday, 5 February',
  'On Monday 3 February the group meets',
  'Nominations close on 9 July.',
];
const DECLINED = [
  'Friday 24 January 2020, 10.00',
  'on 27, 28 January 2020',
  'by the end of 30 March',
  'the morning of 5 March',
  'meeting (Friday 24 January)',
  'meeting ,on Friday 24 January',
  'from 5 March to 7 March',
  '5 March 2020 (BST)',
  'in May and 5 June',
  '31 April 2020',
];

describe('plainDate', () => {
  it.each(PLAIN)('reads "%s" as chrono does', (text) => {
    const fast = plainDate(text);
    expect(fast).toBeDefined();
    expect(fast?.map(shape)).toEqual(chronoDates(text, REFERENCE).map(shape));
  });

  it.each(DECLINED)('leaves "%s" to chrono', (text) => {
    expect(plainDate(text)).toBeUndefined();
  });
});

// The reading the dates stage takes from a result (src/dates/mentions.ts): the date's
// certain components, and the start and end clocks.
const DATE_PARTS = ['day', 'month', 'year', 'weekday'] as const;
const clock = (c: DateResult['start'] | null | undefined) => (c?.isCertain('hour') ? `${c.get('hour')}:${c.get('minute') ?? 0}` : null);
const timed = (r: DateResult) => ({
  index: r.index,
  text: r.text,
  date: DATE_PARTS.map((c) => (r.start.isCertain(c) ? `${c}=${r.start.get(c)}` : '')).join(' '),
  start: clock(r.start),
  end: clock(r.end),
  endDay: r.end && !r.end.isCertain('hour') ? r.end.isCertain('day') : null,
});

const TIMED = [
  'Friday 24 January 2020, 10.00-12.00',
  'Wednesday 8 December 2021 10.30-12.30 – book here',
  'Wednesday 8 December 10.30-12.30 via Zoom',
  '13 January 2021, 2pm to 4pm.',
  'on Friday 1st December 2023, 9.30-15.30 at County Hall',
  'Thursday 28 February 2019, 9:00-4:30',
  '3 March, 1.30-3.30, online',
  '3 March – 10am–11.30am',
  '3 March 2022 from 2–4pm',
  '5 May 2022,\t9pm to 11pm,\tonline',
];
const TIMED_DECLINED = [
  '3 March 2–4pm',
  '3 March 2022,2pm to 4pm',
  '3 March 2022, 2 pm to 4 pm',
  '3 March 2022, 10.30-12.30 hrs',
  '3 March 2022, 10.30-12.30 (BST)',
  '3 March 2022, 10am-12.30',
  '3 March 2022, 10.30-12.30 and 14.00-16.00',
  '3 March 2022, 9.30 for a 10.00 start',
  '3 March 2022, 11-1pm',
  '3 March 2022, 10.30-12.30noon',
  '3 March 2022, 10.30 until 12.30',
];

describe('plainDate with a time range', () => {
  it.each(TIMED)('reads "%s" as chrono does', (text) => {
    const fast = plainDate(text);
    expect(fast?.[0]?.end).toBeDefined();
    expect(fast?.map(timed)).toEqual(chronoDates(text, REFERENCE).map(timed));
  });

  it.each(TIMED_DECLINED)('leaves "%s" to chrono', (text) => {
    expect(plainDate(text)).toBeUndefined();
  });

  it('agrees with chrono on generated date and time strings, or declines', () => {
    const hour = fc.constantFrom('0', '1', '2', '5', '6', '7', '9', '09', '10', '11', '12', '13', '17', '23', '24');
    const minute = fc.constantFrom('', '.00', '.30', ':15', ':45', '.60');
    const meridiem = fc.constantFrom('', 'am', 'pm', 'PM', ' pm');
    const time = fc.tuple(hour, minute, meridiem).map((parts) => parts.join(''));
    const text = fc
      .tuple(
        fc.constantFrom('Wednesday 8 December', '13 January 2021', 'on Friday 1st December 2023', '3 March', 'Closes 9 May 2024'),
        fc.constantFrom(' ', ', ', ' – ', ' - ', ' from ', ',\t', '\t', '    ', ', – ', ',', ' at ', '. '),
        time,
        fc.constantFrom('-', '–', ' - ', ' – ', ' to ', 'to', ' until '),
        time,
        fc.constantFrom('', '.', ' at County Hall', ' – book here', ', online', ' hrs', ' (GMT)', ' noon', ' 5', '%', " o'clock", 'x', ' for a start'),
      )
      .map((parts) => parts.join(''));
    let accepted = 0;
    fc.assert(
      fc.property(text, (input) => {
        const fast = plainDate(input);
        if (fast?.[0]?.end) accepted++;
        return fast === undefined || JSON.stringify(fast.map(timed)) === JSON.stringify(chronoDates(input, REFERENCE).map(timed));
      }),
      { numRuns: 20_000, seed: 20_191_218 },
    );
    // The generator must exercise the fast path, not only its refusals.
    expect(accepted).toBeGreaterThan(300);
  });
});
