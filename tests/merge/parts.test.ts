// The merge's building blocks: word diff, LSH blocking keys, issue order.
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/ids.js';
import { DIFF_CAP, wordDiff } from '../../src/merge/diff.js';
import { bandKeys } from '../../src/merge/lsh.js';
import { RecentMemo } from '../../src/merge/memo.js';
import { sortIssues } from '../../src/merge/order.js';
import { wordShingles } from '../../src/merge/text.js';
import { issue } from './factories.js';

describe('wordDiff', () => {
  it('is empty when only whitespace and list markers changed', () => {
    expect(wordDiff('Three themes:\n1. Planning\n2. Securing', 'Three themes: - Planning - Securing')).toBe('');
  });

  it('shows removed and added runs with two words of context', () => {
    expect(wordDiff('one two three four five six seven', 'one two three FOUR five six seven')).toBe(
      '… two three [-four-] {+FOUR+} five six …',
    );
  });

  it('elides a long common prefix and suffix but keeps a short one whole', () => {
    const words = (n: number, seed: string) => Array.from({ length: n }, (_, k) => `${seed}${k}`).join(' ');
    expect(wordDiff(`${words(50, 'p')} old ${words(50, 's')}`, `${words(50, 'p')} new ${words(50, 's')}`)).toBe(
      '… p48 p49 [-old-] {+new+} s0 s1 …',
    );
    expect(wordDiff('p0 p1 old s0 s1', 'p0 p1 new s0 s1')).toBe('p0 p1 [-old-] {+new+} s0 s1');
    expect(wordDiff('p0 p1 p2 old', 'p0 p1 p2 new extra')).toBe('… p1 p2 [-old-] {+new extra+}');
  });

  it('splits at any white space, as the regex \\s does', () => {
    expect(wordDiff('one\u00a0two\u2003three', 'one two\tthree')).toBe('');
    expect(wordDiff('one\u200btwo', 'one two')).toBe('[-one\u200btwo-] {+one two+}');
  });

  it('caps long diffs', () => {
    const before = Array.from({ length: 400 }, (_, k) => `a${k}`).join(' ');
    const after = Array.from({ length: 400 }, (_, k) => `b${k}`).join(' ');
    const diff = wordDiff(before, after);
    expect(diff.length).toBeLessThanOrEqual(DIFF_CAP);
    expect(diff.endsWith('…')).toBe(true);
    expect(diff.startsWith('[-a0 a1')).toBe(true);
  });
});

describe('bandKeys', () => {
  const text = (seed: string, n: number) => fold(Array.from({ length: n }, (_, k) => `${seed}${k}`).join(' '));
  const shared = (a: number[], b: number[]) => a.filter((k) => b.includes(k)).length;

  it('puts a lightly edited text in a common bucket and an unrelated one in none', () => {
    const base = text('w', 100);
    const edited = base.replace('w10 ', 'x10 ').replace('w50 ', 'x50 ');
    expect(shared(bandKeys(wordShingles(base), 1), bandKeys(wordShingles(edited), 1))).toBeGreaterThan(0);
    expect(shared(bandKeys(wordShingles(base), 1), bandKeys(wordShingles(text('v', 100)), 1))).toBe(0);
  });

  it('keeps key spaces apart', () => {
    const s = wordShingles(text('w', 20));
    expect(shared(bandKeys(s, 0), bandKeys(s, 1))).toBe(0);
  });
});

describe('sortIssues', () => {
  it('orders by number and slots unnumbered issues in by date, undated last', () => {
    const order = sortIssues([
      issue(null, null, { source: 'z.txt' }),
      issue(12, '2020-01-17'),
      issue(null, '2020-01-12', { source: 'b.txt' }),
      issue(10, '2020-01-03'),
      issue(null, '2020-01-12', { source: 'a.txt' }),
      issue(11, null),
    ]).map((i) => i.number ?? i.source);
    expect(order).toEqual([10, 11, 'a.txt', 'b.txt', 12, 'z.txt']);
  });
});

describe('RecentMemo', () => {
  it('computes a key once while it is recent and forgets it two generations later', () => {
    const computed: string[] = [];
    const memo = new RecentMemo(2, (key) => {
      computed.push(key);
      return key.length;
    });
    expect([memo.get('a'), memo.get('bb'), memo.get('a')]).toEqual([1, 2, 1]);
    memo.get('ccc'); // starts a new generation; 'a' and 'bb' are in the old one
    memo.get('a'); // carried over into the new one
    memo.get('dddd'); // another generation: 'bb' is dropped, 'a' kept
    memo.get('a');
    memo.get('bb');
    expect(computed).toEqual(['a', 'bb', 'ccc', 'dddd', 'bb']);
  });
});
