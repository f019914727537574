// Tables as antiword (and a word processor's plain text) draws them: each row one line, a
// bar before every cell and after the last ("|Date   |Meeting   |Venue   |"), each cell
// padded to its column's width (normalise has collapsed the padding) or overrunning it.
// Each row is read as one line of its cells, joined by " | " as a pipe table's are. A box
// of two cells whose first is an entry's label ("|ACTION REQUIRED |Places are limited …|",
// a Word template's way of setting the action apart) reads as that label and its text.
import type { SourceLine } from '../model.js';
import { type LabelKind, labelText } from './labels.js';

const KINDS: LabelKind[] = ['programme', 'update', 'action'];
/** What may close a label in its cell: a colon or a dash. */
const LABEL_END = /\s*[:–—-]$/;

/** A row drawn with bars: one at each end, two cells at least, one of them with a word or figure. */
function borderedCells(text: string): string[] | null {
  if (text.length < 5 || text.charCodeAt(0) !== 124 || text.charCodeAt(text.length - 1) !== 124) return null;
  const cells = text.slice(1, -1).split('|').map((cell) => cell.trim());
  return cells.length >= 2 && cells.some((cell) => /[\p{L}\p{N}]/u.test(cell)) ? cells : null;
}

/** The label a cell holds alone ("ACTION REQUIRED", "Update:"), without its colon or dash; null for other text. */
function labelCell(cell: string): string | null {
  const label = cell.replace(LABEL_END, '');
  return KINDS.some((kind) => labelText(kind, `${label}:`) === '') ? label : null;
}

/** The lines with each bordered row as one line of its cells, and a label's box as the label and its text. */
export function borderedRows(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.text.startsWith('|'))) return lines;
  return lines.map((l) => {
    const cells = l.cells ? null : borderedCells(l.text);
    if (!cells) return l;
    const label = cells.length === 2 && cells[1] ? labelCell(cells[0]!) : null;
    return { text: label === null ? cells.join(' | ').trim() : `${label}: ${cells[1]}`, line: l.line, cells };
  });
}
