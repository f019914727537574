// A short name for one event of an entry, when the text gives one: "(Kinship Planning)"
// after a date, "– Joint meeting with the Adoption Network" after it, a "Part 1 … –
// Finance Leads session" schedule line, or a table row's first cell.

import { gatheringBrackets, hasEventCue } from './cues.js';
import { isTownName, mayNameTown } from './location.js';

/** Parentheses that qualify the date rather than name the event. */
const QUALIFIER = /^(?:am|pm|am and pm|am only|pm only|morning|afternoon|all day|full|fully booked|tbc|tba|already held|cancelled|postponed|online|virtual)$/i;
/** Whether a bracket or a table cell only qualifies the day ("am", "all day", "online"), naming nothing. */
export const isQualifier = (text: string): boolean => QUALIFIER.test(text.trim());
/** Dash clauses that are calls to action, not names. */
const ACTION = /^(?:\(?(?:already held|cancelled|postponed)\)?|book|click|register|see|details|more|please|for more)\b/i;
/** Where a name stops and the description starts: "... SEND Network with a focus on". */
const DESCRIPTION = /\s(?:with a|with an|with the aim|focusing|which|where|that|to discuss|to explore|to look|as part of)\b/i;
/** Details listed after the name: "South East DCS Meeting, all day, Venue – …". */
const DETAILS = /,\s*(?:all[- ]day|venue|location|where)\b.*$/i;
const MAX_WORDS = 10;

/**
 * A date's own brackets: right after it, or in its written text just before its time
 * ("10 June (Oxford), 2-4pm"); not a remark on the time before the day ("13:30–15:00 (BST)
 * on 18 June").
 */
const BRACKET_AFTER = /^\s*\(([^()]{2,60})\)/;
const BRACKET_IN = /\(([^()]{2,60})\)[\s,–—-]*(?:(?:at|from)\s+)?\d[^()]*$/;

/** Whether a bracket's words name a town: shaped like one (isTownName), no qualifier and no gathering. */
const isBracketTown = (words: string): boolean => isTownName(words) && !QUALIFIER.test(words) && !hasEventCue(words);
/** Whether a bracket's words may name a town (mayNameTown): read so only where nothing else names a place. */
const mayBeBracketTown = (words: string): boolean => mayNameTown(words) && !hasEventCue(words);

/** What a date's own brackets hold (BRACKET_AFTER, BRACKET_IN). */
export function dayBracket(written: string, after: string): string | null {
  return (BRACKET_AFTER.exec(after) ?? (written.includes('(') ? BRACKET_IN.exec(written) : null))?.[1]?.trim() || null;
}

/**
 * The town a date's brackets (dayBracket) name, "3 June (Reading) and 10 June (Tunbridge
 * Wells)"; "(Kinship Planning)" is a label and "(BST)" a remark. `loose`: words that may
 * name one too ("(Gerrards Cross)"), for a day with no other place.
 */
export const bracketPlace = (bracket: string | null, loose = false): string | null =>
  bracket && (loose ? mayBeBracketTown(bracket) : isBracketTown(bracket)) ? bracket : null;

/**
 * The town in brackets after a gathering's name: "the Regional SEND Conference (Tunbridge
 * Wells), planned for". `loose`: words that may name one too, for days with no other place.
 */
export const gatheringTown = (text: string, loose = false): string | null => gatheringBrackets(text).find(loose ? mayBeBracketTown : isBracketTown) ?? null;

const PART = /^((?:part|session|day|module|workshop)\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four))\b/i;

function clause(after: string): string | null {
  const match = /^\s*[–—-]\s*([^–—]+)/u.exec(after);
  const text = match?.[1]?.replace(/\s-\s.*$/, '').trim();
  if (!text || ACTION.test(text) || !/^[\p{Lu}\d]/u.test(text)) return null;
  const name = text.split(DESCRIPTION)[0]?.replace(DETAILS, '').replace(/[.,;:]+$/, '').trim() ?? '';
  return name && name.split(' ').length <= MAX_WORDS ? name : null;
}

/** The table cell just before the date's cell: "AD Safeguarding Network | Thursday 8 June". */
const CELL_BEFORE = /(?:^|\s\|\s)([^|]{1,80}?)\s\|\s$/;

/**
 * The label of the event whose date or time sits between `before` and `after` in a
 * segment that starts with `segment`; `bracket`, the date's own (dayBracket), also where
 * its written text holds it before its time ("5 April (Early Help), 2-4pm").
 */
export function findLabel(segment: string, before: string, after: string, bracket: string | null = null): string | null {
  const cell = before.endsWith('|', before.length - 1) ? CELL_BEFORE.exec(before)?.[1] : undefined;
  if (cell) return cell;
  const paren = BRACKET_AFTER.exec(after);
  const own = paren?.[1]?.trim() ?? bracket;
  if (own && !isQualifier(own)) return own;
  const name = clause(paren ? after.slice(paren[0].length) : after);
  const part = PART.exec(segment)?.[1] ?? null;
  if (part && name) return `${part} – ${name}`;
  return name ?? part;
}
