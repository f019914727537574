// Events and deadlines of the seeds (../shared/golden) and of every fixture with an
// expectation file, through the shared scorer: recall 1.00, precision and field
// accuracy (start, end, time, location) at least 0.95.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArchive } from '../../src/api.js';
import { ARCHIVE_EXPECT, archiveDirs, archiveFiles, isArchiveDir } from '../helpers/archives.js';
import { SHARED, hasShared, score } from '../helpers/score.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const BAR = 0.95;

async function expectDates(expectFile: string, files: string[]): Promise<void> {
  const { document } = await parseArchive(files);
  const result = score(expectFile, document);
  for (const name of ['events', 'deadlines']) {
    const row = result.entities[name];
    if (!row) continue; // nothing expected and nothing found
    const [correct, checked] = row.fields;
    const problems = result.problems.filter((p) => p.startsWith(`${name}:`));
    expect(
      { name, recall: row.recall, precision: row.precision >= BAR, fields: checked === 0 || correct / checked >= BAR },
      problems.join('\n'),
    ).toEqual({ name, recall: 1, precision: true, fields: true });
  }
}

describe.runIf(hasShared)('seeds', () => {
  it.each([
    ['381', 'update-381-2019-12-06.txt'],
    ['383', 'update-383-2019-12-20.txt'],
  ])('update %s', async (number, file) => {
    await expectDates(path.join(SHARED, `golden/update-${number}.expect.json`), [path.join(FIXTURES, file)]);
  });
});

function expectationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return isArchiveDir(full) ? [] : expectationFiles(full);
    return entry.name.endsWith('.expect.json') ? [full] : [];
  });
}

describe.runIf(hasShared)('fixtures', () => {
  it.each(expectationFiles(FIXTURES).map((f) => [path.relative(FIXTURES, f), f]))('%s', async (_name, file) => {
    await expectDates(file, [file.replace(/\.expect\.json$/, '.txt')]);
  });

  it.each(archiveDirs(FIXTURES).map((dir) => [path.relative(FIXTURES, dir), dir]))('the archive %s', async (_name, dir) => {
    await expectDates(path.join(dir, ARCHIVE_EXPECT), archiveFiles(dir));
  });
});
