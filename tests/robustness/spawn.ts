// Spawning the bundled binary with a time limit, keeping what the shared helper drops:
// whether the run was killed, and how long it took.
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

export interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Runs seslip; a run that outlives `timeout` ms is killed and fails `finished`. */
export function run(args: string[], options: SpawnSyncOptions = {}): Outcome {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 30,
    ...options,
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw result.error;
  return {
    code: result.status,
    signal: result.signal,
    stdout: String(result.stdout),
    stderr: String(result.stderr),
    seconds: (performance.now() - started) / 1000,
  };
}

/** Run as an unprivileged user when the tests run as root, so permissions bite. */
export const asUnprivileged = (): SpawnSyncOptions => (process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {});

/** The run ended on its own, with no stack trace and no internal error. */
export function finished(outcome: Outcome): void {
  expect(outcome.signal, `killed after ${outcome.seconds.toFixed(1)} s`).toBeNull();
  expect(outcome.stderr).not.toMatch(/^\s+at /m);
  expect(outcome.stderr).not.toMatch(/internal error/);
}
