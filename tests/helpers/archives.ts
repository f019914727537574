// Archive fixtures: folders under fixtures/ holding an archive.expect.json are parsed as
// one run (all their .txt files together) and scored as a whole, not file by file.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const ARCHIVE_EXPECT = 'archive.expect.json';
export const ARCHIVE_OUT = 'archive.out.json';

export const isArchiveDir = (dir: string): boolean => existsSync(path.join(dir, ARCHIVE_EXPECT));

/** Every archive folder under `root`, sorted. */
export function archiveDirs(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const full = path.join(root, entry.name);
      return isArchiveDir(full) ? [full] : archiveDirs(full);
    })
    .sort();
}

/** The issue files of an archive folder, sorted by name. */
export const archiveFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
