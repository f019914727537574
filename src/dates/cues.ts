// The words that say what a date is for. Generic English, nothing from any one bulletin.
import type { EventStatus } from '../schema.js';
import { MONTH_PATTERN } from './calendar.js';

/**
 * A gathering people attend: a date near one of these is an event. Each word starts at
 * a word boundary, tested once for all of them (twice as fast as one per word).
 */
const EVENT = new RegExp(
  `\\b(?:${[
    '(?:network\\s+)?meetings?\\b',
    'meets?\\b',
    'met\\b',
    'workshops?\\b',
    'conferences?\\b',
    '(?<!\\bof\\s)courses?\\b',
    'cohorts?\\b',
    'webinars?\\b',
    'briefings?\\b',
    'forums?\\b',
    'launch(?:es|ing)?\\b',
    'signing\\b',
    '(?:hold|save) the date\\b',
    'events?\\b',
    'sessions?\\b',
    'seminars?\\b',
    'training\\b',
    'summit\\b',
    'masterclass(?:es)?\\b',
    'roadshows?\\b',
    'symposium\\b',
    // "a residential", "the Leadership Residential": the noun ends its phrase ("residential care" is none).
    'residentials?(?=\\s*(?:[,.;:)–—-]|$))',
    'drop-in\\b',
    // A call people join ("a planning call on 4 October, 2pm – 3pm"), not "a call for evidence".
    '(?:planning|catch-up|check-in|video|conference|teams|zoom|online|network|briefing|scoping|introductory|discussion)\\s+calls?\\b',
    'ceremony\\b',
    '(?:away|launch|signing|training|development|celebration|information|open|practice|challenge|review) (?:days?|evenings?)\\b',
    // Only a gathering can be put off: "the away day … has been postponed".
    '(?:postponed|cancell?ed|rescheduled)\\b',
    'exchange\\b',
    '(?:will (?:now |still |instead )?be|is being|to be) held\\b',
    // "The Board will hold a regional conversation with … on 15 May": whatever is held is a gathering.
    '(?:will|to|shall) hold (?:a|an|its|their|our)\\b',
    'takes? place\\b',
    'took place\\b',
    '(?:future|further|following|other|next) dates\\b',
    'dates? (?:have|has) (?:also )?been (?:set|fixed|arranged|agreed|confirmed)\\b',
    '(?:will|to) run (?:over|on|from)\\b',
  ].join('|')})`,
  'i',
);

export const hasEventCue = (text: string): boolean => EVENT.test(text);

/** Brackets straight after a gathering's name: "the Regional SEND Conference (Milton Keynes), planned for". */
const AFTER_GATHERING = new RegExp(`${EVENT.source}\\s*\\(([^()]{2,60})\\)`, 'gi');
/** What each bracket straight after a gathering word in `text` holds. */
export const gatheringBrackets = (text: string): string[] =>
  text.includes('(') ? Array.from(text.matchAll(AFTER_GATHERING), (m) => m[1]!.trim()) : [];

// A date that only says when something was put out: "published 5 December 2019",
// "published by NCB on 8 November", "On 4 May the Forum published ...".
const PUT_OUT = '\\b(?:published|updated|released|issued)\\b';
// Up to the date, "by NCB on" and such may stand after the verb, but no other date or
// figure: "published on 4 November and the return is due on 31 July" puts out only the first.
const PUBLISHED_BEFORE = new RegExp(`${PUT_OUT}(?:\\s+(?:by|on)\\b[^.;:\\d]{0,80})?\\s*$`, 'i');
const PUBLISHED_AFTER = new RegExp(`^[^.;:]{0,100}?${PUT_OUT}`, 'i');
const SENTENCE_START = /^\W*(?:on\s+)?$/i;

/** True when the words around a date make it a publication date. */
export const isPublicationDate = (before: string, after: string): boolean =>
  PUBLISHED_BEFORE.test(before) || (SENTENCE_START.test(before) && PUBLISHED_AFTER.test(after));

// "figures as at 31 March", "children placed … at 31 March 2017": the day a count is taken.
const AS_AT = /\bat\s+$/i;

/** True when the date, read with no time, follows "at": the day a count or snapshot is taken, not a gathering. */
export const isCountDay = (before: string, start: string | null): boolean => start === null && AS_AT.test(before);

