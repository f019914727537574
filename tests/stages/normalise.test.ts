import { describe, expect, it } from 'vitest';
import { normaliseLine, toLines } from '../../src/normalise.js';

describe('normalise', () => {
  it('keeps one line per source line whatever the line ends', () => {
    const lines = toLines('a\r\nb\rc\n\nd');
    expect(lines.map((l) => [l.text, l.line])).toEqual([['a', 1], ['b', 2], ['c', 3], ['', 4], ['d', 5]]);
  });

  it('turns non-breaking and odd spaces into one space and drops invisible characters', () => {
    expect(normaliseLine('\u00a0On\u00a0 Friday\u200b 17\u202fJanuary\u00ad\ufeff ')).toBe('On Friday 17 January');
    expect(normaliseLine('Network\tDate\t\tTime')).toBe('Network Date Time');
  });

  it('drops control characters and composes accents', () => {
    expect(normaliseLine('Caf\u0065\u0301\u0007 open\u0085')).toBe('Café open');
  });

  it('spells out PDF ligatures and reads Symbol and Wingdings private-use bullets as bullets', () => {
    expect(normaliseLine('the \ufb01nal con\ufb02ict, o\ufb00ered')).toBe('the final conflict, offered');
    expect(toLines('\uf0b7\tfirst\n\uf0a7 second').map((l) => l.text)).toEqual(['• first', '▪ second']);
    // Other private-use characters are no known glyph: left as they are.
    expect(normaliseLine('\uf076 diamond')).toBe('\uf076 diamond');
  });
});
