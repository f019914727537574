// Text features the merge compares: shingles of folded text as sorted, distinct 32-bit
// hashes. Sorted arrays make overlap a linear merge and cost far less memory than Sets.

// As an int32: the hashes are int32 arithmetic, and a start above 2^31 would make each
// hash loop's variable a double, converted at every step.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: a fast, stable 32-bit hash for shingles. */
function hash32(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** A set of shingle hashes: ascending, no repeats. */
export type Shingles = Uint32Array;

/** Shingle hashes being collected, reused: every title and body of an archive is shingled. */
let scratch = new Uint32Array(256);

/** Room for `n` hashes in scratch. */
function scratchOf(n: number): Uint32Array {
  if (scratch.length < n) scratch = new Uint32Array(2 * n);
  return scratch;
}

/**
 * Sets are views into shared slabs: a typed array of its own would allocate a buffer
 * off the heap for every title and body of an archive, costing more than its shingling.
 * A slab lives as long as any set in it, 256 kB at most.
 */
const SLAB = 1 << 16;
let slab = new Uint32Array(SLAB);
let slabUsed = 0;

/** The distinct values of scratch[0, n), ascending, in a set of their own. */
function distinctSorted(n: number): Shingles {
  scratch.subarray(0, n).sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) if (distinct === 0 || scratch[i] !== scratch[distinct - 1]) scratch[distinct++] = scratch[i] as number;
  if (slabUsed + distinct > slab.length) {
    slab = new Uint32Array(Math.max(SLAB, distinct));
    slabUsed = 0;
  }
  const set = slab.subarray(slabUsed, slabUsed + distinct);
  for (let i = 0; i < distinct; i++) set[i] = scratch[i] as number;
  slabUsed += distinct;
  return set;
}

/** Character trigrams of folded text: tolerant of typos in short strings such as titles. */
export function trigrams(folded: string): Shingles {
  // The trigrams of ` ${folded} `, hashed from a sliding window of its units.
  const out = scratchOf(folded.length);
  let c0 = 0x20;
  let c1 = folded.length > 0 ? folded.charCodeAt(0) : 0x20;
  for (let i = 0; i < folded.length; i++) {
    const c2 = i + 1 < folded.length ? folded.charCodeAt(i + 1) : 0x20;
    out[i] = Math.imul(Math.imul(Math.imul(FNV_OFFSET ^ c0, FNV_PRIME) ^ c1, FNV_PRIME) ^ c2, FNV_PRIME) >>> 0;
    c0 = c1;
    c1 = c2;
  }
  return distinctSorted(folded.length);
}

// Bigrams of two function words ("of the", "will be") occur in almost every text and
// would make unrelated bodies look alike, so they are left out.
const FUNCTION_WORDS = 'a an and are as at be been by for from has have in is it its of on or that the their this to was we were will with you your'.split(' ');
/** Function words by their hash's low 30 bits (a small integer to V8): a word found here is then compared in full. */
const FUNCTION_BY_HASH = new Map(FUNCTION_WORDS.map((w) => [hash32(w) & 0x3fffffff, w]));
const FUNCTION_WORD_MAX = Math.max(...FUNCTION_WORDS.map((w) => w.length));

// Per word of the text last scanned: its hash and whether it is a function word. Reused
// across calls, since every title and body of an archive is scanned.
let wordHashes = new Uint32Array(256);
let functionWord = new Uint8Array(256);

/**
 * Fills wordHashes and functionWord for the words of `folded`, split at every space as
 * `split(' ')` would (folded text has no other separator), and returns their count.
 */
function scanWords(folded: string): number {
  if (folded === '') return 0;
  if (wordHashes.length <= folded.length) {
    wordHashes = new Uint32Array(2 * folded.length + 1);
    functionWord = new Uint8Array(2 * folded.length + 1);
  }
  let n = 0;
  let start = 0;
  let h = FNV_OFFSET;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0x20;
    if (c !== 0x20) {
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    wordHashes[n] = h;
    functionWord[n] = 0;
    if (i - start <= FUNCTION_WORD_MAX) {
      const candidate = FUNCTION_BY_HASH.get(h & 0x3fffffff);
      if (candidate !== undefined && candidate.length === i - start && folded.startsWith(candidate, start)) functionWord[n] = 1;
    }
    n++;
    start = i + 1;
    h = FNV_OFFSET;
  }
  return n;
}

/** Distinct words of folded text other than function words: the blocking key set of a title. */
export function contentWords(folded: string): Shingles {
  const words = scanWords(folded);
  const out = scratchOf(words);
  let n = 0;
  for (let i = 0; i < words; i++) if (functionWord[i] === 0) out[n++] = wordHashes[i] as number;
  return distinctSorted(n);
}

/**
 * Word bigrams (the word itself for one-word texts) of folded text. A bigram's hash is
 * combined from its words' hashes, order-sensitively, instead of hashing a new string.
 */
export function wordShingles(folded: string): Shingles {
  const words = scanWords(folded);
  if (words === 1) return Uint32Array.of(wordHashes[0] as number);
  const out = scratchOf(words);
  let n = 0;
  for (let i = 0; i + 1 < words; i++) {
    if (functionWord[i] === 1 && functionWord[i + 1] === 1) continue;
    out[n++] = (Math.imul((wordHashes[i] as number) ^ 0x5bd1e995, FNV_PRIME) ^ (wordHashes[i + 1] as number)) >>> 0;
  }
  return distinctSorted(n);
}

/**
 * How many elements two shingle sets have in common; any number below `needed` once
 * that many can no longer be reached. Branch-free steps: on unrelated sets which side
 * advances is a coin toss, and mispredicted branches cost twice the merge.
 */
export function sharedCount(a: Shingles, b: Shingles, needed = 0): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) break;
    const x = a[i] as number;
    const y = b[j] as number;
    const stepA = +(x <= y);
    const stepB = +(y <= x);
    shared += stepA & stepB;
    i += stepA;
    j += stepB;
  }
  return shared;
}

export function jaccard(a: Shingles, b: Shingles): number {
  if (a.length === 0 && b.length === 0) return 1;
  const shared = sharedCount(a, b);
  return shared / (a.length + b.length - shared);
}

/** A similarity of two sets of sizes `a` and `b` from how many elements they share. */
export type SetScore = (shared: number, a: number, b: number) => number;

/**
 * The shared count of two sets when `score` of it (non-decreasing in the count) reaches
 * `needed`, else -1. The fewest shared elements that would reach it are found first, by
 * bisection over `score` itself, and counting stops once they are out of reach. `score`
 * is a plain function of the sizes, not a closure over them: this runs for every
 * candidate pair.
 */
export function sharedReaching(a: Shingles, b: Shingles, score: SetScore, needed: number): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  if (score(high, a.length, b.length) < needed) return -1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (score(mid, a.length, b.length) >= needed) high = mid;
    else low = mid + 1;
  }
  const shared = sharedCount(a, b, low);
  return shared >= low ? shared : -1;
}

const jaccardScore: SetScore = (shared, a, b) => shared / (a + b - shared);

/** Whether jaccard(a, b) >= needed, without counting further than that can still hold. */
export function jaccardAtLeast(a: Shingles, b: Shingles, needed: number): boolean {
  if (a.length === 0 && b.length === 0) return 1 >= needed;
  return sharedReaching(a, b, jaccardScore, needed) >= 0;
}
