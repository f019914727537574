// Writing results into a folder. Each file is written to a temporary name and renamed
// into place, so an interrupted run never leaves a truncated file behind.
import { rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files being written now: what an interrupted run must remove. */
const pending = new Set<string>();

export async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  pending.add(temporary);
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    pending.delete(temporary);
  }
}

/** Removes the temporary files of writes under way; synchronous, for signal handlers. */
export function removePendingWrites(): void {
  for (const temporary of pending) rmSync(temporary, { force: true });
  pending.clear();
}

export async function ensureDirectory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}
