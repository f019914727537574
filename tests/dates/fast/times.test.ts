// loneTime (src/dates/fast/times.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronoDates } from '../../../src/dates/chrono.js';
import { loneTime } from '../../../src/dates/fast/times.js';
import { REFERENCE, agreesWithChrono, timed } from './agrees.js';

describe('loneTime', () => {
  it.each(['Part 1 10.00-12.00 – Premiere of the film', 'Part 12 1.30-3.30 – DCS', 'Room 5 2–4pm', '9:00-4:30 each day', 'the 15 members meet 10am to 11.30am, online'])(
    'reads "%s" as chrono does',
    (text) => {
      const fast = loneTime(text);
      expect(fast).toHaveLength(1);
      expect(fast?.map(timed)).toEqual(chronoDates(text, REFERENCE).map(timed));
    },
  );

  it.each(['at 10.00-12.00', 'from 10.00-12.00', 'Part 1 9:00-4:30 BST', '10.00-12.00 hrs', '10.00-12.00 and 14.00-16.00', '10.00-12.00 on Friday', 'in June 10.00-12.00', '£10.00-12.00', '5 to 10.00-12.00'])(
    'leaves "%s" to chrono',
    (text) => {
      expect(loneTime(text)).toBeUndefined();
    },
  );

  it('agrees with chrono on generated text, or declines', () => {
    const hour = fc.constantFrom('0', '1', '2', '5', '9', '09', '10', '12', '13', '23', '24');
    const time = fc.tuple(hour, fc.constantFrom('', '.00', '.30', ':15', '.60'), fc.constantFrom('', 'am', 'pm', ' pm')).map((parts) => parts.join(''));
    const word = fc.constantFrom(
      'Part', 'Room', 'the', 'at', 'from', 'by', 'on', 'and', 'to', 'T', 'DCS', 'BST', 'EAT', 'et', 'West', 'online', 'each', 'day', 'Friday', 'noon',
      'June', 'a', 'p', 'hrs', 'start', '–', '-', ',', '(', ')', '.', '£', '%', '1', '5', '12', '2020', '10.30',
    );
    const phrase = fc.array(word, { maxLength: 4 }).map((words) => words.join(' '));
    const text = fc
      .tuple(phrase, fc.constantFrom(' ', '', '\t', ' – '), time, fc.constantFrom('-', '–', ' - ', ' to ', ' until '), time, fc.constantFrom(' ', '', ',', '.'), phrase)
      .map(([lead, joint, start, to, end, stop, rest]) => `${lead}${lead ? joint : ''}${start}${to}${end}${rest ? stop : ''}${rest}`);
    agreesWithChrono(loneTime, text, { seed: 20_200_110, least: 300 });
  });
});
