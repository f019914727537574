// The issue header: "UPDATE NO 402 15 May 2020", "Update no 585 1st December 2023", and in
// earlier years with the programme's name first: "SESLIP UPDATE No. 150 – 12th June 2015".
import { findDayMonthYear } from '../dates/calendar.js';
import type { SourceLine } from '../model.js';
import { asciiInitial, code } from './labels.js';

export interface Header {
  number: number;
  date: string | null;
  /** Index into the lines array. */
  index: number;
}

const U = code('u');
const S = code('s');
const HEADER = /^#*\s*(?:seslip\s+)?update\s+no\.?\s*:?\s*(\d{1,5})\b\s*[-–—,:]?\s*(.*)$/i;

export function parseHeaderLine(text: string): { number: number; rest: string } | null {
  const match = HEADER.exec(text);
  if (!match) return null;
  return { number: Number(match[1]), rest: match[2] ?? '' };
}

/** Every header line, with its date from the same line or, failing that, the next one. */
export function findHeaders(lines: SourceLine[]): Header[] {
  const headers: Header[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const initial = asciiInitial(text);
    if (text === '' || text.length > 80 || (initial !== -1 && initial !== U && initial !== S) || !/^#*\s*(?:seslip\s+)?update/i.test(text)) continue;
    const parsed = parseHeaderLine(text);
    if (!parsed) continue;
    let found = findDayMonthYear(parsed.rest, null);
    if (!found && parsed.rest === '' && lines[i + 1]) found = findDayMonthYear(lines[i + 1]!.text, null);
    headers.push({ number: parsed.number, date: found?.date ?? null, index: i });
  }
  return headers;
}
