import * as crypto from 'node:crypto';

/** SHA-1 in hex: the one-shot crypto.hash (Node 20.12+) costs a third of a Hash object. */
const sha1Hex: (data: string) => string =
  crypto.hash === undefined // before Node 20.12
    ? (data) => crypto.createHash('sha1').update(data).digest('hex')
    : (data) => crypto.hash('sha1', data, 'hex');

/**
 * A short id that depends only on its parts, so the same thing gets the same id on
 * every run and in any input order.
 */
export function stableId(prefix: string, ...parts: ReadonlyArray<string | number | null>): string {
  let data = '';
  for (const part of parts) data += `${part ?? '\u0000'}\u0001`;
  return `${prefix}-${sha1Hex(data).slice(0, 12)}`;
}

/** The definition of `fold`; the fast path below must agree with it on every string. */
export function foldUnicode(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * What `foldUnicode` makes of one non-ASCII UTF-16 unit standing among ASCII text: its
 * decomposition less marks, lower-cased, when that is ASCII (é → "e", ﬁ → "fi", a mark
 * → ""); " " when it holds no letter or digit (’ – •); null when it yields a non-ASCII
 * letter or digit, or is half a surrogate pair. Decomposition and lower-casing are
 * per character here: reordering only moves marks, which are dropped, and the one
 * context-dependent lower-casing (final sigma) yields a non-ASCII letter.
 */
function asciiFold(unit: number): string | null {
  if (unit >= 0xd800 && unit <= 0xdfff) return null;
  const folded = String.fromCharCode(unit).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (/^[\x00-\x7f]*$/.test(folded)) return folded;
  return /[\p{L}\p{N}]/u.test(folded) ? null : ' ';
}

const asciiFolds = new Map<number, string | null>();
/** Output buffer of the fast path, reused: fold runs on every title and body of an archive. */
let out = Buffer.allocUnsafe(1 << 14);

const isAlnum = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * Case-, accent- and punctuation-folded text for comparing titles and names: words of
 * lower-case letters and digits separated by single spaces. Same result as
 * `foldUnicode`, by one pass over the text that writes ASCII, which covers all but
 * non-Latin scripts; those take `foldUnicode`.
 */
export function fold(text: string): string {
  // Each ASCII unit writes at most a space and itself; longer replacements grow the buffer.
  if (out.length < text.length * 2) out = Buffer.allocUnsafe(text.length * 2);
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const lower = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
      if (isAlnum(lower)) {
        if (gap) out[n++] = 0x20;
        out[n++] = lower;
        gap = false;
      } else gap = n > 0;
      continue;
    }
    let replacement = asciiFolds.get(c);
    if (replacement === undefined) {
      replacement = asciiFold(c);
      asciiFolds.set(c, replacement);
    }
    if (replacement === null) return foldUnicode(text);
    const need = n + 2 * (replacement.length + text.length - i);
    if (out.length < need) {
      const grown = Buffer.allocUnsafe(2 * need);
      out.copy(grown, 0, 0, n);
      out = grown;
    }
    for (let k = 0; k < replacement.length; k++) {
      const r = replacement.charCodeAt(k);
      if (isAlnum(r)) {
        if (gap) out[n++] = 0x20;
        out[n++] = r;
        gap = false;
      } else gap = n > 0;
    }
  }
  return out.toString('latin1', 0, n);
}
