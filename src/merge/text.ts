// Text features the merge compares: folded words, shingles as 32-bit hashes, set overlap.
import { fold } from '../ids.js';

/** FNV-1a over UTF-16 code units: a fast, stable 32-bit hash for shingles. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function words(text: string): string[] {
  const folded = fold(text);
  return folded === '' ? [] : folded.split(' ');
}

/** Character trigrams of the folded text: tolerant of typos in short strings such as titles. */
export function trigrams(text: string): Set<number> {
  const s = ` ${fold(text)} `;
  const out = new Set<number>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(hash32(s.slice(i, i + 3)));
  return out;
}

/** Word bigrams (unigrams for one-word texts) of folded text. */
export function wordShingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length === 1) out.add(hash32(w[0] as string));
  for (let i = 0; i + 1 < w.length; i++) out.add(hash32(`${w[i]} ${w[i + 1]}`));
  return out;
}

/** How many elements two sets have in common. */
export function sharedCount(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const shared = sharedCount(a, b);
  return shared / (a.size + b.size - shared);
}
