// The date reader: chrono's en.GB configuration with the parsers that misread bulletins
// swapped out and our own parsers and refiners added.
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { MONTH_NAMES } from './calendar.js';
import { arrivalForStartParser, dayMonthParser } from './parsers.js';
import { dateList, dateThenMonth, loneTime, monthOnly, readPlain, unread, type DateResult } from './plain.js';
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

/** A whole word that starts a month's name, three letters or more ("Sept", "Janu"; not "Marketing"). */
const MONTH_START = MONTH_NAMES.map((name) => name.slice(0, 3) + [...name.slice(3)].reduceRight((rest, c) => `(?:${c}${rest})?`, '')).join('|');
/**
 * Words and shapes that start a date or a time; text without any is never parsed. Kept
 * ASCII and case-folded without the unicode flag: it runs over every line of every issue.
 */
const ANCHOR = new RegExp(`\\b(?:${MONTH_START})(?![a-z])|\\d(?:[.:]\\d\\d|\\s?[ap]\\.?m\\b|\\/\\d\\d?\\/\\d|\\d{3}-\\d\\d-\\d\\d)`, 'gi');

/** Whether `text` holds an anchor: without one, it holds no date or time to read. */
export function hasAnchor(text: string): boolean {
  ANCHOR.lastIndex = 0;
  const found = ANCHOR.test(text);
  ANCHOR.lastIndex = 0;
  return found;
}

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

/** chrono's reading of a window without a plain date, where a fast path knows it. */
const undated = (window: string): DateResult[] | undefined => monthOnly(window) ?? loneTime(window) ?? unread(window);

/** A window chrono reads, and its batch under plainDate alone. */
interface Piece {
  owner: number;
  from: number;
  text: string;
  seq: number;
  batch: number;
}

/** A result, and where the window it came from stood in the batches of plainDate alone. */
interface Found {
  result: DateResult;
  seq: number;
  /** -1 for a window plainDate read. */
  batch: number;
}

/**
 * A window chrono reads differently at the end of a batch or alone in one: the month and
 * month-first date parsers take the white space of a separator after them ("in June\n"),
 * and the result, running past its window, was dropped; "May" alone is the whole text,
 * which exempts it from the filter dropping a "may" not after "in".
 */
const EDGE = new RegExp(
  '(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?)\\s*(?:,|-|of)?' +
    '|(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth))\\s*$',
  'i',
);
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/**
 * At the start of a window: the part-of-day parser takes the white space before its word,
 * and the weekday parser a comma or bracket, when a separator comes first.
 */
const START = /^(?:(?:this)?\s*(?:morning|afternoon|evening|night|midnight|midday|noon)|[,(（].*(?:sun|mon|tue|wed|thu|fri|sat|week))/i;
export const atEdge = (text: string): boolean => (EDGE.test(text) && MONTH_WORD.test(text)) || /^\s*may\s*$/i.test(text) || START.test(text);

/**
 * chrono's results for each of `texts`, with indexes into that text, in the order the
 * reader has always given them. A window holding one plain date is read without chrono
 * (plainDate, then quietDate); the others are joined into batches, because a chrono call
 * costs far more than its length.
 *
 * The reader used to batch every window plainDate left, and a batch's results came after
 * the plain dates read before it was full: each result keeps that place. Most windows read
 * the same in any batch, followed by a separator or not; the few that do not (atEdge) are
 * read as their old batch had them.
 */
export function readDates(texts: string[], reference: Date): DateResult[][] {
  const found: Found[][] = texts.map(() => []);
  const keep = (owner: number, results: DateResult[], from: number, seq: number, batch: number): void => {
    for (const result of results) {
      result.index += from;
      found[owner]?.push({ result, seq, batch });
    }
  };
  // plainDate's batches: the window that ended each (by starting the next), and each one's first and last window.
  const flushedAt: number[] = [];
  const firstOf: number[] = [];
  const lastOf: number[] = [];
  let [batch, size, seq] = [0, 0, 0];
  const pieces: Piece[] = [];
  const edges: Piece[] = [];
  texts.forEach((text, owner) => {
    for (const [from, to] of windows(text)) {
      seq++;
      const window = text.slice(from, to);
      const date = readPlain(window);
      if (date?.plain) {
        keep(owner, date.results(), from, seq, -1);
        continue;
      }
      if (size > 0 && size + window.length > MAX_BATCH) {
        flushedAt[batch++] = seq;
        size = 0;
      }
      if (size === 0) firstOf[batch] = seq;
      lastOf[batch] = seq;
      size += window.length + SEPARATOR.length;
      const piece = { owner, from, text: window, seq, batch };
      const edge = atEdge(window);
      const fast = edge ? undefined : date?.quiet ? date.results() : date ? (date.timeFirst() ?? dateList(window, date) ?? dateThenMonth(window, date)) : undated(window);
      if (fast) keep(owner, fast, from, seq, batch);
      else (edge ? edges : pieces).push(piece);
    }
  });
  let group: Piece[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (length > 0 && length + piece.text.length > MAX_BATCH) {
      read(group, '', '');
      [group, length] = [[], 0];
    }
    group.push(piece);
    length += piece.text.length + SEPARATOR.length;
  }
  if (group.length > 0) read(group, '', '');
  // A window at an edge is read alone, with a separator on each side where its old batch had a neighbour.
  for (const piece of edges) read([piece], firstOf[piece.batch] === piece.seq ? '' : SEPARATOR, lastOf[piece.batch] === piece.seq ? '' : SEPARATOR);

  /** Reads pieces joined by separators, after `lead` and before `tail`. */
  function read(batchPieces: Piece[], lead: string, tail: string): void {
    const starts: number[] = [];
    let at = lead.length;
    for (const piece of batchPieces) {
      starts.push(at);
      at += piece.text.length + SEPARATOR.length;
    }
    let p = 0;
    for (const result of chronoDates(lead + batchPieces.map((piece) => piece.text).join(SEPARATOR) + tail, reference)) {
      while (p + 1 < batchPieces.length && (starts[p + 1] ?? Infinity) <= result.index) p++;
      const piece = batchPieces[p];
      const pieceStart = starts[p] ?? 0;
      // A result reaching into a separator belonged, in the old batches, to no window.
      if (!piece || result.index < pieceStart || result.index + result.text.length > pieceStart + piece.text.length) continue;
      found[piece.owner]?.push({ result: Object.assign(result, { index: result.index - pieceStart + piece.from }), seq: piece.seq, batch: piece.batch });
    }
  }

  return found.map((results) => {
    if (results.length < 2) return results.map((f) => f.result);
    const at = (f: Found): number => (f.batch < 0 ? f.seq : (flushedAt[f.batch] ?? Infinity));
    // Within a window, and within one batch, results keep chrono's order.
    const ordered = results.map((f, i) => ({ f, i, key: at(f) })).sort((a, b) => a.key - b.key || a.f.seq - b.f.seq || a.i - b.i);
    return ordered.map(({ f }) => f.result);
  });
}
