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
//     T < 0.45, same opening, containment >= 0.9  retitled and cut down (the shorter body,
//       of 16+ bigrams, nearly all in the other): Jaccard falls as text is cut, the mean with it
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
  /** Cluster index of every sighted item, by issue and item position, including repeats in a duplicate issue file. */
  clusterOf: number[][];
}

interface Entry {
  sightings: Sighting[];
  latest: Features;
}

/**
 * A title's features and blocking keys; bodies likewise. The exact key is a number per
 * distinct folded title, or per distinct lead of a body (-1 when it has none).
 */
interface Keyed<F> {
  features: F;
  exactKey: number;
  bandKeys: number[];
}

interface Probe {
  f: Features;
  title: Keyed<TitleFeatures>;
  body: Keyed<BodyFeatures>;
}

interface Match {
  probe: number;
  entry: number;
  score: number;
}

/**
 * The clustering state. Its methods do the work of one sighting each, so that they are
 * called often and soon optimised: a long loop in one function would be interpreted
 * until the whole function is compiled for it.
 */
class Clusterer {
  readonly entries: Entry[] = [];
  private readonly byText = new BucketIndex(BUCKET_SCAN);
  private readonly byBand = new BucketIndex(BUCKET_SCAN);
  /**
   * Exact keys: folded titles and body leads, one map each but numbered by one count, so
   * that a title and a lead never share a bucket. Two maps rather than a prefixed key: a
   * joined key is a new string the Map has to flatten and hash.
   */
  private readonly titleKeys = new Map<string, number>();
  private readonly leadKeys = new Map<string, number>();
  private exactKeyCount = 0;
  private readonly titles = new RecentMemo(MEMO_SIZE, (title): Keyed<TitleFeatures> => {
    const features = titleFeatures(title);
    return { features, exactKey: this.exactKey(this.titleKeys, features.foldedTitle), bandKeys: bandKeys(features.titleWords, TITLE_SPACE) };
  });
  /** By update and action: joined they are the body text. */
  private readonly bodies = new RecentMemo(MEMO_SIZE, (update, action): Keyed<BodyFeatures> => {
    const features = bodyFeatures(action ? (update ? `${update}\n${action}` : action) : update);
    return {
      features,
      exactKey: features.lead === null ? -1 : this.exactKey(this.leadKeys, features.lead),
      bandKeys: features.body.length >= MIN_BODY ? bandKeys(features.body, BODY_SPACE) : [],
    };
  });
  /** seen[c] === stamp marks entry c as already considered for the current sighting. */
  private readonly seen: number[] = [];
  private stamp = 0;

  private exactKey(keys: Map<string, number>, text: string): number {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = this.exactKeyCount++));
    return key;
  }

  probe(item: SightedItem, issue: ParsedIssue): Probe {
    const title = this.titles.get(item.title);
    const body = this.bodies.get(item.update ?? '', item.action);
    return { f: sightingFeatures(title.features, body.features, issue.date, issue.number), title, body };
  }

  /** Adds the entries that `probe` (the probe-th of its issue) could be to `matches`. */
  search({ f, title, body }: Probe, probe: number, matches: Match[]): void {
    this.stamp++;
    this.consider(this.byText, title.exactKey, probe, f, matches, false);
    if (body.exactKey >= 0) this.consider(this.byText, body.exactKey, probe, f, matches, false);
    for (let k = 0; k < title.bandKeys.length; k++) this.consider(this.byBand, title.bandKeys[k] as number, probe, f, matches, true);
    for (let k = 0; k < body.bandKeys.length; k++) this.consider(this.byBand, body.bandKeys[k] as number, probe, f, matches, false);
  }

  /**
   * Scores the entries of a key's bucket, newest first. Title-word buckets (`nearOnly`)
   * fill up with unrelated titles that share a word; past the time window they could only
   * yield a far match, which needs a near-identical body and so is found through the body
   * buckets. Buckets are in time order: their scan stops at the first such entry.
   */
  private consider(index: BucketIndex, key: number, probe: number, f: Features, matches: Match[], nearOnly: boolean): void {
    const bucket = index.find(key);
    if (bucket < 0) return;
    for (let k = 0; k < index.length(bucket); k++) {
      const entry = index.newest(bucket, k);
      const { latest } = this.entries[entry] as Entry;
      if (nearOnly && gapDays(latest, f) > NEAR_DAYS) return;
      if (this.seen[entry] === this.stamp) continue;
      this.seen[entry] = this.stamp;
      const score = sameEntry(latest, f);
      if (score !== null) matches.push({ probe, entry, score });
    }
  }

  /** Records a sighting as the entry `index` (a new one when undefined) and returns that entry's index. */
  place({ f, title, body }: Probe, issue: ParsedIssue, item: SightedItem, index: number | undefined): number {
    const { entries } = this;
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
    this.byText.add(title.exactKey, index);
    if (body.exactKey >= 0) this.byText.add(body.exactKey, index);
    for (let k = 0; k < title.bandKeys.length; k++) this.byBand.add(title.bandKeys[k] as number, index);
    for (let k = 0; k < body.bandKeys.length; k++) this.byBand.add(body.bandKeys[k] as number, index);
    return index;
  }
}

export function clusterItems(issues: readonly ParsedIssue[]): Clustering {
  const clusterer = new Clusterer();
  const clusterOf: number[][] = [];
  const matches: Match[] = [];
  const probes: Probe[] = [];
  /** Per probe of the issue, the entry it joins or -1; per entry, the issue that took it. */
  const assigned: number[] = [];
  const takenBy: number[] = [];
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i] as ParsedIssue;
    const { items } = issue;
    probes.length = 0;
    matches.length = 0;
    for (let k = 0; k < items.length; k++) probes.push(clusterer.probe(items[k] as SightedItem, issue));
    for (let k = 0; k < items.length; k++) clusterer.search(probes[k] as Probe, k, matches);

    // Best pairs first, so an entry goes to the sighting most like it, not the first one
    // in the file; each entry takes at most one sighting of an issue.
    matches.sort((a, b) => b.score - a.score || a.probe - b.probe || a.entry - b.entry);
    assigned.length = 0;
    for (let k = 0; k < items.length; k++) assigned.push(-1);
    for (const { probe, entry } of matches) {
      if (assigned[probe] !== -1 || takenBy[entry] === i) continue;
      assigned[probe] = entry;
      takenBy[entry] = i;
    }
    const placed: number[] = [];
    for (let k = 0; k < items.length; k++) {
      const entry = assigned[k] as number;
      placed.push(clusterer.place(probes[k] as Probe, issue, items[k] as SightedItem, entry < 0 ? undefined : entry));
    }
    clusterOf.push(placed);
  }
  return { clusters: clusterer.entries.map((e) => e.sightings), clusterOf };
}
