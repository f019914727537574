// Groups the sighted items of all issues into clusters, one per distinct entry.
//
// Similarity (similarity.ts). Each sighting is reduced once to:
//   - title: character trigrams of the folded title (robust to typos and small edits);
//   - body: word bigrams of the folded update + action text;
//   - time: the issue's date (or number × 7 days when undated).
// Title similarity T is trigram Jaccard (1 for equal folded titles). Body similarity B is
// the mean of bigram Jaccard and containment (shared / smaller set), so a reminder cut
// down to part of its original still scores; B is unknown when either body has fewer
// than 8 bigrams. A new sighting joins an earlier entry when, against that entry's latest
// sighting:
//   within 92 days (about three months, how long a reminder normally runs):
//     T >= 0.85 and (B unknown or B >= 0.15)   same title, body not unrelated
//     T >= 0.45 and B >= 0.45                  edited title and body
//     B >= 0.75                                retitled, body nearly the same
//   more than 92 days apart:
//     T >= 0.45 and B >= 0.85                  only an essentially unchanged reminder
// so the same network's "next meeting" entry a year later, with new dates and text, is
// a new item. Among entries that qualify, the highest T + B (T + T when B is unknown) wins.
// Two entries of one file are never merged; an entry in a second file with the same issue
// number as the entry's latest sighting is that sighting again (a duplicate issue) and
// adds no occurrence.
//
// Blocking (lsh.ts), so no sighting is compared with every earlier one: candidates are
// the entries with the same folded title or the same first 12 body words (a cut-down
// reminder keeps its opening), plus those sharing a MinHash LSH bucket (8
// bands × 4 rows) of title content words or of body bigrams. Only the newest 16 entries
// of a bucket are read, and title-word buckets only back to the first entry outside the
// 92-day window, which bounds the work per sighting.
import type { ParsedIssue, SightedItem } from '../model.js';
import { bandKeys, BucketIndex } from './lsh.js';
import { features, gapDays, MIN_BODY, NEAR_DAYS, sameEntry, type Features } from './similarity.js';
import type { Sighting } from './sightings.js';

const BUCKET_SCAN = 16;
const TITLE_SPACE = 0;
const BODY_SPACE = 1;

export interface Clustering {
  /** Sightings of one distinct entry each, in issue order. */
  clusters: Sighting[][];
  /** Cluster index of every sighted item, including repeats in a duplicate issue file. */
  clusterOf: Map<SightedItem, number>;
}

interface Entry {
  sightings: Sighting[];
  latest: Features;
}

export function clusterItems(issues: readonly ParsedIssue[]): Clustering {
  const entries: Entry[] = [];
  const clusterOf = new Map<SightedItem, number>();
  const byText = new BucketIndex<string>(BUCKET_SCAN);
  const byBand = new BucketIndex<number>(BUCKET_SCAN);
  // seen[c] === stamp marks entry c as already considered for the current sighting.
  const seen: number[] = [];
  let stamp = 0;

  for (const issue of issues) {
    for (const item of issue.items) {
      const f = features(item, issue.date, issue.number);
      const titleKeys = bandKeys(f.titleWords, TITLE_SPACE);
      const bodyKeys = f.body.length >= MIN_BODY ? bandKeys(f.body, BODY_SPACE) : [];
      stamp++;
      let best = -1;
      let bestScore = -Infinity;
      const consider = (c: number): boolean => {
        if (seen[c] === stamp) return true;
        seen[c] = stamp;
        const entry = entries[c] as Entry;
        if ((entry.sightings[entry.sightings.length - 1] as Sighting).issue.source === issue.source) return true;
        const score = sameEntry(entry.latest, f);
        if (score !== null && score > bestScore) [best, bestScore] = [c, score];
        return true;
      };
      // Title-word buckets fill up with unrelated titles that share a word; past the time
      // window they could only yield a far match, which needs a near-identical body and so
      // is found through the body buckets. Buckets are in time order: stop at the first.
      const considerNear = (c: number): boolean => gapDays((entries[c] as Entry).latest, f) <= NEAR_DAYS && consider(c);
      const exact = f.lead === null ? [`t ${f.foldedTitle}`] : [`t ${f.foldedTitle}`, `l ${f.lead}`];
      for (const key of exact) byText.forRecent(key, consider);
      titleKeys.forEach((key) => byBand.forRecent(key, considerNear));
      bodyKeys.forEach((key) => byBand.forRecent(key, consider));

      if (best < 0) {
        best = entries.length;
        entries.push({ sightings: [{ issue, item }], latest: f });
      } else {
        const entry = entries[best] as Entry;
        const last = entry.sightings[entry.sightings.length - 1] as Sighting;
        if (issue.number === null || last.issue.number !== issue.number) {
          entry.sightings.push({ issue, item });
          entry.latest = f;
        }
      }
      clusterOf.set(item, best);
      for (const key of exact) byText.add(key, best);
      for (const key of [...titleKeys, ...bodyKeys]) byBand.add(key, best);
    }
  }
  return { clusters: entries.map((e) => e.sightings), clusterOf };
}
