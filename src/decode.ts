// Stage 1: bytes to text. Scrapes arrive as UTF-8 (with or without BOM), UTF-16, or
// Windows-1252 from old exports; some went through a wrong decode once already and carry
// mojibake ("â€™" for "’"). Anything that is not text at all is refused here.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** What decoding had to repair, as warning codes with a count. */
  repairs: Array<{ code: 'nul-bytes' | 'mojibake-repaired'; count: number }>;
}

/** Input that cannot be read as a bulletin; the message is one line for stderr. */
export class InputError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'InputError';
  }
}

const MAGIC: Array<[string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a gzip archive', [0x1f, 0x8b]],
];

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

/** Which byte positions (even/odd) hold NULs in the first few KB: UTF-16 without a BOM. */
function sniffUtf16(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  // Text with no NUL in the sample at all (nearly every file) needs no count.
  if (n < 8 || bytes.subarray(0, n).indexOf(0) === -1) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function countNul(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) count++;
  return count;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. Node's TextDecoder treats the
// label as Latin-1, so the 27 characters there are spelled out.
const CP1252_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk);
  }
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? c);
}

// The way back from mojibake (UTF-8 bytes once decoded as Windows-1252): each such
// character's Windows-1252 byte. The five bytes Windows-1252 leaves undefined come through
// such a decode as the C1 control of the same value ("”" is E2 80 9D: "â€" + U+009D).
const CP1252_BYTE = (() => {
  const table = new Map<string, number>();
  for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) table.set(String.fromCharCode(b), b);
  for (let b = 0xa0; b <= 0xff; b++) table.set(String.fromCharCode(b), b);
  for (const [byte, ch] of Object.entries(CP1252_HIGH)) table.set(ch, Number(byte));
  return table;
})();

// A UTF-8 lead byte seen as Windows-1252 (Â-ô) followed by continuation bytes seen the same way.
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{1,3}/g;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Mojibake undone, pass after pass while a pass repairs anything: text mis-decoded twice
 * ("Ã¢â‚¬â„¢" for "’") comes back to once ("â€™") from the first pass and whole from the
 * second. Each pass shortens what it repairs, so the passes end. The count is of runs
 * repaired in all passes.
 */
function repairMojibake(text: string): { text: string; count: number } {
  const repaired = { text, count: 0 };
  for (let pass = repairPass(text); pass.count > 0; pass = repairPass(pass.text)) {
    repaired.text = pass.text;
    repaired.count += pass.count;
  }
  return repaired;
}

function repairPass(text: string): { text: string; count: number } {
  let count = 0;
  const repaired = text.replace(MOJIBAKE, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const b = CP1252_BYTE.get(ch);
      if (b === undefined) return run;
      bytes.push(b);
    }
    try {
      const fixed = strictUtf8.decode(Uint8Array.from(bytes));
      count++;
      return fixed;
    } catch {
      return run;
    }
  });
  return { text: repaired, count };
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new InputError('the file is empty');
  for (const [what, magic] of MAGIC) {
    if (startsWith(bytes, magic)) throw new InputError(`this is ${what}, not text`);
  }

  let encoding: Encoding;
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) [encoding, body] = ['utf-8', bytes.subarray(3)];
  else if (startsWith(bytes, [0xff, 0xfe])) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (startsWith(bytes, [0xfe, 0xff])) [encoding, body] = ['utf-16be', bytes.subarray(2)];
  else encoding = sniffUtf16(bytes) ?? 'utf-8';

  const repairs: Decoded['repairs'] = [];
  let text: string;
  if (encoding === 'utf-8') {
    const nul = countNul(body);
    // A few stray NULs are damage; many mean a binary file.
    if (nul > Math.max(8, body.length / 100)) throw new InputError('binary data (NUL bytes), not text');
    if (nul > 0) {
      body = body.filter((b) => b !== 0);
      repairs.push({ code: 'nul-bytes', count: nul });
    }
    try {
      text = strictUtf8.decode(body);
    } catch {
      encoding = 'windows-1252';
      text = decodeWindows1252(body);
    }
  } else {
    text = new TextDecoder(encoding).decode(body);
  }

  // Every mojibake run opens with one of Â-ô, which UTF-8 spells C3 xx: valid UTF-8
  // without a C3 byte has none, and the scan for it is spared.
  const mojibake = encoding === 'utf-8' && !body.includes(0xc3) ? { text, count: 0 } : repairMojibake(text);
  if (mojibake.count > 0) {
    text = mojibake.text;
    repairs.push({ code: 'mojibake-repaired', count: mojibake.count });
  }
  if (text.trim() === '') throw new InputError('the file holds only white space');
  return { text, encoding, repairs };
}
