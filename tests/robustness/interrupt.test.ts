// Killing a --out run part-way: every file in the folder is either absent or the same as
// an uninterrupted run's, and after Ctrl-C or SIGTERM no temporary file is left.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document } from '../../src/schema.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { seedText } from './inputs.js';

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** The signal was sent while the run was still going. */
  delivered: boolean;
}

let scratch: string;
let archive: string;
let complete: Map<string, string>;
let fullSeconds: number;
let runs = 0;

const WORDS = 'adoption fostering kinship network workforce data education inclusion safeguarding practice'.split(' ');

/** Issues of distinct, dated items, so the tables written at the end run to about a megabyte. */
function writeArchive(dir: string, issues: number, itemsPerIssue: number): void {
  const seed = seedText();
  const [header] = seed.split('\n');
  const lists = seed.slice(seed.indexOf('Tools & Templates'));
  for (let f = 0; f < issues; f++) {
    const items: string[] = [];
    for (let k = 0; k < itemsPerIssue; k++) {
      const n = f * itemsPerIssue + k;
      const word = (i: number): string => WORDS[Math.floor(n / 10 ** i) % WORDS.length]!;
      items.push(
        `Regional ${word(0)} ${word(1)} ${word(2)} group ${n}\n\n\nThe ${word(0)} group meets on ${1 + (n % 28)} March 2020 at 10.00-12.00 ` +
          `in County Hall to discuss ${word(1)} and ${word(2)}. Contact Mark Evans (details below).\n\n\n`,
      );
    }
    writeFileSync(path.join(dir, `update-${500 + f}.txt`), `${header!.replace(/\d+/, String(500 + f))}\n\n\n${items.join('')}\n${lists}`);
  }
}

/** Starts a --out run into a fresh folder; `kill` decides when to send `signal`. */
function interrupted(signal: NodeJS.Signals, kill: (out: string, send: () => void) => void): Promise<Ended & { out: string }> {
  const out = path.join(scratch, `out-${++runs}`);
  const child = spawn(process.execPath, [BIN, 'parse', archive, '--out', out, '--quiet'], { cwd: ROOT });
  let stderr = '';
  let delivered = false;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const watchdog = setTimeout(() => child.kill('SIGKILL'), 30_000);
  kill(out, () => {
    if (child.exitCode === null && child.signalCode === null) delivered = child.kill(signal);
  });
  return new Promise((resolve) => {
    child.on('close', (code, ended) => {
      clearTimeout(watchdog);
      resolve({ code, signal: ended, stderr, delivered, out });
    });
  });
}

const afterDelay = (ms: number) => (_out: string, send: () => void): void => void setTimeout(send, ms);

/** Sends the signal as soon as a temporary file shows up: mid-write, where it matters. */
const whileWriting = (out: string, send: () => void): void => {
  const poll = setInterval(() => {
    let names: string[] = [];
    try {
      names = readdirSync(out);
    } catch {
      return; // not made yet
    }
    if (names.some((n) => n.endsWith('.tmp'))) {
      clearInterval(poll);
      send();
    }
  }, 1);
  setTimeout(() => clearInterval(poll), 30_000).unref();
};

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Whatever is in the folder is one of the complete files, byte for byte. */
function onlyCompleteFiles(out: string): string[] {
  const finals = filesIn(out).filter((n) => !n.endsWith('.tmp'));
  for (const name of finals) {
    expect(complete.has(name), name).toBe(true);
    expect(readFileSync(path.join(out, name), 'utf8') === complete.get(name), `${name} is not complete`).toBe(true);
  }
  return finals;
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'seslip-interrupt-'));
  archive = path.join(scratch, 'archive');
  mkdirSync(archive);
  writeArchive(archive, 12, 100);
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('an interrupted --out run', () => {
  it('uninterrupted, it writes eight complete files and no temporary file', async () => {
    const started = performance.now();
    const run = await interrupted('SIGINT', () => undefined);
    fullSeconds = (performance.now() - started) / 1000;
    expect(run).toMatchObject({ code: 0, signal: null, stderr: '' });
    expect(filesIn(run.out)).toHaveLength(8);
    complete = new Map(filesIn(run.out).map((n) => [n, readFileSync(path.join(run.out, n), 'utf8')]));
    expect(complete.get('seslip.json')!.length).toBeGreaterThan(2 ** 19); // big enough to catch mid-write
    expect(Document.parse(JSON.parse(complete.get('seslip.json')!)).items.length).toBeGreaterThan(100);
    for (const [name, text] of complete) if (name.endsWith('.csv')) expect(text).toMatch(/^[a-z]+(,[a-zA-Z]+)*\n/);
  });

  it.each(['SIGINT', 'SIGTERM'] as const)('%s while a file is being written: exit 128+n, no temporary file', async (signal) => {
    const run = await interrupted(signal, whileWriting);
    expect(run.delivered).toBe(true);
    expect(run).toMatchObject({ code: signal === 'SIGINT' ? 130 : 143, signal: null });
    expect(run.stderr).toBe(`seslip: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'}\n`);
    expect(filesIn(run.out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(onlyCompleteFiles(run.out).length).toBeLessThan(8);
  });

  it('SIGINT at several points of the run', async () => {
    for (const fraction of [0.4, 0.8, 0.95]) {
      const run = await interrupted('SIGINT', afterDelay(fullSeconds * 1000 * fraction));
      // The signal can land before there is a handler (Node still loading the bundle) or
      // after the handler is gone (Node tearing down at exit): then it dies of the signal,
      // having written nothing or everything.
      // kill() also succeeds on a child that has exited but is not yet reaped: a run that
      // exits 0 must then have written all eight files.
      if (run.signal === 'SIGINT') expect([0, 8]).toContain(onlyCompleteFiles(run.out).length);
      else if (run.code === 0) expect(onlyCompleteFiles(run.out), `after ${fraction} of a run`).toHaveLength(8);
      else expect(run.code, `after ${fraction} of a run`).toBe(run.delivered ? 130 : 0);
      expect(filesIn(run.out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      onlyCompleteFiles(run.out);
    }
  });

  it('SIGKILL, which no program can handle, still leaves no truncated file', async () => {
    const kills = [(out: string, send: () => void) => whileWriting(out, send), ...[0.6, 0.9].map((f) => afterDelay(fullSeconds * 1000 * f))];
    for (const kill of kills) {
      const run = await interrupted('SIGKILL', kill);
      if (run.delivered) expect(run.signal).toBe('SIGKILL');
      onlyCompleteFiles(run.out);
    }
  });
});
