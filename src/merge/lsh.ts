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

/** The set's mixed elements and the signature being built, reused: one is built per title and per body. */
let mixed = new Int32Array(256);
const sig = new Int32Array(BINS);

/** The k-th hash of a mixed element, given the k-th salt and multiplier. */
function hash(x: number, salt: number, multiplier: number): number {
  const v = Math.imul(x ^ salt, multiplier);
  return v ^ (v >>> 15) ^ 0x80000000;
}

/**
 * Classic MinHash: per hash function, the minimum over the set, kept with the top bit
 * flipped as int32 (a signed compare is then the unsigned order of the hash). Each
 * element is mixed once; the functions are cheap salted multiply-xorshifts of that, four
 * at a time, their salts and multipliers in locals, so that each pass over the set keeps
 * four minimums in registers. (One-permutation hashing would be cheaper still, but
 * titles have fewer elements than bins and its filled-in bins then hang on one element,
 * which made unrelated titles share buckets.)
 */
function signature(set: Shingles): Int32Array {
  const n = set.length;
  if (mixed.length < n) mixed = new Int32Array(2 * n);
  const elements = mixed;
  for (let e = 0; e < n; e++) elements[e] = mix(set[e] as number);
  for (let k = 0; k < BINS; k += 4) {
    const [s0, s1, s2, s3] = [SALTS[k] as number, SALTS[k + 1] as number, SALTS[k + 2] as number, SALTS[k + 3] as number];
    const [m0, m1, m2, m3] = [MULTIPLIERS[k] as number, MULTIPLIERS[k + 1] as number, MULTIPLIERS[k + 2] as number, MULTIPLIERS[k + 3] as number];
    let min0 = 0x7fffffff;
    let min1 = 0x7fffffff;
    let min2 = 0x7fffffff;
    let min3 = 0x7fffffff;
    for (let e = 0; e < n; e++) {
      const x = elements[e] as number;
      const h0 = hash(x, s0, m0);
      const h1 = hash(x, s1, m1);
      const h2 = hash(x, s2, m2);
      const h3 = hash(x, s3, m3);
      if (h0 < min0) min0 = h0;
      if (h1 < min1) min1 = h1;
      if (h2 < min2) min2 = h2;
      if (h3 < min3) min3 = h3;
    }
    sig[k] = min0;
    sig[k + 1] = min1;
    sig[k + 2] = min2;
    sig[k + 3] = min3;
  }
  return sig;
}

/**
 * Bucket keys of a set; `space` keeps keys of different feature kinds apart. Keys are
 * 30-bit, small integers to V8; a chance collision only adds a candidate, which
 * verification then rejects.
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

/**
 * Buckets of cluster indices by key (a non-negative int32), each keeping only the newest
 * `size` clusters added to it. Everything lives in typed arrays: an archive has tens of
 * thousands of buckets, which as arrays in a Map would be work for the garbage collector.
 */
export class BucketIndex {
  /** Open addressing: per slot, its key + 1 (0 when empty) and its bucket. */
  private keys = new Int32Array(1 << 12);
  private buckets = new Int32Array(1 << 12);
  private count = 0;
  /** Per bucket, how many clusters were added, then a ring of the last `size`. */
  private rings: Int32Array;

  constructor(private readonly size: number) {
    this.rings = new Int32Array(256 * (size + 1));
  }

  private slot(key: number): number {
    const mask = this.keys.length - 1;
    const h = Math.imul(key, 0x9e3779b1);
    let slot = (h ^ (h >>> 15)) & mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key + 1) slot = (slot + 1) & mask;
    return slot;
  }

  /** The bucket of a key, or -1 when it has none. */
  find(key: number): number {
    const slot = this.slot(key);
    return this.keys[slot] === 0 ? -1 : (this.buckets[slot] as number);
  }

  /** How many clusters a bucket holds. */
  length(bucket: number): number {
    return Math.min(this.rings[bucket * (this.size + 1)] as number, this.size);
  }

  /** The k-th newest cluster of a bucket, from 0. */
  newest(bucket: number, k: number): number {
    const at = bucket * (this.size + 1);
    return this.rings[at + 1 + (((this.rings[at] as number) - 1 - k) % this.size)] as number;
  }

  add(key: number, cluster: number): void {
    let slot = this.slot(key);
    let bucket: number;
    if (this.keys[slot] === 0) {
      if (2 * (this.count + 1) > this.keys.length) {
        this.rehash();
        slot = this.slot(key);
      }
      bucket = this.count++;
      this.keys[slot] = key + 1;
      this.buckets[slot] = bucket;
      const needed = this.count * (this.size + 1);
      if (this.rings.length < needed) {
        const rings = new Int32Array(2 * needed);
        rings.set(this.rings);
        this.rings = rings;
      }
    } else {
      bucket = this.buckets[slot] as number;
      if (this.newest(bucket, 0) === cluster) return;
    }
    const at = bucket * (this.size + 1);
    const added = this.rings[at] as number;
    this.rings[at + 1 + (added % this.size)] = cluster;
    this.rings[at] = added + 1;
  }

  private rehash(): void {
    const { keys, buckets } = this;
    this.keys = new Int32Array(2 * keys.length);
    this.buckets = new Int32Array(2 * keys.length);
    for (let old = 0; old < keys.length; old++) {
      if (keys[old] === 0) continue;
      const slot = this.slot((keys[old] as number) - 1);
      this.keys[slot] = keys[old] as number;
      this.buckets[slot] = buckets[old] as number;
    }
  }
}
