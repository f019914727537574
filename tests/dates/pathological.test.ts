// Inputs built to make a regex backtrack or chrono re-scan: every one must finish in
// time that grows with the input, not with its square.
import { describe, expect, it } from 'vitest';
import { extractIssueDates } from '../../src/dates/index.js';

function run(text: string) {
  const lines = [
    { text: 'Network meeting', line: 1 },
    { text, line: 2 },
  ];
  const start = performance.now();
  const [result] = extractIssueDates([{ title: 'Network meeting', line: 1, lines }], { issueDate: '2020-01-10', source: 's' });
  return { ms: performance.now() - start, result };
}

const CASES: Array<[string, string, number]> = [
  ['100,000 spaces', `Meeting on 5 March 2020${' '.repeat(100_000)}at Hall`, 1],
  ['100,000 digits', '9'.repeat(100_000), 0],
  ['100,000 digits then a month', `${'9'.repeat(100_000)} March`, 0],
  ['a long run of "and 1, 2, 3"', `Meetings on ${'and 1, 2, 3 '.repeat(10_000)}May 2020`, 3],
  ['100,000 dots after a date', `Meeting on 5 March 2020${'.'.repeat(100_000)}`, 1],
  ['30,000 dashes after a date', `Workshop 5 March 2020 – ${'A - '.repeat(30_000)}`, 1],
  ['30,000 capitalised words after "at"', `Meeting on 5 March 2020 at ${'Hall, '.repeat(30_000)}`, 1],
  ['10,000 "deadline for"', `${'deadline for '.repeat(10_000)}x is 5 March 2020`, 0],
  ['50,000 open parentheses', `Meeting 5 March 2020 ${'('.repeat(50_000)}`, 1],
  ['10,000 dates on one line', `Meeting on ${'1 May '.repeat(10_000)}`, 1],
  ['20,000 clock times', `Meeting ${'10.30-'.repeat(20_000)}`, 0],
];

describe('pathological lines', () => {
  it.each(CASES)('%s', (_name, text, events) => {
    const { ms, result } = run(text);
    expect(result?.events).toHaveLength(events);
    expect(ms).toBeLessThan(5_000);
  });

  it('takes about twice as long for twice the dates (no quadratic step)', () => {
    run(`Meeting on ${'1 May '.repeat(500)}`); // warm up
    const small = run(`Meeting on ${'1 May '.repeat(4_000)}`).ms;
    const large = run(`Meeting on ${'1 May '.repeat(16_000)}`).ms;
    expect(large / small).toBeLessThan(10); // linear is about 4, quadratic about 16
  });
});
