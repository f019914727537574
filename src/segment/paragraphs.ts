import type { SourceLine } from '../model.js';

/** Lines between blank lines, with how many blank lines stand before and after. */
export interface Paragraph {
  lines: SourceLine[];
  gapBefore: number;
  gapAfter: number;
}

export function toParagraphs(lines: SourceLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let gap = 0;
  let current: Paragraph | null = null;
  for (const line of lines) {
    if (line.text === '') {
      gap++;
      continue;
    }
    if (current && gap === 0) {
      current.lines.push(line);
      continue;
    }
    if (current) current.gapAfter = gap;
    current = { lines: [line], gapBefore: paragraphs.length === 0 ? Infinity : gap, gapAfter: 0 };
    paragraphs.push(current);
    gap = 0;
  }
  if (current) current.gapAfter = Infinity;
  return paragraphs;
}
