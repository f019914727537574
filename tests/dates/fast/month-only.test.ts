// monthOnly (src/dates/fast/month-only.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronoDates } from '../../../src/dates/chrono.js';
import { monthOnly } from '../../../src/dates/fast/month-only.js';
import { REFERENCE, agreesWithChrono, shape } from './agrees.js';

describe('monthOnly', () => {
  it.each([
    ['The returns will be collated in January so that we will', ['January']],
    ['AD Education Network – December meeting', ['December']],
    ['Legal teams may wish to review current orders', []],
    ['to be held in May.', ['May']],
    ['starting in Sept. with a review', ['Sept.']],
    ['the pilot runs from June, with a review', ['June,']],
    ['nothing before Jan for now', []],
    ['the Return to Social Work programme in January 2021.', ['January 2021']],
    ['Practice Matters: March 2020', ['March 2020']],
    ['from June, 2021 onwards', ['June, 2021']],
    ['in June 2020', ['June 2020']],
  ])('reads "%s" as chrono does', (text, months) => {
    const fast = monthOnly(text);
    expect(fast?.map((r) => r.text)).toEqual(months);
    expect(fast?.map(shape)).toEqual(chronoDates(text, REFERENCE).map(shape));
  });

  it.each(['in June and July', 'in June 2020, 10.30', 'June 2020 BE', 'March 2020 5 people', 'March 2020/21', 'Friday in June', 'June first', 'Junefirst', 'the end of June', 'in June this morning', 'from June (BST)'])(
    'leaves "%s" to chrono',
    (text) => {
      expect(monthOnly(text)).toBeUndefined();
    },
  );

  it('agrees with chrono on generated text, or declines', () => {
    const word = fc.constantFrom(
      'the', 'returns', 'in', 'In', 'within', 'from', 'since', 'by', 'of', 'on', 'this', 'next', 'end', 'the end of', 'last day of', 'may', 'May', 'MAY',
      'Mayor', 'wish', 'June', 'JUNE', 'Jun', 'Jun.', 'Sept', 'Sept.', 'Dec', 'dec.', 'March', 'Mar.', 'market', 'Janof', 'Junefirst', 'second', 'first',
      'twenty-first', 'often', 'West', 'EAT', 'GMT', 'ET', 'week', 'Friday', 'morning', 'Knight', 'noon', 'showed', 'common', 'onFri', 'thisSun', 'x,Mon', 'nextweekday', ',', '-', '–', '.', '(', ')', '/', '_', 'é', '5',
      '2020', '1999', '2021,', '2020.', '20', 'BE', 'ad', 'BST', '2020BST', '12', 'people', '2150', '2399.', '1899', '3020',
    );
    const text = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 7 }), fc.constantFrom(' ', ' ', ' ', '', ', '))
      .map(([words, joint]) => words.join(joint));
    agreesWithChrono(monthOnly, text, { seed: 20_191_220, least: 2_000, view: shape });
  });
});
