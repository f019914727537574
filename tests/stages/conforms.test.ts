// The quick schema check (src/conforms.ts) against zod itself: on fixture documents and on
// thousands of mutations of them, it may say yes only where zod accepts and zod's copy
// prints as the same JSON, and must say no wherever zod rejects.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { InvalidOutputError, validate } from '../../src/api.js';
import { conforms } from '../../src/conforms.js';
import { Document } from '../../src/schema.js';
import { ROOT } from '../helpers/cli.js';

const SEED = Number(process.env.SESLIP_FC_SEED ?? 20261123);
const documentConforms = conforms(Document);

const outputs = ['fixtures', 'fixtures/layout-2020', 'fixtures/layout-2018', 'fixtures/damaged']
  .flatMap((dir) => readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.out.json')).map((f) => path.join(ROOT, dir, f)))
  .map((file) => JSON.parse(readFileSync(file, 'utf8')) as Document);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in a document: [] is the document itself. */
function paths(value: Json, at: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

const REPLACEMENTS: unknown[] = [null, '', 'x', '2020-13-45', '2021-03', '09:30', '24:00', '+44123', 0, -1, 1.5, 2 ** 60, Number.NaN, true, [], {}, undefined];

type Mutation =
  | { kind: 'replace'; path: number; with: number }
  | { kind: 'delete'; path: number }
  | { kind: 'add-key'; path: number }
  | { kind: 'reorder'; path: number }
  | { kind: 'hole'; path: number };

function mutate(document: Document, paths: Array<Array<string | number>>, m: Mutation): unknown {
  const copy = structuredClone(document) as unknown as Json;
  const at = paths[m.path % paths.length] as Array<string | number>;
  if (at.length === 0) return m.kind === 'replace' ? REPLACEMENTS[m.with % REPLACEMENTS.length] : copy;
  const parent = at.slice(0, -1).reduce<Json>((v, k) => (v as Record<string, Json>)[k] as Json, copy) as Record<string | number, unknown>;
  const key = at[at.length - 1] as string | number;
  const target = parent[key];
  switch (m.kind) {
    case 'replace':
      parent[key] = REPLACEMENTS[m.with % REPLACEMENTS.length];
      break;
    case 'delete':
      delete parent[key];
      break;
    case 'add-key':
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>).extra = 1;
      break;
    case 'reorder':
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        const entries = Object.entries(target);
        parent[key] = Object.fromEntries([...entries.slice(1), ...entries.slice(0, 1)]);
      }
      break;
    case 'hole':
      if (Array.isArray(target)) target.length += 1;
      break;
  }
  return copy;
}

/** The property: conforms says yes only where zod would hand back the same JSON, no wherever zod rejects. */
function agrees(value: unknown): 'both-accept' | 'zod-only' | 'both-reject' {
  const result = Document.safeParse(value);
  const quick = documentConforms(value);
  if (quick) {
    expect(result.success).toBe(true);
    expect(JSON.stringify(result.data)).toBe(JSON.stringify(value));
    return 'both-accept';
  }
  return result.success ? 'zod-only' : 'both-reject';
}

describe('conforms', () => {
  it('accepts every fixture document as written', () => {
    expect(outputs.length).toBeGreaterThan(5);
    for (const document of outputs) expect(documentConforms(document)).toBe(true);
  });

  it('agrees with zod on mutated documents', () => {
    const seen = { 'both-accept': 0, 'zod-only': 0, 'both-reject': 0 };
    const all = outputs.map((d) => paths(d as unknown as Json));
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), path: fc.nat(), with: fc.nat() }),
      fc.record({ kind: fc.constant('delete' as const), path: fc.nat() }),
      fc.record({ kind: fc.constant('add-key' as const), path: fc.nat() }),
      fc.record({ kind: fc.constant('reorder' as const), path: fc.nat() }),
      fc.record({ kind: fc.constant('hole' as const), path: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.nat(), mutation, (d, m) => {
        const k = d % outputs.length;
        seen[agrees(mutate(outputs[k] as Document, all[k] as Array<Array<string | number>>, m))]++;
      }),
      { seed: SEED, numRuns: 3000 },
    );
    // Each outcome happened, so the property was tested on all three sides.
    expect(seen['both-accept']).toBeGreaterThan(100);
    expect(seen['zod-only']).toBeGreaterThan(100);
    expect(seen['both-reject']).toBeGreaterThan(100);
  });

  it('refuses to build for a schema kind or check it does not know', () => {
    expect(() => conforms(z.object({ a: z.optional(z.string()) }))).toThrow(/unknown zod schema kind "optional"/);
    expect(() => conforms(z.string().check(z.maxLength(3)))).toThrow(/unknown zod check "max_length"/);
  });
});

describe('validate', () => {
  const document = outputs[0] as Document;

  it('returns a conforming document itself, not a copy', () => {
    expect(validate(document)).toBe(document);
  });

  it("returns zod's copy, keys in the schema's order, when only the order differs", () => {
    const [first, ...rest] = Object.entries(document);
    const reordered = Object.fromEntries([...rest, first!]) as Document;
    const valid = validate(reordered);
    expect(valid).not.toBe(reordered);
    expect(JSON.stringify(valid)).toBe(JSON.stringify(document));
  });

  it('throws InvalidOutputError naming the path of an invalid value', () => {
    const broken = structuredClone(document);
    (broken.issues[0] as { date: string | null }).date = '6 December';
    expect(() => validate(broken)).toThrow(InvalidOutputError);
    expect(() => validate(broken)).toThrow(/issues\.0\.date/);
  });
});