// "by", "no later than", "closing date", "the deadline for nominations is", "Closing date
// for nominations:", "book by", "extended to" — optionally followed by a clock time and
// "on": "by 5pm on"; "by close of play on", "by COP", "by COB": the end of the working day.
// The text tested is a short window ending where the date starts.
const DEADLINE = new RegExp(
  '\\b(?:by(?:\\s+(?:(?:the\\s+)?(?:close|end)\\s+of\\s+(?:play|business|(?:the\\s+)?day)|cop|cob|eod)(?:\\s+on)?)?|no later than|not later than|before|closes?(?:\\s+on)?|closing date(?:\\s+(?:is|for\\s[^.;:]{0,60}?(?:\\s+is|\\s*(?=:))))?|' +
    'deadline(?:\\s+(?:is|for\\s[^.;:]{0,60}?(?:\\s+is|\\s*(?=:))))?|(?:extended|moved|changed|put back|brought forward)\\s+(?:to|until)|submitted\\s+by|returned\\s+by)' +
    // "close at noon on": the time a date was read with may stand before it.
    '\\s*[:,]?\\s*(?:at\\s+)?(?:the\\s+)?$',
  'i',
);
/** "is due on", "due by": a deadline unless what is due is a gathering ("the next meeting is due on"). */
const DUE = /\bdue(?:\s+(?:on|by|in))?\s*[:,]?\s*(?:the\s+)?$/i;
/** A person or a birth is due, not a piece of work: "Her baby is due on 3 July", "she is due back on". */
const DUE_PERSON = /\b(?:bab(?:y|ies)|twins|she|he|I|we)\s+(?:is|are|am|was|were)\s+(?:now\s+|also\s+)?due\b/i;
/** A date moved, not extended: a deadline's only when the sentence names one ("the closing date has been moved to"). */
const MOVED_TO = /\b(?:moved|changed|put back|brought forward)\s+(?:to|until)\s*[:,]?\s*(?:the\s+)?$/i;
const DEADLINE_NOUN = /\b(?:deadline|closing date|submissions?|returns?|applications?|nominations?|responses?|bids?|expressions? of interest)\b/i;

/** "close at 2pm on": a time of day something ends, a deadline only when what closes is asked for ("applications close at noon on"). */
const CLOSE_AT = /\bcloses?\s+(?:at\s+)?$/i;
/** Whether the time read with a date is when something closes ("the conference will close at 4pm on"): its end, not its start. */
export const closesAt = (before: string): boolean => CLOSE_AT.test(before);
const CLOSING_THING = new RegExp(`${DEADLINE_NOUN.source}|\\b(?:bookings?|registrations?|surveys?|consultations?|places|portal|funds?|scheme|window|forms?|call)\\b`, 'i');

/** "Please arrive by 9.30am on": when to come to a gathering, not a deadline. */
const ARRIVE_BY = /\b(?:arrive|arrival)\s+(?:by|before|no later than|not later than)\s*(?:at\s+)?$/i;

/** The date's own sentence before it: from the last full stop or semicolon before it. */
const sentenceBefore = (before: string): string => before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; ')) + 1);
/** Where the date's own sentence ends: a full stop or semicolon before a space or the end. */
const SENTENCE_END = /[.;](?:\s|$)/;
/** The date's own sentence after it. */
export const sentenceAfter = (after: string): string => {
  const end = after.search(SENTENCE_END);
  return end < 0 ? after : after.slice(0, end);
};

/** Whether the text just before a date makes it a deadline; "the meeting has been moved to 21 June" is no deadline. */
export function isDeadline(before: string): boolean {
  if (!DEADLINE.test(before)) return DUE.test(before) && !hasEventCue(sentenceBefore(before)) && !DUE_PERSON.test(sentenceBefore(before));
  if (CLOSE_AT.test(before)) return CLOSING_THING.test(sentenceBefore(before));
  if (ARRIVE_BY.test(before)) return false;
  if (!MOVED_TO.test(before)) return true;
  return DEADLINE_NOUN.test(sentenceBefore(before));
}

// What a clause tells as done: "was held", "were shared at", "presented at" (not "to be",
// "is" or "being presented at"), "took place", "met".
const PAST = /\b(?:took place|(?:was|were|has been|have been|had been)\s+(?:held|shared|presented|discussed|considered|agreed|reported|launched)|(?<!\b(?:be|being|is|are)\s)(?:(?:shared|presented|discussed)\s+(?:at|with|to)|held\s+on)\b|met\b)/i;
/** The days listed before a date ("3, 4 and", "14th &"): no clause ends between them. */
const LISTED_DAYS = /(?:\b\d{1,2}(?:st|nd|rd|th)?\s*(?:,|and|&)\s*)+$/i;
// Where a clause ends: another one can tell something else ("met in March and will meet again in January").
const CLAUSE_BREAK = /[.;,!?]|\b(?:and|but|while|whereas)\b/gi;

/** The date's own clause: its words before the date (after the last clause break) and after it (up to the next). */
function clauseAround(before: string, after: string): { head: string; tail: string } {
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  const end = after.search(CLAUSE_BREAK);
  return { head: before.slice(start), tail: end < 0 ? after : after.slice(0, end) };
}

/**
 * Whether the clause around a date (`before` it and `after` it) tells of something done;
 * never the day something was moved to ("was postponed to", "has been moved to").
 */
export function isPastClause(before: string, after: string): boolean {
  if (NEW_DATE.test(before) || MOVED_TO.test(before)) return false;
  // A listed day shares its list's clause: "were held on 3 and 10 March".
  const { head, tail } = clauseAround(before.replace(LISTED_DAYS, ''), after);
  return toldDone(head) || PAST.test(tail);
}

