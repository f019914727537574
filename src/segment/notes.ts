// The notes a word processor's plain-text export writes after the document: Google Docs'
// comments ("[a]Is the room booked?") and footnotes ("[1] The guidance …"), pandoc's
// footnotes (a note's further lines under it). Each is anchored in the text by its marker,
// glued to the word or stop before it ("meeting[a]", "in 2023.[1]"). The notes are no part
// of the bulletin (a comment's name and phone are no contact, its day no deadline), and a
// marker is no part of the title or sentence it stands in.
import type { SourceLine } from '../model.js';

/** A note's opening: its marker at the start of the line. */
const NOTE = /^\[([a-z]{1,2}|\d{1,3})\]/;
/** A marker in the text, glued to what it annotates. */
const MARKER = /(?<=\S)\[([a-z]{1,2}|\d{1,3})\]/g;

/**
 * Where the notes at the end of the lines start: the last paragraphs, each opened by a
 * note (a paragraph may also end in a run of notes, one per line, as Google Docs writes its
 * comments), when every note's marker stands in the text above. -1 for none.
 */
export function notesStart(lines: SourceLine[]): number {
  let start = -1;
  let k = lines.length - 1;
  for (;;) {
    while (k >= 0 && lines[k]!.text === '') k--;
    if (k < 0) break;
    let top = k;
    while (top > 0 && lines[top - 1]!.text !== '') top--;
    if (!NOTE.test(lines[top]!.text)) {
      let run = k + 1;
      while (run > top && NOTE.test(lines[run - 1]!.text)) run--;
      if (run <= k) start = run;
      break;
    }
    start = top;
    k = top - 1;
  }
  if (start < 0) return -1;
  const labels = lines.slice(start).flatMap((l) => NOTE.exec(l.text)?.[1] ?? []);
  const marked = new Set(lines.slice(0, start).flatMap((l) => (l.text.includes('[') ? [...l.text.matchAll(MARKER)].map((m) => m[1]!) : [])));
  return labels.every((label) => marked.has(label)) ? start : -1;
}

/** The lines above the notes starting at `start`, without the markers those notes answer. */
export function withoutNotes(lines: SourceLine[], start: number): SourceLine[] {
  const labels = new Set(lines.slice(start).flatMap((l) => NOTE.exec(l.text)?.[1] ?? []));
  const unmarked = (text: string): string => (text.includes('[') ? text.replace(MARKER, (marker, label: string) => (labels.has(label) ? '' : marker)) : text);
  return lines.slice(0, start).map((l) => {
    const text = unmarked(l.text);
    return text === l.text ? l : { ...l, text, ...(l.cells && { cells: l.cells.map(unmarked) }) };
  });
}
