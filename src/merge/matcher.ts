// Groups the sighted items of all issues into clusters, one per distinct entry.
//
// Similarity (similarity.ts). Each sighting is reduced once to:
//   - title: character trigrams of the folded title (robust to typos and small edits);
//   - body: word bigrams of the folded update + action text, less bigrams of two
//     function words ("of the"), which every text shares;
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
// a new item. Pairs that qualify are taken best first (score T + B, or 2T when B is
// unknown), each entry taking at most one sighting per issue, so two entries of one file
// are never merged. An entry in a second file with the same issue number as the entry's
// latest sighting is that sighting again (a duplicate issue) and adds no occurrence.
//
// Blocking (lsh.ts), so no sighting is compared with every earlier one: candidates are
// the entries with the same folded title or the same first 12 body words (a cut-down
// reminder keeps its opening), plus those sharing a MinHash LSH bucket (8 bands × 4
// rows) of title content words or of body bigrams. Only the newest 16 entries of a bucket
// are read, and title-word buckets only back to the first entry outside the 92-day
// window, which bounds the work per sighting (bench/merge-scale.mjs: 20k/2k issues ≈ 9×).
import type { ParsedIssue, SightedItem } from '../model.js';
import { bandKeys, BucketIndex } from './lsh.js';
import { RecentMemo } from './memo.js';
import {
  bodyFeatures,
  bodyText,
  gapDays,
  MIN_BODY,
  NEAR_DAYS,
  sameEntry,
  sightingFeatures,
  titleFeatures,
  type BodyFeatures,
  type Features,
  type TitleFeatures,
} from './similarity.js';
import type { Sighting } from './sightings.js';

const BUCKET_SCAN = 16;
const TITLE_SPACE = 0;
const BODY_SPACE = 1;
/** Distinct titles and bodies whose features are kept: reminders repeat those of recent issues. */
const MEMO_SIZE = 2048;

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

/** A title's features and blocking keys; bodies likewise. The exact key of a body is its lead. */
interface Keyed<F, K extends string | null> {
  features: F;
  exactKey: K;
  bandKeys: number[];
}

interface Probe {
  item: SightedItem;
  f: Features;
  title: Keyed<TitleFeatures, string>;
  body: Keyed<BodyFeatures, string | null>;
}

interface Match {
  probe: number;
  entry: number;
  score: number;
}

export function clusterItems(issues: readonly ParsedIssue[]): Clustering {
  const entries: Entry[] = [];
  const clusterOf = new Map<SightedItem, number>();
  const byText = new BucketIndex<string>(BUCKET_SCAN);
  const byBand = new BucketIndex<number>(BUCKET_SCAN);
  // seen[c] === stamp marks entry c as already considered for the current sighting.
  const seen: number[] = [];
  let stamp = 0;

  const titles = new RecentMemo(MEMO_SIZE, (title): Keyed<TitleFeatures, string> => {
    const features = titleFeatures(title);
    return { features, exactKey: `t ${features.foldedTitle}`, bandKeys: bandKeys(features.titleWords, TITLE_SPACE) };
  });
  const bodies = new RecentMemo(MEMO_SIZE, (text): Keyed<BodyFeatures, string | null> => {
    const features = bodyFeatures(text);
    return {
      features,
      exactKey: features.lead === null ? null : `l ${features.lead}`,
      bandKeys: features.body.length >= MIN_BODY ? bandKeys(features.body, BODY_SPACE) : [],
    };
  });

  for (const issue of issues) {
    const probes: Probe[] = issue.items.map((item) => {
      const title = titles.get(item.title);
      const body = bodies.get(bodyText(item));
      return { item, f: sightingFeatures(title.features, body.features, issue.date, issue.number), title, body };
    });
    const matches: Match[] = [];
    probes.forEach(({ f, title, body }, probe) => {
      stamp++;
      const consider = (entry: number): boolean => {
        if (seen[entry] === stamp) return true;
        seen[entry] = stamp;
        const score = sameEntry((entries[entry] as Entry).latest, f);
        if (score !== null) matches.push({ probe, entry, score });
        return true;
      };
      // Title-word buckets fill up with unrelated titles that share a word; past the time
      // window they could only yield a far match, which needs a near-identical body and so
      // is found through the body buckets. Buckets are in time order: stop at the first.
      const considerNear = (entry: number): boolean =>
        gapDays((entries[entry] as Entry).latest, f) <= NEAR_DAYS && consider(entry);
      byText.forRecent(title.exactKey, consider);
      if (body.exactKey !== null) byText.forRecent(body.exactKey, consider);
      for (const key of title.bandKeys) byBand.forRecent(key, considerNear);
      for (const key of body.bandKeys) byBand.forRecent(key, consider);
    });

    // Best pairs first, so an entry goes to the sighting most like it, not the first one
    // in the file; each entry takes at most one sighting of an issue.
    matches.sort((a, b) => b.score - a.score || a.probe - b.probe || a.entry - b.entry);
    const assigned = new Map<number, number>();
    const taken = new Set<number>();
    for (const { probe, entry } of matches) {
      if (assigned.has(probe) || taken.has(entry)) continue;
      assigned.set(probe, entry);
      taken.add(entry);
    }

    probes.forEach(({ item, f, title, body }, probe) => {
      let index = assigned.get(probe);
      if (index === undefined) {
        index = entries.length;
        entries.push({ sightings: [{ issue, item }], latest: f });
      } else {
        const entry = entries[index] as Entry;
        const last = entry.sightings[entry.sightings.length - 1] as Sighting;
        if (issue.number === null || last.issue.number !== issue.number) {
          entry.sightings.push({ issue, item });
          entry.latest = f;
        }
      }
      clusterOf.set(item, index);
      byText.add(title.exactKey, index);
      if (body.exactKey !== null) byText.add(body.exactKey, index);
      for (const key of title.bandKeys) byBand.add(key, index);
      for (const key of body.bandKeys) byBand.add(key, index);
    });
  }
  return { clusters: entries.map((e) => e.sightings), clusterOf };
}
