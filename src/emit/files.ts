// Writing results into a folder. Each file is written to a temporary name and renamed
// into place, so an interrupted run never leaves a truncated file behind.
import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files being written now: what an interrupted run must remove. */
const pending = new Set<string>();
/** Writes on libuv's thread pool: until one settles, it may still create its file. */
const writing = new Set<Promise<void>>();

export async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  pending.add(temporary);
  try {
    const write = writeFile(temporary, content);
    writing.add(write);
    await write.finally(() => writing.delete(write));
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pending.delete(temporary);
  }
}

/**
 * Removes the temporary files of writes under way, once no write can still create one:
 * removing a file while the thread pool is opening it would leave it behind.
 */
export async function removePendingWrites(): Promise<void> {
  await Promise.allSettled([...writing]);
  for (const temporary of pending) rmSync(temporary, { force: true });
  pending.clear();
}

export async function ensureDirectory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}
