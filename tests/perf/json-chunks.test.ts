import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/emit/json.js';

describe('jsonChunks', () => {
  it('writes exactly JSON.stringify(value, null, 2) and a newline', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()))), (document) => {
        expect([...jsonChunks(document)].join('')).toBe(`${JSON.stringify(document, null, 2)}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('writes one chunk per record of a list', () => {
    const chunks = [...jsonChunks({ items: [{ a: 1 }, { a: 2 }, { a: 3 }], warnings: [] })];
    expect(chunks.filter((c) => c.includes('"a"'))).toHaveLength(3);
  });
});
