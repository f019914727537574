// Spawns the real binary, as a user would.
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'bin/seslip.cjs');
export const fixture = (name: string): string => path.join(ROOT, 'fixtures', name);

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function seslip(args: string[], options: SpawnSyncOptions & { input?: string | Buffer } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60_000, ...options });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}
