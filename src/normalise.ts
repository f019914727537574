// Stage 2: text to lines. Every transformation here keeps one output line per source
// line, so a line's index + 1 is its line number in the original file.
import type { SourceLine } from './model.js';

const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;
// Zero-width and formatting characters scrapes carry over from HTML.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// C0/C1 controls other than newline; left in place they break CSV and terminals.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

// Anything normaliseLine would change: odd spaces, invisible or control characters,
// doubled or edge spaces, combining marks (NFC). Most lines have none of it.
const NEEDS_WORK = /[\u0000-\u001f\u007f-\u00ad\u0300-\u036f\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]| {2}|^ | $/;

export function normaliseLine(raw: string): string {
  if (!NEEDS_WORK.test(raw) && raw.normalize('NFC') === raw) return raw;
  return raw
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(SPACES, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .normalize('NFC');
}

const LINE_BREAK = /\r\n|\r|\n/;

/** The lines of a text, each as normaliseLine leaves it. */
export function toLines(text: string): SourceLine[] {
  const raw = text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n');
  // Line breaks compose with nothing, so a text in NFC has every line in NFC: one check
  // of the whole text spares one per line.
  const nfc = text.normalize('NFC') === text;
  const lines: SourceLine[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    lines[i] = { text: nfc && (line === '' || !NEEDS_WORK.test(line)) ? line : normaliseLine(line), line: i + 1 };
  }
  return lines;
}
