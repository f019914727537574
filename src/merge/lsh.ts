// Locality-sensitive blocking: one-permutation MinHash signatures cut into bands; two sets
// land in a common bucket with probability 1 - (1 - J^ROWS)^BANDS for Jaccard J. With
// 6 bands of 3 rows: J 0.9 → 1.00, 0.7 → 0.92, 0.5 → 0.55, 0.1 → 0.006.
const BANDS = 6;
const ROWS = 3;
const BINS = BANDS * ROWS;
const EMPTY = 0xffffffff;

/** murmur3's 32-bit finaliser: spreads FNV hashes over the whole range. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * One-permutation hashing: each element goes to one bin and each bin keeps its minimum, so
 * a signature costs one pass over the set instead of one per hash function.
 */
function signature(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(BINS).fill(EMPTY);
  for (const h of set) {
    const m = mix(h);
    const bin = m % BINS;
    const v = mix(m ^ 0x9e3779b9);
    if (v < (sig[bin] as number)) sig[bin] = v;
  }
  return sig;
}

/** Bucket keys of a set; `space` keeps keys of different feature kinds apart. */
export function bandKeys(set: ReadonlySet<number>, space: number): number[] {
  const sig = signature(set);
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band + 1;
    for (let r = 0; r < ROWS; r++) h = mix(h ^ (sig[band * ROWS + r] as number));
    keys.push((space * BANDS + band) * 2 ** 32 + h);
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

  *recent(key: K): Generator<number> {
    const bucket = this.buckets.get(key);
    if (!bucket) return;
    for (let k = bucket.length - 1; k >= Math.max(0, bucket.length - this.scan); k--) yield bucket[k] as number;
  }
}
