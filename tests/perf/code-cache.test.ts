// The CLI starts from V8's code cache the build writes (bin/seslip.cjs); without a usable
// cache it must still run, compiling the bundle as usual.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, fixture, seslip } from '../helpers/cli.js';

/** Whether V8 rejected the cache when `bin` loaded its bundle. */
const rejected = (bin: string): string =>
  execFileSync(process.execPath, ['-e', `process.stdout.write(String(require(${JSON.stringify(bin)}).load().script.cachedDataRejected))`], { encoding: 'utf8' });

describe('the CLI code cache', () => {
  const copies: string[] = [];
  afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** bin/ and dist/ copied to a folder of their own, with `change` applied to the cache file. */
  const copy = (change: (cacheFile: string) => void): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'seslip-cache-'));
    copies.push(dir);
    for (const part of ['bin', 'dist', 'package.json']) cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    const cache = readdirSync(path.join(dir, 'dist')).filter((f) => f.endsWith('.cache'));
    expect(cache).toHaveLength(1);
    change(path.join(dir, 'dist', cache[0]!));
    return path.join(dir, 'bin/seslip.cjs');
  };

  it('is written by the build and accepted by this Node', () => {
    expect(rejected(BIN)).toBe('false');
  });

  it.each([
    ['missing', (file: string) => rmSync(file)],
    ['not a cache', (file: string) => writeFileSync(file, 'not a code cache')],
  ])('is not needed: with the cache %s the output is the same', (_, change) => {
    const expected = seslip(['parse', fixture('update-381-2019-12-06.txt')]);
    expect(expected.stdout.length).toBeGreaterThan(1000);
    const bin = copy(change);
    expect(rejected(bin)).not.toBe('false');
    const output = execFileSync(process.execPath, [bin, 'parse', fixture('update-381-2019-12-06.txt')], { cwd: ROOT, encoding: 'utf8' });
    expect(output).toBe(expected.stdout);
  });
});
