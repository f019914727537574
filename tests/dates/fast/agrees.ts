// What the fast paths' tests share: every reader must read a window exactly as chrono
// does, or leave it to chrono (src/dates/fast/result.ts).
import fc from 'fast-check';
import { expect } from 'vitest';
import { chronoDates } from '../../../src/dates/chrono.js';
import type { DateResult } from '../../../src/dates/fast/result.js';

export const REFERENCE = new Date('2020-01-10T12:00:00Z');
const COMPONENTS = ['day', 'month', 'year', 'weekday', 'hour', 'minute'] as const;
export const shape = (r: DateResult) => ({
  index: r.index,
  text: r.text,
  start: COMPONENTS.map((c) => (r.start.isCertain(c) ? `${c}=${r.start.get(c)}` : '')).join(' '),
  end: r.end ? 'end' : null,
});

// The reading the dates stage takes from a result (src/dates/mentions.ts): the date's
// certain components, and the start and end clocks.
const DATE_PARTS = ['day', 'month', 'year', 'weekday'] as const;
const clock = (c: DateResult['start'] | null | undefined) => (c?.isCertain('hour') ? `${c.get('hour')}:${c.get('minute') ?? 0}` : null);
export const timed = (r: DateResult) => ({
  index: r.index,
  text: r.text,
  date: DATE_PARTS.map((c) => (r.start.isCertain(c) ? `${c}=${r.start.get(c)}` : '')).join(' '),
  start: clock(r.start),
  end: clock(r.end),
  endDay: r.end && !r.end.isCertain('hour') ? r.end.isCertain('day') : null,
});

/**
 * Asserts that `read` gives chrono's reading of every generated text it reads, and that
 * more than `least` of its readings pass `counted`: a generator that only met refusals
 * would prove nothing.
 */
export function agreesWithChrono(
  read: (text: string) => DateResult[] | undefined,
  text: fc.Arbitrary<string>,
  {
    seed,
    least,
    counted = () => true,
    view = timed,
  }: { seed: number; least: number; counted?: (fast: DateResult[]) => boolean; view?: (r: DateResult) => object },
): void {
  let accepted = 0;
  fc.assert(
    fc.property(text, (input) => {
      const fast = read(input);
      if (fast && counted(fast)) accepted++;
      return fast === undefined || JSON.stringify(fast.map(view)) === JSON.stringify(chronoDates(input, REFERENCE).map(view));
    }),
    { numRuns: 20_000, seed },
  );
  expect(accepted).toBeGreaterThan(least);
}
