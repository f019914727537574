// Locality-sensitive blocking: MinHash signatures cut into bands; two sets
// land in a common bucket with probability 1 - (1 - J^ROWS)^BANDS for Jaccard J. With
// 8 bands of 4 rows: J 0.9 → 1.00, 0.8 → 0.97, 0.7 → 0.89, 0.5 → 0.40, 0.2 → 0.013,
// 0.1 → 0.0008. Four rows keep unrelated texts that share common words ("the", "of the")
// out of each other's buckets; more bands keep recall for edited texts.
import type { Shingles } from './text.js';

const BANDS = 8;
const ROWS = 4;
const BINS = BANDS * ROWS;

/** murmur3's 32-bit finaliser: spreads FNV hashes over the whole range. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Odd multipliers and salts of the BINS hash functions. */
const MULTIPLIERS = Int32Array.from({ length: BINS }, (_, k) => mix(k * 2 + 1) | 1);
const SALTS = Int32Array.from({ length: BINS }, (_, k) => mix(Math.imul(k + 1, 0x9e3779b9)));

/** The signature being built and its set's mixed elements, reused: one is built per title and per body. */
const sig = new Int32Array(BINS);
let mixed = new Int32Array(256);

/**
 * Classic MinHash: per hash function, the minimum over the set. Each element is mixed
 * once; the functions are cheap salted multiply-xorshifts of that. (One-permutation
 * hashing would be cheaper still, but titles have fewer elements than bins and its
 * filled-in bins then hang on one element, which made unrelated titles share buckets.)
 */
function signature(set: Shingles): Int32Array {
  if (mixed.length < set.length) mixed = new Int32Array(2 * set.length);
  for (let e = 0; e < set.length; e++) mixed[e] = mix(set[e] as number);
  for (let k = 0; k < BINS; k++) {
    const salt = SALTS[k] as number;
    const multiplier = MULTIPLIERS[k] as number;
    // The minimum is kept with the top bit flipped, as int32: a signed compare is then
    // the unsigned order of the hash.
    let min = 0x7fffffff;
    for (let e = 0; e < set.length; e++) {
      const v = Math.imul((mixed[e] as number) ^ salt, multiplier);
      const flipped = v ^ (v >>> 15) ^ 0x80000000;
      if (flipped < min) min = flipped;
    }
    sig[k] = min;
  }
  return sig;
}

/**
 * Bucket keys of a set; `space` keeps keys of different feature kinds apart. Keys are
 * 30-bit so that V8 stores them unboxed in the index's Map; a chance collision only adds
 * a candidate, which verification then rejects.
 */
export function bandKeys(set: Shingles, space: number): number[] {
  const sig = signature(set);
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = mix(Math.imul(space * BANDS + band + 1, 0x9e3779b9));
    for (let r = 0; r < ROWS; r++) h = mix(h ^ (sig[band * ROWS + r] as number) ^ 0x80000000);
    keys.push(h & 0x3fffffff);
  }
  return keys;
}

/** Buckets of cluster indices; a lookup reads only the newest `scan` entries of each. */
export class BucketIndex<K> {
  private readonly buckets = new Map<K, number[]>();

  constructor(private readonly scan: number) {}

  add(key: K, cluster: number): void {
    const bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, [cluster]);
    else if (bucket[bucket.length - 1] !== cluster) bucket.push(cluster);
  }

  /** Visits clusters newest first; stops early when `visit` returns false. */
  forRecent(key: K, visit: (cluster: number) => boolean): void {
    const bucket = this.buckets.get(key);
    if (!bucket) return;
    for (let k = bucket.length - 1; k >= Math.max(0, bucket.length - this.scan); k--) if (!visit(bucket[k] as number)) return;
  }
}
