// The date reader: chrono's en.GB configuration with the parsers that misread bulletins
// swapped out and our own parsers and refiners added.
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { monthNumber } from './calendar.js';
import { arrivalForStartParser, dayMonthParser } from './parsers.js';
import { plainDate, type DateResult } from './plain.js';
import {
  dateThenTimeRefiner,
  dayNotHourFilter,
  listSharesRefiner,
  listedDaysRefiner,
  numberNotTimeFilter,
  officeHoursRefiner,
} from './refiners.js';

// chrono's en.GB parsers that read written dates and times. The others only make false
// dates in a bulletin: "now", "in 5 days", "3 weeks ago", and ENMonthNameLittleEndianParser
// reads the "10" of "16 December 10.30" as the year 2010 (dayMonthParser replaces it).
// Chosen by class name, which the bundles pin for these classes (scripts/build.mjs): trying each parser
// on sample text instead compiled all their patterns at start-up.
const KEPT = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENSlashMonthFormatParser',
  'ENTimeExpressionParser',
  'ENYearMonthNameParser',
  'ENCasualTimeParser',
  'ENMonthNameParser',
]);

function build(): chrono.Chrono {
  const reader = chrono.en.GB.clone();
  reader.parsers = reader.parsers.filter((p) => KEPT.has(p.constructor.name));
  // A renamed class would silently change what is read: fail at load instead.
  if (reader.parsers.length !== KEPT.size) throw new Error('chrono-node parsers not found by name: are their class names pinned (scripts/build.mjs)?');
  reader.parsers.push(dayMonthParser, arrivalForStartParser);
  reader.refiners.unshift(numberNotTimeFilter, dayNotHourFilter);
  reader.refiners.push(dateThenTimeRefiner, officeHoursRefiner, listedDaysRefiner, listSharesRefiner);
  return reader;
}

const reader = build();

/** chrono's reading of `text` alone, with no fast path. */
export const chronoDates = (text: string, reference: Date): ParsedResult[] => reader.parse(text, reference);

/**
 * Words and shapes that start a date or a time; text without any is never parsed. Kept
 * ASCII and case-folded without the unicode flag: it runs over every line of every issue.
 */
const ANCHOR = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\d(?:[.:]\d\d|\s?[ap]\.?m\b|\/\d\d?\/\d|\d{3}-\d\d-\d\d)/gi;

/** A month-like word is an anchor only if it names a month ("Marketing" does not). */
const isAnchor = (word: string): boolean => word.charCodeAt(0) <= 57 || monthNumber(word) !== null;

/** \s: white space and line terminators. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 160 && (c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279));

// A window reaches back over a weekday and a list of days ("Thursday 27, 28 January"),
// and forward over a year; times are anchors themselves.
const MARGIN_BEFORE = 48;
const MARGIN_AFTER = 24;
const MAX_WINDOW = 600;
/** Windows are parsed together, up to this many characters per chrono call. */
const MAX_BATCH = 2_000;
/** Joins windows: no merging pattern of chrono's or ours reads across a pilcrow. */
const SEPARATOR = '\n¶\n';

/**
 * Spans of `text` around anchors, so chrono only ever sees short strings: some of its
 * refiners re-read all the text before each result, which is quadratic on long input.
 */
export function windows(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  ANCHOR.lastIndex = 0;
  for (let match = ANCHOR.exec(text); match; match = ANCHOR.exec(text)) {
    if (!isAnchor(match[0])) continue;
    const index = match.index;
    const from = tokenStart(text, Math.max(0, index - MARGIN_BEFORE), index);
    const to = tokenEnd(text, Math.min(text.length, index + match[0].length + MARGIN_AFTER));
    const last = spans[spans.length - 1];
    if (last && from <= last[1] && to - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], to);
    else spans.push([last ? tokenStart(text, Math.max(from, last[1]), index) : from, to]);
  }
  return spans;
}

/** `at`, or the start of the next word when `at` falls inside one (never past `limit`). */
function tokenStart(text: string, at: number, limit: number): number {
  if (at === 0 || isSpace(text.charCodeAt(at - 1))) return at;
  for (let i = at; i < limit; i++) if (isSpace(text.charCodeAt(i))) return i + 1;
  return limit;
}

/** `at`, or the end of the word it falls inside (looking at most a few characters on). */
function tokenEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const stop = Math.min(text.length, at + 16);
  for (let i = at; i < stop; i++) if (isSpace(text.charCodeAt(i))) return i;
  return at;
}

interface Piece {
  owner: number;
  from: number;
  /** Where the piece starts in the joined batch. */
  at: number;
  length: number;
}

/**
 * chrono's results for each of `texts`, with indexes into that text. Windows of all the
 * texts are joined into batches, because a chrono call costs far more than its length;
 * a window holding one plain date is read without chrono.
 */
export function readDates(texts: string[], reference: Date): DateResult[][] {
  const out: DateResult[][] = texts.map(() => []);
  let batch: Piece[] = [];
  let parts: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (batch.length === 0) return;
    let p = 0;
    for (const result of chronoDates(parts.join(SEPARATOR), reference)) {
      while (p + 1 < batch.length && (batch[p + 1]?.at ?? Infinity) <= result.index) p++;
      const piece = batch[p];
      if (!piece || result.index + result.text.length > piece.at + piece.length) continue;
      out[piece.owner]?.push(Object.assign(result, { index: result.index - piece.at + piece.from }));
    }
    [batch, parts, size] = [[], [], 0];
  };
  texts.forEach((text, owner) => {
    for (const [from, to] of windows(text)) {
      const plain = plainDate(text.slice(from, to));
      if (plain) {
        for (const result of plain) out[owner]?.push({ ...result, index: result.index + from });
        continue;
      }
      if (size > 0 && size + to - from > MAX_BATCH) flush();
      batch.push({ owner, from, at: size, length: to - from });
      parts.push(text.slice(from, to));
      size += to - from + SEPARATOR.length;
    }
  });
  flush();
  return out;
}
