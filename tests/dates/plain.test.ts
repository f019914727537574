// The fast path must read a window exactly as chrono does, or leave it to chrono.
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
  'Friday 24 January 2020, 10.00-12.00',
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
