// Fixture pairs: every fixtures/**/NAME.txt beside the full document it must yield,
// NAME.out.json (an archive folder as a whole: archive.out.json). The hand-written
// *.expect.json files check what a reader needs; these catch any change at all, in
// every field. After an intended change, regenerate with `npm run fixtures` and review
// the diff in git.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArchive } from '../src/api.js';
import { ARCHIVE_OUT, isArchiveDir } from './helpers/archives.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

function cases(dir: string): Array<{ input: string; output: string }> {
  const found: Array<{ input: string; output: string }> = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory() && isArchiveDir(path.join(ROOT, relative))) found.push({ input: relative, output: path.join(relative, ARCHIVE_OUT) });
    else if (entry.isDirectory()) found.push(...cases(relative));
    else if (entry.name.endsWith('.txt')) found.push({ input: relative, output: relative.replace(/\.txt$/, '.out.json') });
  }
  return found.sort((a, b) => a.input.localeCompare(b.input));
}

describe('fixtures yield their recorded output', () => {
  it.each(cases('fixtures'))('$input', async ({ input, output }) => {
    // Relative paths as given, so the recorded `source` fields do not depend on the checkout.
    process.chdir(ROOT);
    const { document, failures } = await parseArchive([input]);
    expect(failures).toEqual([]);
    const actual = `${JSON.stringify(document, null, 2)}\n`;
    const file = path.join(ROOT, output);
    if (UPDATE) writeFileSync(file, actual);
    expect(existsSync(file), `${output} is missing: run npm run fixtures`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
