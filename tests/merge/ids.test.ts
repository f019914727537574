// stableId's digest, and fold's one-pass fast path against its definition, foldUnicode.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldUnicode, stableId } from '../../src/ids.js';

describe('stableId', () => {
  it('is the prefix and 12 hex digits of the SHA-1 of its parts, each ended by U+0001, null as U+0000', () => {
    const digest = createHash('sha1').update('Title\u0001381\u0001\u0000\u0001').digest('hex');
    expect(stableId('item', 'Title', 381, null)).toBe(`item-${digest.slice(0, 12)}`);
    expect(stableId('item', 'Title', 381, null)).not.toBe(stableId('item', 'Title', 381));
  });
});

describe('fold', () => {
  it('agrees with foldUnicode on every UTF-16 unit, among ASCII, marks and final sigma', () => {
    const disagree: string[] = [];
    for (let unit = 0x80; unit < 0x10000; unit++) {
      const c = String.fromCharCode(unit);
      for (const text of [`Ab${c}cD ${c}`, `${c}${c}x`, `x\u0301${c}\u0300y`, `ΟΔΟΣ${c}`, c]) {
        if (fold(text) !== foldUnicode(text)) disagree.push(text);
      }
    }
    expect(disagree).toEqual([]);
  });

  it('agrees with foldUnicode on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => fold(text) === foldUnicode(text)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => fold(text) === foldUnicode(text)), { numRuns: 2000 });
  });

  it('lower-cases, strips accents and collapses punctuation to single spaces', () => {
    expect(fold('  Café – “Ofsted” ﬁndings: 2ND   Review… ')).toBe('cafe ofsted findings 2nd review');
    expect(fold('Ελληνικά ΟΔΟΣ')).toBe('ελληνικα οδος');
    expect(fold('')).toBe('');
    expect(fold('–…')).toBe('');
  });

  it('handles a text far longer than its reused buffer', () => {
    const long = 'Ä… '.repeat(20_000);
    expect(fold(long)).toBe(foldUnicode(long));
  });
});
