// Stage 2: text to lines. Every transformation here keeps one output line per source
// line, numbered as in the original file, except a table's row set over several lines (a
// ruled table's wrapped cells, a table written one cell per line), which becomes one.
// OCR look-alike letters in figures are read as figures here too (src/ocr.ts).
import type { SourceLine } from './model.js';
import { OCR_SUSPECT, repairOcr } from './ocr.js';
import { ruledTables, stackedTables } from './tables.js';

// Characters a line loses or has turned into a plain space:
//  - odd spaces (non-breaking, typographic, tab) become a space;
//  - zero-width and formatting characters scrapes carry over from HTML are dropped;
//  - C0/C1 controls other than newline are dropped: left in place they break CSV and
//    terminals;
// and runs of spaces collapse to one. Done in that order, each run of these characters
// (and plain spaces) becomes one space if it holds a space of any kind, else nothing,
// so one replacement does it all. A single plain space is left alone, unmatched.
const RUN = /[\u0000-\u0009\u000b\u000c\u000e-\u001f \u007f-\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]{2,}|[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u00a0\u00ad\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/g;
const SPACE = /[\t \u00a0\u2000-\u200a\u202f\u205f\u3000]/;

// What text copied out of a PDF carries in place of letters and bullets: ligatures as
// one character ("ﬁnal", "conﬂict"), spelled out as their letters; the private-use code
// points of the Symbol and Wingdings bullets (U+F0B7, U+F0A7), read as the bullets they show.
const PDF_GLYPHS = /[\ufb00-\ufb06\uf0a7\uf0b7]/g;
const PDF_BULLETS: Record<string, string> = { '\uf0b7': '•', '\uf0a7': '▪' };

// A page printed in a box and read back by OCR: the box's left rule comes out as a bar, or
// a lower-case "l", before the line's first word ("| The day will...", "l Action Required:").
// No word is a lone "l" before a capital; a line with another bar is a table row, whose
// first cell the bar opens.
const COLUMN_RULE = /^(?:[|¦│]|l(?= [\p{Lu}\d•]))\s*/u;

// Anything normaliseLine would change: odd spaces, invisible or control characters,
// doubled spaces, white space at either end (of any kind trim() removes), combining
// marks (NFC), PDF glyphs, a column rule at the start. Most lines have none of it.
const NEEDS_WORK = /[\u0000-\u001f\u007f-\u00ad\u0300-\u036f\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\ufb00-\ufb06\uf0a7\uf0b7]| {2}|^\s|\s$|^(?:[|¦│]|l )/;

export function normaliseLine(raw: string): string {
  const text = !NEEDS_WORK.test(raw) && raw.normalize('NFC') === raw ? raw : tidy(raw);
  return OCR_SUSPECT.test(text) ? repairOcr(text) : text;
}

// A soft hyphen at the end of a line marks a word broken there: kept for segment/unwrap to
// join the word back (the line's others are dropped with the invisible characters). A
// converter that prints the hyphen the break showed writes it after the soft one
// ("place\u00ad-" / "ments"): that hyphen is the break's too, no part of the word.
const SOFT_BREAK = /\p{L}\u00ad(-?)[ \t]*$/u;

function tidy(raw: string): string {
  const broken = SOFT_BREAK.exec(raw);
  const text = (broken?.[1] ? raw.slice(0, broken.index + broken[0].indexOf('\u00ad') + 1) : raw)
    .replace(RUN, (run) => (SPACE.test(run) ? ' ' : ''))
    .replace(PDF_GLYPHS, (glyph) => PDF_BULLETS[glyph] ?? glyph.normalize('NFKC'))
    .trim()
    .normalize('NFC');
  const bare = COLUMN_RULE.test(text) && !/[|¦│]/.test(text.slice(1)) ? text.replace(COLUMN_RULE, '') : text;
  return broken ? `${bare}\u00ad` : bare;
}

const LINE_BREAK = /\r\n|\r|\n/;

/** Three cells or more, two of them filled: a row of a table copied as text, one tab between cells. */
function tabCells(raw: string): string[] | null {
  const cells = raw.split('\t').map(normaliseLine);
  return cells.length >= 3 && cells.filter(Boolean).length >= 2 ? cells : null;
}

/**
 * The lines of a text, each as normaliseLine leaves it, with its cells where tabs split it.
 * A row of a ruled table or of a table written one cell per line (src/tables.ts) is one
 * line of its cells, joined by " | " as a pipe table's are, numbered as its first line;
 * its other lines go.
 */
export function toLines(text: string): SourceLine[] {
  const raw = text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
  // Line breaks compose with nothing, so a text in NFC has every line in NFC: one check
  // of the whole text spares one per line.
  const nfc = text.normalize('NFC') === text;
  const ruled = text.includes('--') ? ruledTables(raw) : null;
  const stacked = stackedTables(raw);
  const tables = stacked.size === 0 ? ruled : ruled ? new Map([...ruled, ...stacked]) : stacked;
  const lines: SourceLine[] = [];
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    const row = tables?.get(i);
    if (row === null) continue;
    if (row) {
      const cells = row.map(normaliseLine);
      lines.push({ text: cells.join(' | ').trim(), line: i + 1, cells });
      continue;
    }
    const out: SourceLine = { text: nfc && (line === '' || (!NEEDS_WORK.test(line) && !OCR_SUSPECT.test(line))) ? line : normaliseLine(line), line: i + 1 };
    const cells = line.includes('\t') ? tabCells(line) : null;
    if (cells) out.cells = cells;
    lines.push(out);
  }
  return lines;
}
