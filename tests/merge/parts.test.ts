// The merge's building blocks: word diff, LSH blocking keys, issue order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/ids.js';
import { DIFF_CAP, wordDiff } from '../../src/merge/diff.js';
import { bandKeys, BucketIndex } from '../../src/merge/lsh.js';
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

/**
 * The diff as the classic LCS table gives it, without the trimming, bit rows and reused
 * buffers of diff.ts: the fast path must agree with it on every pair of texts.
 */
function referenceDiff(before: string, after: string, cap = DIFF_CAP): string {
  const split = (text: string) => text.split(/\s+/).filter((w) => w !== '' && !/^(?:\d{1,2}[.)]|[-–•*·▪○●])$/.test(w));
  const a = split(before);
  const b = split(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const ops: Array<[number, string]> = a.slice(Math.max(0, start - 3), start).map((w) => [0, w]);
  const am = a.slice(start, a.length - end);
  const bm = b.slice(start, b.length - end);
  if (am.length * bm.length > 40_000) {
    for (const w of am) ops.push([1, w]);
    for (const w of bm) ops.push([2, w]);
  } else {
    const lcs = Array.from({ length: am.length + 1 }, () => new Array<number>(bm.length + 1).fill(0));
    for (let i = am.length - 1; i >= 0; i--)
      for (let j = bm.length - 1; j >= 0; j--)
        lcs[i]![j] = am[i] === bm[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    let i = 0;
    let j = 0;
    while (i < am.length || j < bm.length) {
      if (i < am.length && j < bm.length && am[i] === bm[j]) {
        ops.push([0, am[i++]!]);
        j++;
      } else if (i < am.length && (j === bm.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push([1, am[i++]!]);
      else ops.push([2, bm[j++]!]);
    }
  }
  for (const w of a.slice(a.length - end, a.length - end + 3)) ops.push([0, w]);
  const keep = ops.map((_, k) => ops.slice(Math.max(0, k - 2), k + 3).some(([kind]) => kind !== 0));
  if (!ops.some(([kind]) => kind !== 0)) return '';
  const parts: string[] = [];
  for (let k = 0; k < ops.length; ) {
    if (!keep[k]) {
      parts.push('…');
      while (k < ops.length && !keep[k]) k++;
      continue;
    }
    const kind = ops[k]![0];
    const run: string[] = [];
    for (; k < ops.length && keep[k] && ops[k]![0] === kind; k++) run.push(ops[k]![1]);
    const text = run.join(' ');
    parts.push(kind === 0 ? text : kind === 1 ? `[-${text}-]` : `{+${text}+}`);
  }
  const out = parts.join(' ');
  return out.length <= cap ? out : `${out.slice(0, cap - 1).trimEnd()}…`;
}

describe('wordDiff against the classic LCS table', () => {
  // FNV-1a collisions: the word hashes must never stand for the words.
  const words = ['the', 'of', 'a', 'b', 'c', 'd', 'costarring', 'liquid', 'declinate', 'macallums', '1.', '12)', '•', '-', 'x)', '2022.'];
  const text = fc.array(fc.constantFrom(...words), { maxLength: 120 });
  const separator = fc.constantFrom(' ', '\n', ' \u00a0', '\t');

  it('agrees on random edits, hash collisions, list markers and long texts', () => {
    fc.assert(
      fc.property(text, text, separator, fc.nat(200), fc.boolean(), (a, b, sep, cut, long) => {
        const before = a.join(sep);
        const after = [...a.slice(0, cut), ...b, ...a.slice(cut + b.length)].join(' ');
        const cap = long ? 100_000 : DIFF_CAP;
        expect(wordDiff(before, after, cap)).toBe(referenceDiff(before, after, cap));
        expect(wordDiff(before, b.join(' '), cap)).toBe(referenceDiff(before, b.join(' '), cap));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees when the texts differ in a few characters anywhere, white space and markers included', () => {
    const edit = fc.tuple(fc.nat(2000), fc.nat(3), fc.constantFrom('', ' ', '\n', '\u00a0', 'x', '1', '.', '•', '-'));
    fc.assert(
      fc.property(text, separator, fc.array(edit, { minLength: 1, maxLength: 4 }), (a, sep, edits) => {
        const before = a.join(sep);
        let after = before;
        for (const [at, cut, insert] of edits) {
          const k = at % (after.length + 1);
          after = after.slice(0, k) + insert + after.slice(k + cut);
        }
        expect(wordDiff(before, after)).toBe(referenceDiff(before, after));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees when the common words run on from the changed ones past the window it splits', () => {
    // A word dropped where only white space differs in characters: the words after the
    // change are the same to the end, so the context after it is the text's, not the window's.
    const cases: Array<[string, string, string]> = [
      ['w1  w1  w1  w2  w2  w0', 'w1   w1  w2  w2  w0', 'w1 w1 [-w1-] w2 w2 …'],
      ['w2\nw2\nw3\nw3\nw3\nw1\nw2', 'w2\nw2 \nw3\nw3\nw1\nw2', '… w3 w3 [-w3-] w1 w2'],
      ['w1  w2  • w2  w4  w0  w1  w5', 'w1  ▪ w2  w4  w0  w1  w5', 'w1 w2 [-w2-] w4 w0 …'],
    ];
    for (const [before, after, diff] of cases) {
      expect(wordDiff(before, after)).toBe(diff);
      expect(referenceDiff(before, after)).toBe(diff);
    }
  });

  it('agrees past 32 and 64 words a row and at the size limit', () => {
    const seq = (n: number, f: (k: number) => string) => Array.from({ length: n }, (_, k) => f(k)).join(' ');
    for (const [m, n] of [[33, 31], [64, 65], [100, 400], [200, 201]] as const) {
      const before = seq(m, (k) => words[(k * 7) % 6]!);
      const after = seq(n, (k) => words[(k * 5) % 8]!);
      expect(wordDiff(before, after, 100_000)).toBe(referenceDiff(before, after, 100_000));
    }
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

describe('BucketIndex', () => {
  it('keeps the newest clusters of each key, a repeat of the newest once', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3000), fc.nat(30)), { maxLength: 8000 }), fc.constantFrom(1, 3, 16), (adds, size) => {
        const index = new BucketIndex(size);
        const lists = new Map<number, number[]>();
        for (const [key, cluster] of adds) {
          // Keys far apart and close together, as band keys and exact keys are.
          const k = key % 2 === 0 ? Math.imul(key, 0x1234567) & 0x3fffffff : key;
          index.add(k, cluster);
          const list = lists.get(k) ?? [];
          if (list[list.length - 1] !== cluster) list.push(cluster);
          lists.set(k, list);
        }
        for (const [k, list] of lists) {
          const bucket = index.find(k);
          const newest = Array.from({ length: index.length(bucket) }, (_, i) => index.newest(bucket, i));
          expect(newest).toEqual(list.slice(-size).reverse());
        }
        expect(index.find(-5 >>> 1)).toBe(-1);
      }),
      { numRuns: 40 },
    );
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

  it('keeps values of one key apart by the second string', () => {
    const memo = new RecentMemo(10, (key, second) => `${key}|${second ?? '-'}`);
    expect([memo.get('a', 'x'), memo.get('a', null), memo.get('a', 'y'), memo.get('a', 'x')]).toEqual(['a|x', 'a|-', 'a|y', 'a|x']);
  });
});
