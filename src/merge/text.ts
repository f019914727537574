// Text features the merge compares: shingles of folded text as sorted, distinct 32-bit
// hashes. Sorted arrays make overlap a linear merge and cost far less memory than Sets.

/** FNV-1a over UTF-16 code units: a fast, stable 32-bit hash for shingles. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A set of shingle hashes: ascending, no repeats. */
export type Shingles = Uint32Array;

/** Sorts `hashes` in place and returns its distinct values. */
function distinctSorted(hashes: Uint32Array): Shingles {
  hashes.sort();
  let n = 0;
  for (let i = 0; i < hashes.length; i++) if (n === 0 || hashes[i] !== hashes[n - 1]) hashes[n++] = hashes[i] as number;
  return hashes.subarray(0, n);
}

/** Character trigrams of folded text: tolerant of typos in short strings such as titles. */
export function trigrams(folded: string): Shingles {
  const s = ` ${folded} `;
  const out = new Uint32Array(Math.max(0, s.length - 2));
  for (let i = 0; i + 3 <= s.length; i++) out[i] = hash32(s.slice(i, i + 3));
  return distinctSorted(out);
}

// Bigrams of two function words ("of the", "will be") occur in almost every text and
// would make unrelated bodies look alike, so they are left out.
const FUNCTION_WORDS = new Set(
  'a an and are as at be been by for from has have in is it its of on or that the their this to was we were will with you your'.split(' '),
);

/** Distinct words of folded text other than function words: the blocking key set of a title. */
export function contentWords(folded: string): Shingles {
  const w = folded === '' ? [] : folded.split(' ');
  return distinctSorted(Uint32Array.from(w.filter((x) => !FUNCTION_WORDS.has(x)), hash32));
}

/**
 * Word bigrams (the word itself for one-word texts) of folded text. A bigram's hash is
 * combined from its words' hashes, order-sensitively, instead of hashing a new string.
 */
export function wordShingles(folded: string): Shingles {
  const w = folded === '' ? [] : folded.split(' ');
  if (w.length === 1) return Uint32Array.of(hash32(w[0] as string));
  const h = w.map(hash32);
  const out = new Uint32Array(Math.max(0, w.length - 1));
  let n = 0;
  for (let i = 0; i + 1 < w.length; i++) {
    if (FUNCTION_WORDS.has(w[i] as string) && FUNCTION_WORDS.has(w[i + 1] as string)) continue;
    out[n++] = (Math.imul((h[i] as number) ^ 0x5bd1e995, 0x01000193) ^ (h[i + 1] as number)) >>> 0;
  }
  return distinctSorted(out.subarray(0, n));
}

/** How many elements two shingle sets have in common. */
export function sharedCount(a: Shingles, b: Shingles): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

export function jaccard(a: Shingles, b: Shingles): number {
  if (a.length === 0 && b.length === 0) return 1;
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared);
}
