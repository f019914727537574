// One publication per title and date across Tools & Templates lists and "published"
// sentences. Titles are compared folded; a repeated list may also carry a small typo, so
// within the same date a title whose trigram overlap is high enough counts as the same.
import { fold, stableId } from '../ids.js';
import type { SightedPublication } from '../model.js';
import type { Publication } from '../schema.js';
import { jaccardAtLeast, trigrams, type Shingles } from './text.js';

/** Trigram Jaccard above which two titles of the same date are one publication. */
const TITLE_TYPO_SIMILARITY = 0.8;
/** Fuzzy comparison looks at this many most recent publications of a date, to stay linear. */
const FUZZY_WINDOW = 64;

export interface PublicationSighting {
  publication: SightedPublication;
  issue: number | null;
  itemId: string | null;
}

interface Entry {
  record: Publication;
  folded: string;
  /** Trigrams of the folded title, made when first compared: most titles are the only one of their date. */
  grams: Shingles | null;
}

const gramsOf = (entry: Entry): Shingles => (entry.grams ??= trigrams(entry.folded));

export function mergePublications(sightings: readonly PublicationSighting[]): Publication[] {
  const exact = new Map<string, Entry>();
  const byDate = new Map<string | null, Entry[]>();
  const out: Entry[] = [];
  for (const { publication: p, issue, itemId } of sightings) {
    const folded = fold(p.title);
    const key = `${p.date}\u0000${folded}`;
    let entry = exact.get(key);
    // Trigrams only for a title not yet seen on that date, and only when that date has others.
    if (!entry) {
      let grams: Shingles | null = null;
      const sameDate = byDate.get(p.date) ?? [];
      for (let k = sameDate.length - 1; k >= Math.max(0, sameDate.length - FUZZY_WINDOW) && !entry; k--) {
        const candidate = sameDate[k] as Entry;
        grams ??= trigrams(folded);
        if (jaccardAtLeast(gramsOf(candidate), grams, TITLE_TYPO_SIMILARITY)) entry = candidate;
      }
      if (!entry) {
        // Keys in the schema's order, as the output prints them (src/conforms.ts).
        const { title, publisher, date, kind, source, line } = p;
        entry = { record: { id: stableId('publication', folded, date), title, publisher, date, kind, itemId, firstSeen: issue, source, line }, folded, grams };
        out.push(entry);
        sameDate.push(entry);
        byDate.set(p.date, sameDate);
        exact.set(key, entry);
        continue;
      }
      exact.set(key, entry);
    }
    // Updated in place: the record is the entry's own, made when the title was first seen.
    const r = entry.record;
    r.title = p.title;
    r.publisher = p.publisher ?? r.publisher;
    r.kind = p.kind;
    r.itemId = r.itemId ?? itemId;
  }
  return out.map((e) => e.record);
}
