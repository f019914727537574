// The issue header: "UPDATE NO 402 15 May 2020", "Update no 585 1st December 2023", and in
// earlier years with the programme's name first: "SESLIP UPDATE No. 150 – 12th June 2015",
// "South East Sector Led Improvement Programme – Update No 62 – 19/04/2013"; in the first
// years also "SESLIP Weekly Bulletin – Update Number 14 – w/e 18 March 2011" and a bare
// "Update 27 (Friday 24th June 2011)".
import { findDayMonthYear, findNumericDate, isValidDay, isoDay } from '../dates/calendar.js';
import type { SourceLine } from '../model.js';
import { asFigures } from '../ocr.js';
import { asciiInitial, code } from './labels.js';
import { subjectText } from './mail.js';

export interface Header {
  number: number;
  date: string | null;
  /** Index into the lines array. */
  index: number;
  /** The date stands alone on the next line ("Friday 14th September 2012", "Date: 7 March 2014"), part of the header. */
  dateBelow?: boolean;
}

/** What a date line beside the header holds besides its date: a "Date:" label, a weekday, punctuation. */
const DATE_LINE_REST = /^[^\p{L}\p{N}]*(?:date\b[^\p{L}\p{N}]*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)?[^\p{L}\p{N}]*$/iu;
const isDateLine = (text: string, date: { index: number; length: number }): boolean =>
  DATE_LINE_REST.test(text.slice(0, date.index) + ' ' + text.slice(date.index + date.length));

const U = code('u');
const S = code('s');
// The programme's name, short or spelled out, may stand before "Update", set off by a dash.
// The name of the publication may follow it ("SESLIP Weekly Bulletin – Update Number 14",
// "SESLIP Weekly Update – Update Number 40").
const PROGRAMME = String.raw`(?:seslip?|south\s+east\s+sector[-\s]led\s+improvement\s+programme)`;
const PROGRAMME_NAME = String.raw`(?:${PROGRAMME}(?:\s+weekly)?(?:\s+(?:bulletin|newsletter|update))?\s*[-–—:|]?\s*)?`;
// A converted page's header may stand in bold ("**UPDATE NO 405 22 May 2020**") as well as
// after "#": the file is split into issues before its markup is read.
const HEADER = new RegExp(String.raw`^#*\s*(?:\*\*|__)?${PROGRAMME_NAME}update\s+(no\.?|n0\.?|number)?\s*:?\s*(\d[\dlIO]{0,4}|[lIO]{1,4}\d[\dlIO]{0,3})\b\s*[-–—,:]?\s*(.*)$`, 'i');
// A bare "Update 27" heads an issue only with its date straight after it: "Update 13 of the
// plan" or "Update 2020/21 …" at a line's start is prose.
const BARE_DATE = /^\(?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?[\s./-]/i;
const HEADER_START = new RegExp(String.raw`^#*\s*(?:\*\*|__)?${PROGRAMME_NAME}update`, 'i');
/** The programme's name alone on a line, as the first issues set it above a bare header. */
const PROGRAMME_ALONE = new RegExp(String.raw`^${PROGRAMME}$`, 'i');
export const isProgrammeName = (text: string): boolean => PROGRAMME_ALONE.test(text);

// Early issues dated the header in figures: "19/04/2013".
const dateIn = (t: string) => findDayMonthYear(t, null) ?? findNumericDate(t);

export function parseHeaderLine(text: string): { number: number; rest: string; bare: boolean } | null {
  const match = HEADER.exec(text);
  if (!match) return null;
  const rest = match[3] ?? '';
  // OCR may read figures of the number as letters ("UPDATE NO 4l8").
  const number = asFigures(match[2]!);
  if (!/^\d+$/.test(number) || (!match[1] && !(BARE_DATE.test(rest) && dateIn(rest)))) return null;
  return { number: Number(number), rest, bare: !match[1] };
}

/** What may follow a bare header's date on its line: a closing bracket, a full stop, the close of bold. */
const ENDS_AT_DATE = /^[\s).*_]*$/;

