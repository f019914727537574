// Word's outline numbering, kept by a converter (antiword, a word processor's plain text):
// the page's section headings numbered ("1. New this week", "2. Reminders from previous
// weeks", "3. Tools & Templates") and the entries under each numbered within it ("1.1
// Title", "1.2 Title", "2.1 Title"). The numbers are the document's, not the words of a
// heading or title: taken off, so the headings open their sections and the titles read as
// written; a numbered entry's line is marked as its title (SourceLine.outlined). Only numbering that reads as an outline is taken: two section headings at
// least, numbered counting up; under each, lines numbered with its number, counting up
// from 1. A numbered list in an entry ("1. a short set of measures") names no section and
// "1.5 million children" follows no "1.4": both are left alone.
import type { SourceLine } from '../model.js';
import { markerOf } from './labels.js';

/** A section heading's number: "2. ", "2 ". */
const SECTION = /^(\d{1,2})\.?\s+(?=\D)/;
/** An entry's number within its section: "2.1 ", "2.1. ". */
const ENTRY = /^(\d{1,2})\.(\d{1,2})\.?\s+(?=\D)/;

const opensWithFigure = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/** The lines with their outline numbers taken off, where the headings are numbered as an outline. */
export function withoutOutlineNumbers(lines: SourceLine[]): SourceLine[] {
  /** Each numbered line's index, and the length of its number (negative for an entry's). */
  const numbered = new Map<number, number>();
  let section = 0;
  let next = 1;
  let headings = 0;
  lines.forEach((l, i) => {
    if (!opensWithFigure(l.text)) return;
    const entry = ENTRY.exec(l.text);
    if (entry) {
      if (headings > 0 && Number(entry[1]) === section && Number(entry[2]) === next) {
        numbered.set(i, -entry[0].length);
        next++;
      }
      return;
    }
    const heading = SECTION.exec(l.text);
    if (!heading || (headings > 0 && Number(heading[1]) !== section + 1) || markerOf(l.text.slice(heading[0].length)) === null) return;
    numbered.set(i, heading[0].length);
    section = Number(heading[1]);
    next = 1;
    headings++;
  });
  if (headings < 2) return lines;
  return lines.map((l, i) => {
    const cut = numbered.get(i);
    if (cut === undefined) return l;
    return cut > 0 ? { ...l, text: l.text.slice(cut) } : { ...l, text: l.text.slice(-cut), outlined: true };
  });
}
