// Stage 2, for a mail saved in its raw transfer encoding (quoted-printable): every long
// line broken at 76 columns with "=" at its end (a soft break, often mid-word), each byte
// of a non-ASCII character written "=XX" ("=E2=80=99" for ’), a space at a line end as
// "=20". The text is read as the mail showed it; each line keeps the number of its first
// source line, as the unwrapper's joined lines do.
import type { SourceLine } from './model.js';
import { decodeWindows1252 } from './decode.js';
import { normaliseLine } from './normalise.js';

const LINE_BREAK = /\r\n|\r|\n/;
const SOFT_BREAK = /=[ \t]*$/;
const ESCAPES = /(?:=[0-9A-F]{2})+/g;
// The escapes that stand for what plain text never writes so: a UTF-8 lead and
// continuation byte, a space before a line end, an "=" sign.
const TELLING_ESCAPE = /=[C-F][0-9A-F]=[89AB][0-9A-F]|=20$|=3D/;
/** Fewer soft breaks than this are an "=" that ends a line of text. */
const MIN_SOFT_BREAKS = 3;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Soft breaks and at least one escape only quoted-printable writes. */
export function isQuotedPrintable(raw: string[]): boolean {
  let soft = 0;
  let telling = false;
  for (const line of raw) {
    if (SOFT_BREAK.test(line) && line.length <= 78) soft++;
    if (!telling && line.includes('=') && TELLING_ESCAPE.test(line.replace(SOFT_BREAK, ''))) telling = true;
  }
  return soft >= MIN_SOFT_BREAKS && telling;
}

/** Bytes as the characters a declared charset spells; with none, UTF-8, else Windows-1252. */
export function decodeCharset(bytes: Uint8Array, charset?: string): string {
  // Mail that says ISO-8859-1 is written by Windows clients: WHATWG reads the label as Windows-1252 too.
  if (charset && /^(?:iso-?8859-1|latin-?1|(?:windows|cp)-?1252|us-ascii)$/i.test(charset)) return decodeWindows1252(bytes);
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset, { fatal: true }).decode(bytes);
    } catch {
      // An unknown label or bytes it cannot spell: read as if undeclared.
    }
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** A run of "=XX" escapes as the characters its bytes spell in the charset. */
const decodeRun = (run: string, charset?: string): string =>
  decodeCharset(Uint8Array.from(run.slice(1).split('='), (hex) => parseInt(hex, 16)), charset);

/**
 * The lines of a quoted-printable text with soft breaks joined and escapes decoded, and
 * how many breaks and escape runs were undone; null for a text that is not one.
 */
export function quotedPrintableLines(text: string): { lines: SourceLine[]; count: number } | null {
  if (!text.includes('=')) return null;
  const raw = text.split(LINE_BREAK);
  return isQuotedPrintable(raw) ? decodeQuotedPrintable(raw) : null;
}

/**
 * Lines known to be quoted-printable (a MIME part that says so) decoded in their
 * charset: soft breaks joined, escapes decoded, with how many of each there were.
 */
export function decodeQuotedPrintable(raw: string[], charset?: string): { lines: SourceLine[]; count: number } {
  const lines: SourceLine[] = [];
  let count = 0;
  let joined = '';
  let first = -1;
  raw.forEach((line, i) => {
    if (first < 0) first = i;
    if (SOFT_BREAK.test(line)) {
      joined += line.replace(SOFT_BREAK, '');
      count++;
      return;
    }
    const decoded = (joined + line).replace(ESCAPES, (run) => {
      count++;
      return decodeRun(run, charset);
    });
    lines.push({ text: normaliseLine(decoded), line: first + 1 });
    joined = '';
    first = -1;
  });
  if (first >= 0) lines.push({ text: normaliseLine(joined), line: first + 1 });
  return { lines, count };
}