// A deadline told as met ("thanks to all who responded by", "returns received by 31 July have
// been analysed"), unless someone is still asked to act ("must be received by").
const DONE_BY = /\b(?:thanks?|thank you|have been|has been|had been|were|was|received|responded|replied)\b/i;
const TO_DO = /\b(?:must|should|will|shall|please|need to|needs to|asked to|invited to|can|may)\b/i;

/** Whether the clause around a deadline's date (`before` it and `after` it) tells it as already met. */
export function isMetDeadline(before: string, after: string): boolean {
  const { head, tail } = clauseAround(before, after);
  const clause = `${head} ${tail}`;
  return DONE_BY.test(clause) && !TO_DO.test(clause);
}

/** What is to come, after something done in one clause: "the group that met in March will meet again on". */
const FUTURE = /\b(?:will|shall|is to|are to|to be|going to|next)\b/i;

/** Whether a clause's words before its date tell it as done: a past verb with no future one between it and the date. */
const PAST_ALL = new RegExp(PAST.source, 'gi');
function toldDone(clause: string): boolean {
  const past = [...clause.matchAll(PAST_ALL)].at(-1);
  return past !== undefined && !FUTURE.test(clause.slice(past.index + past[0].length));
}

// When a service is open or down ("the portal will be open on 3 June, 9am-5pm", "the system is
// unavailable on 12 June, 6pm-10pm"): hours of a service, not a gathering people attend.
const SERVICE_HOURS =
  /\b(?:unavailable|offline|maintenance|opening hours|office hours|(?:portal|system|helpline|phone\s*lines?|lines|office|website|service|mailbox|inbox)\s+(?:is|are|will\s+be|remains?)\s+(?:open|closed|staffed|available|down))\b/i;

/** Whether the sentence around a date (`before` it and `after` it) tells of a service's hours, not a gathering. */
export function isServiceHours(before: string, after: string): boolean {
  return SERVICE_HOURS.test(sentenceBefore(before)) || SERVICE_HOURS.test(sentenceAfter(after));
}

const CANCELLED = /\bcancel(?:l)?ed\b/i;
/**
 * The day a gathering was put off, or moved ("rescheduled to 29 June", "moved from
 * Wednesday 25 March to …"): it will not happen then. A move names the day it leaves, so a
 * place or a time moved ("moved from Lewes", "changed from 2pm") is none.
 */
const POSTPONED = new RegExp(
  `\\b(?:postponed|rescheduled|(?:moved|changed|put\\s+back|brought\\s+forward)\\s+from\\s+(?:the\\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN})`,
  'i',
);
const HELD = /\b(?:already|has been|have been)\s+held\b/i;
const BOOKING = /\bbook(?:ing)?\s+(?:here|now|open|is open|your)|\bbookings?\s+(?:are\s+|is\s+)?(?:now\s+)?open|\bregist(?:er|ration)\b/i;

export type StatusWords = 'cancelled' | 'postponed' | 'held' | 'booking-open' | null;

/** A word every one of the patterns above needs: most text has none. */
const ANY_STATUS = /cancel|postponed|rescheduled|held|book|regist|(?:moved|changed|back|forward)\s+from/i;

/** What the text's own words say about its events, strongest first. */
export function statusWords(text: string): StatusWords {
  if (!ANY_STATUS.test(text)) return null;
  if (CANCELLED.test(text)) return 'cancelled';
  if (POSTPONED.test(text)) return 'postponed';
  if (HELD.test(text)) return 'held';
  return BOOKING.test(text) ? 'booking-open' : null;
}

/**
 * Ends just before the day a gathering was moved to: "postponed to (Tuesday) 21 June",
 * "(that was postponed in January) now takes place on Weds 13th April".
 */
const NEW_DATE =
  /\b(?:(?:postponed|rescheduled|deferred)\s+(?:to|until|for)|(?:postponed|rescheduled|deferred|moved|changed|put\s+back|brought\s+forward)\s+from\s+[^.;]{1,40}?\s+(?:to|until)|now\s+(?:(?:will\s+)?(?:be\s+held|take\s+place)|takes\s+place|is|runs|meets)\s+on)\s+(?:the\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)?$/i;

/**
 * What the words say about one date of the text: the day a gathering was postponed to is
 * not itself postponed (or cancelled), only bookable when the text says so.
 */
export function dateStatusWords(words: StatusWords, before: string, text: string): StatusWords {
  if ((words === 'postponed' || words === 'cancelled') && NEW_DATE.test(before)) return BOOKING.test(text) ? 'booking-open' : null;
  return words;
}

/** The status of an event on `date`: the words, else past or upcoming against the issue date. */
export function eventStatus(words: StatusWords, date: string, issueDate: string | null): EventStatus | null {
  if (words !== null && words !== 'booking-open') return words;
  if (issueDate && date < issueDate.slice(0, date.length)) return 'past';
  return words ?? (issueDate ? 'upcoming' : null);
}
