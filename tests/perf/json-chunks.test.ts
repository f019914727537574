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

  it('writes a long list in batches of records, never as one string', () => {
    const document = { items: Array.from({ length: 1000 }, (_, a) => ({ a, list: [a, { b: 'x\ny' }] })), warnings: [] };
    const chunks = [...jsonChunks(document)];
    expect(chunks.join('')).toBe(`${JSON.stringify(document, null, 2)}\n`);
    const records = chunks.filter((c) => c.includes('"a"'));
    expect(records).toHaveLength(4);
    expect(records.map((c) => c.match(/"a"/g)!.length)).toEqual([256, 256, 256, 232]);
  });
});
