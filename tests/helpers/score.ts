// Runs the shared scorer (../shared/eval/score.mjs) on a document and reads its table.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Document } from '../../src/schema.js';

export const SHARED = path.resolve(import.meta.dirname, '../../../shared');
export const SCORER = path.join(SHARED, 'eval/score.mjs');
export const hasShared = existsSync(SCORER);

export interface EntityScore {
  expected: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  fields: [correct: number, checked: number];
}

export interface Score {
  entities: Record<string, EntityScore>;
  total: number;
  /** The scorer's --show lines: what was missed or not expected. */
  problems: string[];
}

export function score(expectFile: string, document: Document): Score {
  const dir = mkdtempSync(path.join(tmpdir(), 'seslip-score-'));
  const out = path.join(dir, 'out.json');
  writeFileSync(out, JSON.stringify(document));
  const text = execFileSync(process.execPath, [SCORER, expectFile, out, '--show'], { encoding: 'utf8' });
  const entities: Record<string, EntityScore> = {};
  const problems: string[] = [];
  let total = NaN;
  for (const line of text.split('\n')) {
    const row = /^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+[\d.]+\s+(\d+)\/(\d+)$/.exec(line);
    if (row) {
      entities[row[1]!] = {
        expected: Number(row[2]),
        found: Number(row[3]),
        matched: Number(row[4]),
        precision: Number(row[5]),
        recall: Number(row[6]),
        fields: [Number(row[7]), Number(row[8])],
      };
    } else if (line.startsWith('score ')) {
      total = Number(line.slice(6));
    } else if (/^\w+: /.test(line)) {
      problems.push(line);
    }
  }
  return { entities, total, problems };
}
