// The date reader: chrono's en.GB configuration with the parsers that misread bulletins
// swapped out and our own parsers and refiners added.
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { MONTH_NAMES } from './calendar.js';
import { monthOnly } from './fast/month-only.js';
import { dateList, dateThenMonth, readPlain } from './fast/plain-date.js';
import { unread } from './fast/reads.js';
import type { DateResult } from './fast/result.js';
import { loneTime } from './fast/times.js';
import { arrivalForStartParser, dayMonthParser, shortDottedDateParser } from './parsers.js';
import {
  dateThenTimeRefiner,
  dayNotHourFilter,
  listSharesRefiner,
  listedDaysRefiner,
  numberNotTimeFilter,
  officeHoursRefiner,
  partOfDayFilter,
  twelveNoonRefiner,
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
  reader.parsers.push(dayMonthParser, arrivalForStartParser, shortDottedDateParser);
  reader.refiners.unshift(partOfDayFilter, numberNotTimeFilter, dayNotHourFilter);
  reader.refiners.push(twelveNoonRefiner, dateThenTimeRefiner, officeHoursRefiner, listedDaysRefiner, listSharesRefiner);
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

/** A window left to chrono: where it starts in its text, and its place among all windows. */
interface Piece {
  from: number;
  text: string;
  seq: number;
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
 * A fast path's reading of a window, or undefined when it takes chrono. The fast paths
 * read as chrono does (tests/dates/fast/), but for two words after a plain date
 * that chrono takes and a bulletin never means: a time zone that is the start of a place
 * ("2pm to 4pm West Sussex"), and an era ("5 June 2020 be sure", to chrono June 1477).
 */
function fastRead(window: string): DateResult[] | undefined {
  const date = readPlain(window);
  if (!date) return undated(window);
  return date.plain || date.quiet ? date.results() : (date.timeFirst() ?? dateList(window, date) ?? dateThenMonth(window, date));
}

/** A window's reading: a fast path's, else chrono's. */
export const readWindow = (window: string, reference: Date): DateResult[] => fastRead(window) ?? chronoDates(window, reference);

/**
 * The results for each of `texts`: every window's readWindow, in text order. The windows
 * no fast path reads are joined into batches for chrono, because a chrono call costs far
 * more than its length; a window reads the same in a batch as alone unless atEdge flags
 * it, and those are read alone.
 */
export function readDates(texts: string[], reference: Date): DateResult[][] {
  /** Per window, in order over all texts, its results; and per text, its first window. */
  const byWindow: DateResult[][] = [];
  const firstWindow: number[] = [];
  const pieces: Piece[] = [];
  const edges: Piece[] = [];
  for (const text of texts) {
    firstWindow.push(byWindow.length);
    for (const [from, to] of windows(text)) {
      const seq = byWindow.length;
      const window = text.slice(from, to);
      const fast = fastRead(window);
      byWindow.push(fast ? fast.map((result) => Object.assign(result, { index: result.index + from })) : []);
      if (!fast) (atEdge(window) ? edges : pieces).push({ from, text: window, seq });
    }
  }
  firstWindow.push(byWindow.length);

  let group: Piece[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (length > 0 && length + piece.text.length > MAX_BATCH) {
      read(group);
      [group, length] = [[], 0];
    }
    group.push(piece);
    length += piece.text.length + SEPARATOR.length;
  }
  if (group.length > 0) read(group);
  for (const piece of edges) read([piece]);

  /** Reads pieces joined by separators. */
  function read(batch: Piece[]): void {
    const starts: number[] = [];
    let at = 0;
    for (const piece of batch) {
      starts.push(at);
      at += piece.text.length + SEPARATOR.length;
    }
    let p = 0;
    for (const result of chronoDates(batch.map((piece) => piece.text).join(SEPARATOR), reference)) {
      while (p + 1 < batch.length && (starts[p + 1] ?? Infinity) <= result.index) p++;
      const piece = batch[p];
      const pieceStart = starts[p] ?? 0;
      // A result reaching into a separator is not one of the window's own.
      if (!piece || result.index < pieceStart || result.index + result.text.length > pieceStart + piece.text.length) continue;
      byWindow[piece.seq]?.push(Object.assign(result, { index: result.index - pieceStart + piece.from }));
    }
  }

  return texts.map((_, owner) => resultsOf(byWindow, firstWindow[owner] ?? 0, firstWindow[owner + 1] ?? 0));
}

/** The results of windows [from, to), in order: most texts have no window or one, and get no copy. */
function resultsOf(byWindow: DateResult[][], from: number, to: number): DateResult[] {
  if (to - from === 1) return byWindow[from] ?? [];
  const results: DateResult[] = [];
  for (let w = from; w < to; w++) for (const result of byWindow[w] ?? []) results.push(result);
  return results;
}
