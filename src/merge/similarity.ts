// Whether a new sighting is the same entry as an earlier one; see matcher.ts for the design.
import { fold } from '../ids.js';
import type { SightedItem } from '../model.js';
import { contentWords, jaccard, sharedCount, sharedReaching, trigrams, wordShingles, type Shingles } from './text.js';

/** Sightings further apart than this are normally different announcements. */
export const NEAR_DAYS = 92;
/** Days per issue number, to measure gaps when an issue has no date. */
const DAYS_PER_ISSUE = 7;
/** A body shorter than this (in word bigrams) says too little to match on. */
export const MIN_BODY = 8;

const THRESHOLDS = {
  /** Near in time, title practically the same: the body only has to share a little. */
  sameTitle: { title: 0.85, body: 0.15 },
  /** Near in time, title edited: the body must be largely the same. */
  editedTitle: { title: 0.45, body: 0.45 },
  /** Near in time, retitled: the body alone must be nearly the same. */
  retitled: { body: 0.75 },
  /** Near in time, retitled and cut down: nearly all of the shorter body stands in the longer. */
  cutDown: { containment: 0.9, minBody: 16 },
  /** Far apart in time: an unchanged reminder after a break, nothing less. */
  far: { title: 0.45, body: 0.85 },
} as const;

/** Words of a body's opening that serve as a blocking key. */
const LEAD_WORDS = 12;

/** What a sighting's title contributes: the same for every sighting with that title. */
export interface TitleFeatures {
  foldedTitle: string;
  title: Shingles;
  /** Content words of the title, for blocking only: trigrams of titles overlap too often by chance. */
  titleWords: Shingles;
}

/** What a sighting's body contributes: the same for every sighting with that body. */
export interface BodyFeatures {
  /** The body's first LEAD_WORDS words, or null when shorter: cut-down reminders keep their opening. */
  lead: string | null;
  body: Shingles;
}

export interface Features extends TitleFeatures, BodyFeatures {
  /** Days since the epoch of the issue's date, or null. */
  day: number | null;
  issue: number | null;
}

/** The text a sighting's body features come from. */
export function bodyText(item: SightedItem): string {
  return [item.update, item.action].filter(Boolean).join('\n');
}

/** The first LEAD_WORDS words of folded text (as `split(' ', LEAD_WORDS)` joined again), or null when it has fewer. */
function leadOf(folded: string): string | null {
  let end = -1;
  for (let spaces = 0; spaces < LEAD_WORDS; spaces++) {
    end = folded.indexOf(' ', end + 1);
    if (end < 0) return spaces === LEAD_WORDS - 1 ? folded : null;
  }
  return folded.slice(0, end);
}

// The day number of the last issue date seen: all items of an issue share it.
let lastDate: string | null = null;
let lastDay: number | null = null;

function dayOf(date: string | null): number | null {
  if (date !== lastDate) {
    lastDate = date;
    lastDay = date === null ? null : Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  }
  return lastDay;
}

export function titleFeatures(title: string): TitleFeatures {
  const foldedTitle = fold(title);
  return { foldedTitle, title: trigrams(foldedTitle), titleWords: contentWords(foldedTitle) };
}

export function bodyFeatures(text: string): BodyFeatures {
  const foldedBody = fold(text);
  return { lead: leadOf(foldedBody), body: wordShingles(foldedBody) };
}

/** A sighting's features from those of its title and body, which may be shared with other sightings. */
export function sightingFeatures(t: TitleFeatures, b: BodyFeatures, issueDate: string | null, issueNumber: number | null): Features {
  return {
    foldedTitle: t.foldedTitle,
    lead: b.lead,
    title: t.title,
    titleWords: t.titleWords,
    body: b.body,
    day: dayOf(issueDate),
    issue: issueNumber,
  };
}

export function features(item: SightedItem, issueDate: string | null, issueNumber: number | null): Features {
  return sightingFeatures(titleFeatures(item.title), bodyFeatures(bodyText(item)), issueDate, issueNumber);
}

/** Days between two sightings; 0 when neither dates nor numbers tell. */
export function gapDays(a: Features, b: Features): number {
  if (a.day !== null && b.day !== null) return Math.abs(b.day - a.day);
  if (a.issue !== null && b.issue !== null) return Math.abs(b.issue - a.issue) * DAYS_PER_ISSUE;
  return 0;
}

/** Body similarity from the size of two bodies and the shingles they share. */
function bodyScore(shared: number, a: number, b: number): number {
  return (shared / (a + b - shared) + shared / Math.min(a, b)) / 2;
}

/**
 * Body similarity: the mean of Jaccard and containment (shared / smaller set), so that a
 * reminder cut down to part of its original still scores well. Null when either body is
 * too short to judge.
 */
export function bodySimilarity(a: Shingles, b: Shingles): number | null {
  if (a.length < MIN_BODY || b.length < MIN_BODY) return null;
  return bodyScore(sharedCount(a, b), a.length, b.length);
}

/** The body similarity of two long enough bodies when it is at least `needed`, else null. */
function bodySimilarityAtLeast(a: Shingles, b: Shingles, needed: number): number | null {
  const shared = sharedReaching(a, b, bodyScore, needed);
  return shared < 0 ? null : bodyScore(shared, a.length, b.length);
}

/** A score (higher is closer) when `next` is the same entry as `prev`, else null. */
export function sameEntry(prev: Features, next: Features): number | null {
  const t = prev.foldedTitle === next.foldedTitle ? 1 : jaccard(prev.title, next.title);
  const far = gapDays(prev, next) > NEAR_DAYS;
  // Too short a body to judge: only a near sighting with practically the same title.
  if (prev.body.length < MIN_BODY || next.body.length < MIN_BODY) return !far && t >= THRESHOLDS.sameTitle.title ? t + t : null;
  let needed: number;
  if (far) {
    if (t < THRESHOLDS.far.title) return null;
    needed = THRESHOLDS.far.body;
  } else if (t >= THRESHOLDS.sameTitle.title) needed = THRESHOLDS.sameTitle.body;
  else if (t >= THRESHOLDS.editedTitle.title) needed = THRESHOLDS.editedTitle.body;
  else needed = THRESHOLDS.retitled.body;
  const b = bodySimilarityAtLeast(prev.body, next.body, needed);
  if (b !== null) return t + b;
  // Only a reminder that kept its opening: blocking finds it so, and the pairs of an
  // archive that share no opening are spared a second count.
  return !far && needed === THRESHOLDS.retitled.body && prev.lead !== null && prev.lead === next.lead ? cutDownScore(prev.body, next.body, t) : null;
}

/**
 * A retitled reminder cut down to the opening of its body ("Reminder: Family Hubs guide"
 * over its publication sentence and action line) loses Jaccard as it loses text, so the mean
 * falls short of the retitled bar however much of it is the original: its score (t + B)
 * when nearly all of a long enough shorter body stands in the other, else null.
 */
function cutDownScore(a: Shingles, b: Shingles, t: number): number | null {
  const { containment, minBody } = THRESHOLDS.cutDown;
  const smaller = Math.min(a.length, b.length);
  if (smaller < minBody) return null;
  const shared = sharedReaching(a, b, (n) => n / smaller, containment);
  return shared < 0 ? null : t + bodyScore(shared, a.length, b.length);
}