// Before a header's date: a bracket, "w/e" or "week ending", a weekday; after it, page
// furniture ("| 2", "»") at most.
const BEFORE_DATE = /^[\s([–—-]*(?:(?:w\/e|week ending)\s*|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$/i;
const AFTER_DATE = /^[\s\p{P}\p{S}\d]*$/u;

/**
 * The header line holds nothing but the issue's number and date (or no date): an entry's
 * sentence opening with an earlier issue ("Update No 409 gave the link …") is no header.
 */
export function isHeaderAlone(text: string): boolean {
  const rest = parseHeaderLine(text)?.rest;
  if (rest === undefined) return false;
  if (rest === '') return true;
  const found = dateIn(rest);
  return found !== null && BEFORE_DATE.test(rest.slice(0, found.index)) && AFTER_DATE.test(rest.slice(found.index + found.length));
}

/**
 * Every header line, with its date from the same line or, failing that, the line below or above. A
 * bare "Update 3 (20 April 2020)" heads the issue only in a file with no "Update No"
 * header and only as the first such line or a copy of its number (a page's running head):
 * otherwise it is an entry quoting a numbered update of something else. `anyBare` (the
 * splitter, which cuts only between two bulletins' bodies) keeps a bare header of another
 * number too when its line ends at its dated year, as no sentence does.
 */
export function findHeaders(lines: SourceLine[], { anyBare = false } = {}): Header[] {
  const headers: Array<Header & { bare: boolean; whole: boolean }> = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const initial = asciiInitial(text);
    if (text === '' || text.length > 100 || (initial !== -1 && initial !== U && initial !== S) || !HEADER_START.test(text)) continue;
    const parsed = parseHeaderLine(text);
    if (!parsed) continue;
    let found = dateIn(parsed.rest);
    // A first-years bare header ("Update 28 (Friday 1st July 2011)") ends at its dated year.
    const whole = anyBare && parsed.bare && found !== null && ENDS_AT_DATE.test(parsed.rest.slice(found.index + found.length));
    let dateBelow = false;
    const below = !found && parsed.rest === '' ? lines[i + 1]?.text : undefined;
    if (below) {
      found = dateIn(below);
      dateBelow = found !== null && isDateLine(below, found);
    }
    // Or the date stands alone on the line above ("Friday 14th September 2012" / "SESLIP Update No. 50").
    const above = !found && parsed.rest === '' && i > 0 ? lines[i - 1]!.text : '';
    if (above !== '') {
      const date = dateIn(above);
      if (date && isDateLine(above, date)) found = date;
    }
    headers.push({ number: parsed.number, date: found?.date ?? null, index: i, bare: parsed.bare, whole, ...(dateBelow && { dateBelow }) });
  }
  const firstBare = headers.some((h) => !h.bare) ? undefined : headers[0];
  return headers.filter((h) => !h.bare || (firstBare && (h.number === firstBare.number || h.whole))).map(({ bare: _bare, whole: _whole, ...header }) => header);
}

// A Subject names the programme before a bare number ("SESLIP Weekly Update 524",
// "SESLIP Update: 524", "SESLIP Update #524"): in a Subject that is no prose. What follows
// the number is nothing or a date ("23 September 2022", "(w/e …)", "Friday …"), never words ("of …").
// Without the programme's name ("Weekly Update 524 – 14 October 2022") the Subject names
// the issue only over a text that is plainly a bulletin: any mail may be about an update.
const NAMED_SUBJECT = new RegExp(String.raw`^(${PROGRAMME}\s+)?(?:weekly\s+)?update\s*[:#–—-]?\s*#?\s*(\d{1,5})\b\s*[-–—,:]?\s*(.*)$`, 'i');
const SUBJECT_DATE = /^(?:[([\d]|w\/e\b|week ending\b|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b)/i;

function parseSubject(text: string, bulletin: boolean): { number: number; rest: string } | null {
  const parsed = parseHeaderLine(text);
  if (parsed) return parsed;
  const match = NAMED_SUBJECT.exec(text);
  if (!match || !(match[1] || bulletin)) return null;
  const rest = match[3] ?? '';
  return rest === '' || (SUBJECT_DATE.test(rest) && dateIn(rest)) ? { number: Number(match[2]), rest } : null;
}

/**
 * The header a mail's Subject line spells out ("Subject: FW: SESLIP Update No 524 -
 * 23 September 2022"), for a bulletin whose body has none. Read only as written: a
 * Subject with no date gives the number and a null date. `bulletin`: the text has the
 * bulletin's headings or labels, so a Subject need not name the programme.
 */
export function subjectHeader(lines: SourceLine[], index: number, bulletin: boolean): Header | null {
  const parsed = parseSubject(subjectText(lines[index]!.text), bulletin);
  return parsed && { number: parsed.number, date: dateIn(parsed.rest)?.date ?? null, index };
}

// A scraped archive saves each issue in a file named for it: "update-412-2020-06-19.txt",
// "SESLIP_Update_No_412.txt", "2020-06-19 update 412.txt". Only these shapes are read: a
// number after "update", "issue", "no" or "number", and a whole date (YYYY-MM-DD,
// YYYYMMDD, DD-MM-YYYY) that is a day of the calendar.
const NAME_DATE = /(?<!\d)(?:(\d{4})([-_.]?)(\d{2})\2(\d{2})|(\d{2})([-_.])(\d{2})\6(\d{4}))(?!\d)/g;
const NAME_NUMBER = /(?<![a-z])(?:update|issue|no|number)(?![a-z])\.?[\s_.#-]*(?:(?:no|number)(?![a-z])\.?[\s_.#-]*)?(\d+)(?![\da-z])/gi;
// A figure in brackets is a download's copy counter ("update-412 (1).txt").
const BARE_NUMBER = /(?<![\p{L}\d(])\d+(?![\p{L}\d)])/gu;
// A four-figure year ("notes-2020.txt", "update-2020.txt") is no issue's number.
const issueNumber = (figures: string): number | null => (Number(figures) >= 1 && Number(figures) < 1900 ? Number(figures) : null);
const single = <T>(values: T[]): T | null => (new Set(values).size === 1 ? values[0]! : null);

/**
 * The issue a file's name gives (directories and extension aside), or null: the number
 * after "update", "issue" or "no", or else the name's first bare number where a whole
 * date stands beside it; the date where it is a valid day. Two different numbers or
 * dates name nothing.
 */
export function nameHeader(source: string): { number: number | null; date: string | null } | null {
  const name = (source.split(/[\\/]/).pop() ?? '').replace(/\.[a-z][a-z\d]{0,4}$/i, '');
  const dates: string[] = [];
  // The date's figures are no number: blanked before numbers are read.
  const rest = name.replace(NAME_DATE, (whole, y1?: string, _s?: string, m1?: string, d1?: string, d2?: string, _t?: string, m2?: string, y2?: string) => {
    const [year, month, day] = (y1 ? [y1, m1, d1] : [y2, m2, d2]).map(Number) as [number, number, number];
    if (year >= 2000 && year < 2100 && isValidDay(year, month, day)) dates.push(isoDay(year, month, day));
    return ' '.repeat(whole.length);
  });
  const date = single(dates);
  const named = [...rest.matchAll(NAME_NUMBER)].map((m) => issueNumber(m[1]!));
  const bare = named.length === 0 && date ? issueNumber(rest.match(BARE_NUMBER)?.[0] ?? '') : null;
  const number = named.length > 0 ? single(named) : bare;
  return number === null && date === null ? null : { number, date };
}

/**
 * The headers that stand in a list of issues, one per line: two or more headers of
 * different numbers with nothing but blank lines between them, as a page's links to
 * earlier issues ("UPDATE NO 410 26 June 2020" / "UPDATE NO 409 19 June 2020"). A
 * bulletin's own header has its text below it, never another issue's header. `headers`
 * in line order.
 */
export function listedHeaders(lines: SourceLine[], headers: Header[]): Set<number> {
  const listed = new Set<number>();
  for (let k = 1; k < headers.length; k++) {
    const [above, below] = [headers[k - 1]!, headers[k]!];
    if (above.number === below.number) continue;
    let i = above.index + 1;
    while (i < below.index && lines[i]!.text === '') i++;
    if (i < below.index) continue;
    listed.add(above.index).add(below.index);
  }
  return listed;
}
