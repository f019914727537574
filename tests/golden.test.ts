// The seeds against ../shared/golden, and our own fixtures against their hand-written
// expectations, through the shared scorer. Issues, items, publications and contacts
// must be exact; events and deadlines have their own bar (tests/dates).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArchive } from '../src/api.js';
import { isArchiveDir } from './helpers/archives.js';
import { SHARED, hasShared, score } from './helpers/score.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const EXACT = ['issues', 'items', 'publications', 'contacts'];

function expectExact(result: ReturnType<typeof score>, entities = EXACT): void {
  for (const name of entities) {
    const row = result.entities[name];
    if (!row) continue;
    const wrong = result.problems.filter((p) => p.startsWith(`${name}:`));
    expect({ name, precision: row.precision, recall: row.recall, fields: row.fields[0] === row.fields[1], wrong }).toEqual({
      name,
      precision: 1,
      recall: 1,
      fields: true,
      wrong: [],
    });
  }
}

// Outside CI a clone may lack ../shared; in CI it is always beside the checkout, so a
// missing scorer must fail rather than skip the golden tests.
it.runIf(Boolean(process.env.CI))('../shared is present in CI', () => {
  expect(hasShared).toBe(true);
});

describe.runIf(hasShared)('seeds against ../shared/golden', () => {
  const seeds = { 381: 'update-381-2019-12-06.txt', 383: 'update-383-2019-12-20.txt' };
  it.each(Object.entries(seeds))('update %s', async (number, file) => {
    const { document, failures } = await parseArchive([path.join(FIXTURES, file)]);
    expect(failures).toEqual([]);
    expectExact(score(path.join(SHARED, `golden/update-${number}.expect.json`), document));
  });

  it('both seeds merged', async () => {
    const { document } = await parseArchive(Object.values(seeds).map((f) => path.join(FIXTURES, f)));
    expectExact(score(path.join(SHARED, 'golden/archive-381-383.expect.json'), document));
  });
});

/** Every NAME.expect.json beside a NAME.txt under fixtures/, but the archive runs (tests/archive.test.ts). */
function fixturePairs(dir: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !isArchiveDir(full)) pairs.push(...fixturePairs(full));
    else if (!entry.isDirectory() && entry.name.endsWith('.expect.json')) pairs.push([path.relative(FIXTURES, full), full.replace(/\.expect\.json$/, '.txt')]);
  }
  return pairs.sort();
}

describe.runIf(hasShared)('own fixtures against their expectations', () => {
  it.each(fixturePairs(FIXTURES))('%s', async (expectFile, input) => {
    const { document, failures } = await parseArchive([input]);
    expect(failures).toEqual([]);
    expectExact(score(path.join(FIXTURES, expectFile), document));
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, expectFile), 'utf8')) as { warnings?: Array<{ code: string; optional?: boolean }> };
    const codes = document.warnings.map((w) => w.code);
    for (const w of expected.warnings ?? []) if (!w.optional) expect(codes).toContain(w.code);
    // Converted scrapes carry Markdown the page never showed: none of it may reach the text.
    for (const item of document.items) expect(`${item.title}\n${item.update}\n${item.action}`).not.toMatch(/\*\*|\]\(|^#{1,6} |\\[-*.]/m);
  });
});
