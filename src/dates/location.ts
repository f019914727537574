// Where an event happens: a venue after "at"/"in" ("at Riverside House, Guildford GU1 4AA"),
// a meeting platform (Microsoft Teams, Zoom, WebEx, Skype), or "online".
import { MONTH_PATTERN } from './calendar.js';

const VENUE_NOUNS = new Set([
  'offices', 'office', 'centre', 'center', 'hall', 'house', 'campus', 'building', 'room', 'rooms',
  'suite', 'hotel', 'library', 'school', 'college', 'university', 'theatre', 'stadium', 'court', 'park',
]);
/** Words a number follows in an address: "Unit 3", "Jct 10", "Block B2", "Floor 4", besides the venue nouns. */
const NUMBERED = new Set(['unit', 'units', 'block', 'floor', 'level', 'wing', 'gate', 'plot', 'bay', 'studio', 'pod', 'zone', 'junction', 'jct', 'jn']);
const CONNECTORS = new Set(['of', 'and', '&', 'in', 'upon', 'on', 'the']);
const NOT_PLACES = new RegExp(`^(?:${MONTH_PATTERN}|mon|tues?|wed(?:nes)?|thur?s?|fri|sat(?:ur)?|sun)(?:day)?$`, 'i');
/** Words that may follow a place: "in Central Brighton on Friday", "at X from 10am". */
const FOLLOWERS = /^(?:on|from|and|to|for|at|in|with|between|each|via|by|or|until|till|during|where|which|when|this|next|starting|as|is|will|has|was)\b/;
/** Words that follow a date in titles but are news about it, not a place. */
const STATUS_WORDS = /^(?:cancelled|postponed|rescheduled|new date|change of (?:date|venue)|update|reminder|save the date|hold the date|booking|book now|full)\b/i;
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?$|^\d[A-Z]{2}$/;

// "Venue – Guildford Civic Hall" in the first years' bulletins, as "Venue:" later.
const TRIGGER = /\b(at|in|[Vv]enue(?::|\s+[–—-])|[Ll]ocation:)\s+(?:the\s+(?=[A-Z]))?(?=[A-Z0-9])/g;
/** A region or a country: "agencies in the South East" says whose they are, not where anyone meets. */
const AREA = /^(?:(?:North|South)(?:[- ]?(?:East|West))?|East|West|(?:East |West )?Midlands|East of England|England|Wales|Scotland|UK|United Kingdom|(?:Great )?Britain)(?: region)?$/;

const PROPER = /^[A-Z][\p{L}'’.-]*$/u;
/** A capitalised word that is no month or weekday (its first letter checked before any pattern runs). */
export const isProper = (word: string): boolean => {
  const first = word.charCodeAt(0);
  return first >= 65 && first <= 90 && PROPER.test(word) && !NOT_PLACES.test(word);
};
/** Words that end a town's name of two or three words: "Tunbridge Wells", "Burgess Hill", "Bognor Regis". */
const TOWN_LAST = /^(?:Wells|Heath|Hill|Green|Bay|Regis|Common|Marsh|Forest|Magna|Parva|Spa|Sands|Island)$/;
/** Words that open one: "High Wycombe", "St Albans", "East Grinstead", "Kings Hill". */
const TOWN_FIRST = /^(?:St\.?|Saint|High|Great|Little|Royal|Kings?|King's|Bishops?|Bishop's|Chipping|Market|Princes|North|South|East|West|New|Upper|Lower)$/;
/** A town on a river or the sea: "Henley on Thames", "Kingston upon Thames", "Leigh on Sea". */
const ON_WATER = /^[A-Z][\p{L}'’.-]* (?:on|upon)(?: the)? (?:Sea|Thames|Avon|Trent|Tyne|Tees|Severn|Wye|Medway|Solent)$/u;
const SAINT = /^(?:St\.?|Saint)$/;
/** A plural after an everyday opening word names a group, not a town: "High Needs", "New Starters". */
const PLURAL = /[^s'’]s$/;

/**
 * Whether a short name is shaped like a town's: one capitalised word, or two or three
 * whose first or last word is one towns' names are made of ("Tunbridge Wells", "High
 * Wycombe", "Bognor Regis", "Henley on Thames"). Two words of any other shape are more
 * often a name for a session ("Permanency Planning", "Regional Leads").
 */
export function isTownName(name: string): boolean {
  if (!/\p{Ll}/u.test(name)) return false;
  const words = name.split(' ');
  if (words.length === 1) return isProper(name);
  if (ON_WATER.test(name)) return true;
  if (words.length > 3 || !words.every(isProper) || AREA.test(name)) return false;
  if (TOWN_LAST.test(words[words.length - 1]!)) return true;
  const first = words[0]!;
  return TOWN_FIRST.test(first) && (SAINT.test(first) || !PLURAL.test(words[1]!));
}
/**
 * Words a session's, a group's or a person's name is made of, not a town's: a part of a
 * series ("Round Two"), a title before a name ("Dr"), and the services, roles and groups a
 * bulletin's sessions are named after ("Early Help", "Virtual School", "Team Managers").
 */
const LABEL_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'fourth', 'fifth', 'final',
  'part', 'round', 'session', 'day', 'module', 'cohort', 'phase', 'week', 'stage', 'wave', 'term', 'year', 'level',
  'dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'cllr', 'councillor',
  'care', 'help', 'health', 'school', 'schools', 'team', 'group', 'board', 'council', 'network', 'forum', 'panel', 'hub', 'home', 'service',
  'children', "children's", 'young', 'people', 'youth', 'family', 'adult', 'adults', 'early', 'support', 'data', 'staff', 'review', 'head', 'senior', 'lead',
]);
/**
 * Endings of abstract nouns and adjectives, which towns' names seldom have: "Planning",
 * "Education", "Kinship", "Social", "Designated"; after three letters at least, so "City"
 * and "Deal" are none.
 */
const LABEL_ENDING = /(?:ing|ion|ment|ship|ity|ance|ence|ness|al|ive|ic|ary|ory|cy|ice|ed|ist|ism|ogy)$/;
const hasLabelEnding = (word: string): boolean => (LABEL_ENDING.exec(word)?.index ?? 0) >= 3;
/** Endings English places' names are made of: "Milton", "Hempstead", "Stortford". */
const PLACE_ENDING = /(?:ton|ham|ford|bury|borough|field|ley|worth|wick|stead|chester|cester|minster|mouth|hurst)$/;
const LOWER = /\p{Ll}/u;

/**
 * Whether two or three capitalised words may name a town though no word of theirs is
 * one towns' names are made of ("Gerrards Cross", "Hemel Hempstead"): none is an acronym
 * or a word or ending a label's name is made of, and the last is no plural ("Team
 * Managers") unless a saint's name or a place's ending stands before it ("Chalfont St
 * Giles", "Milton Keynes"). Weaker than isTownName: such words are only read as a place
 * where nothing else names one.
 */
export function mayNameTown(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || AREA.test(name)) return false;
  for (const word of words) {
    if (!isProper(word) || !LOWER.test(word)) return false;
    const lower = word.toLowerCase().replace('’', "'");
    if (LABEL_WORDS.has(lower) || hasLabelEnding(lower)) return false;
  }
  return !PLURAL.test(words[words.length - 1]!) || words.some((word, i) => i < words.length - 1 && (SAINT.test(word) || PLACE_ENDING.test(word)));
}
const isPart = (word: string): boolean =>
  isProper(word) || POSTCODE.test(word) || VENUE_NOUNS.has(word.toLowerCase());

const isNumbered = (word: string): boolean => VENUE_NOUNS.has(word) || NUMBERED.has(word);

const VENUE_REACH = 160;

/**
 * The words of `text.slice(from, from + VENUE_REACH).split(' ')`, by index, split only as
 * far as asked: a venue is a few words at most.
 */
function wordsFrom(text: string, from: number): (i: number) => string | undefined {
  const end = Math.min(text.length, from + VENUE_REACH);
  const words: string[] = [];
  let at = from;
  return (i) => {
    while (words.length <= i && at <= end) {
      const space = text.indexOf(' ', at);
      const stop = space < 0 || space > end ? end : space;
      words.push(text.slice(at, stop));
      at = stop + 1;
    }
    return words[i];
  };
}

/** A word without the punctuation after it. */
const bare = (word: string): string => word.replace(/[,.;:)]+$/, '');

/**
 * The proper-noun phrase starting at `from`: capitalised words, venue nouns, postcodes,
 * and after a comma a street number; "of"/"and"/"in" only between such words.
 */
function venueAt(text: string, from: number): string | null {
  const words = wordsFrom(text, from);
  const kept: string[] = [];
  for (let i = 0, raw = words(0); raw !== undefined; raw = words(++i)) {
    const word = bare(raw);
    const next = (): string => bare(words(i + 1) ?? '');
    const afterComma = kept.length > 0 && /,$/.test(words(i - 1) ?? '');
    const ok =
      (kept.length > 0 ? isPart(word) : isProper(word)) ||
      (kept.length > 0 && CONNECTORS.has(word.toLowerCase()) && isProper(next())) ||
      (afterComma && /^\d{1,4}[A-Za-z]?$/.test(word) && isProper(next())) ||
      // "Committee Room 2", "Suite 4B", "Unit 3", "M4 Jct 10": the number (not a year) of a
      // venue noun or an address word is part of the place.
      (kept.length > 0 && /^\d{1,3}[A-Za-z]?$/.test(word) && isNumbered(kept[kept.length - 1]!.toLowerCase()));
    if (!ok || (kept.length > 0 && /[.;:)]$/.test(words(i - 1) ?? ''))) break;
    kept.push(raw);
    if (/,$/.test(raw) && !(isProper(next()) || /^\d/.test(next()))) break;
  }
  const venue = kept.join(' ').replace(/[,.;:)]+$/, '');
  // "at SEN support": a lowercase word running on means the capitals were not a place.
  const following = words(kept.length) ?? '';
  const runsOn = /[\p{L}\d]$/u.test(kept[kept.length - 1] ?? '') && /^\p{Ll}/u.test(following) && !FOLLOWERS.test(following);
  return venue && !runsOn ? venue : null;
}

/** "Teams" all alone where a place stands is Microsoft's: elsewhere the word may be anyone's teams. */
const TEAMS_ALONE = /^(?:MS\s+)?Teams$/;
/** Meeting platforms by name; "online" is no name, and is said of forms and bookings too. */
const NAMED_PLATFORMS: Array<[RegExp, string]> = [
  [/\b(?:Microsoft|MS) Teams\b|\bTeams\s+(?:meeting|call)\b|\bvia Teams\b|\bon Teams\b/, 'Microsoft Teams'],
  [/\bZoom\b/, 'Zoom'],
  [/\bWebEx\b/i, 'WebEx'],
  [/\bSkype\b/, 'Skype'],
];
const PLATFORMS: Array<[RegExp, string]> = [...NAMED_PLATFORMS, [/\b[Oo]nline\b|\bvirtual(?:ly)?\b|\bwebinars?\b/, 'online']];

/** The meeting platform `text` names (Microsoft Teams, Zoom, WebEx, Skype), or null. */
export const findPlatform = (text: string): string | null => NAMED_PLATFORMS.find(([pattern]) => pattern.test(text))?.[1] ?? null;

/**
 * After a venue, the other way to attend, ending its phrase: "… Maidstone and online via
 * Teams", "… Reigate or on Zoom" (not "… Reigate and online booking closes").
 */
const HYBRID = /^,?\s+(?:and|&|or)\s+(?:also\s+)?(?:online|virtually|remotely|(?=(?:via|on|through)\s))(?:\s*(?:via|on|through|using)\s+(?:(?:Microsoft|MS)\s+)?(?:Teams|Zoom|WebEx|Skype)\b)?(?=\s*(?:[,.;:()]|$|(?:from|for|with|between|on|at)\s))/i;

/** A venue with the online way to join it the text names right after it: "Sessions House, Maidstone and online via Microsoft Teams". */
function withHybrid(venue: string, text: string, from: number): string {
  const rest = text.startsWith(venue, from) ? text.slice(from + venue.length) : '';
  const hybrid = HYBRID.exec(rest);
  if (!hybrid) return venue;
  const platform = findPlatform(hybrid[0]);
  return `${venue} and online${platform ? ` via ${platform}` : ''}`;
}

/** The place named in `text`, or null. A venue wins over a platform, "at" over "in". */
export function findLocation(text: string): string | null {
  let inVenue: string | null = null;
  for (const match of text.matchAll(TRIGGER)) {
    const from = match.index + match[0].length;
    const venue = venueAt(text, from);
    if (!venue) continue;
    if (match[1] !== 'in') return withHybrid(venue, text, from);
    if (!AREA.test(venue)) inVenue ??= withHybrid(venue, text, from);
  }
  if (inVenue) return inVenue;
  for (const [pattern, name] of PLATFORMS) if (pattern.test(text)) return name;
  return null;
}

/**
 * The place a "Venue:" or "Where:" line names: a platform by its usual name, else the
 * value itself without remarks in brackets; null when it is still to be decided.
 */
export function placeField(value: string): string | null {
  const place = value.replace(/\s*\([^()]*\)/g, '').replace(/[\s.;:,]+$/, '').trim();
  if (!place || place.length > VENUE_REACH || /^(?:tbc|tba|to be (?:confirmed|announced|arranged|decided))\b/i.test(place)) return null;
  for (const [pattern, name] of PLATFORMS) if (pattern.test(place)) return name;
  return place;
}

/**
 * A place that is all that follows a date: "Conference – Thursday 5 March 2020 –
 * Crawley", or the last cell of a table row "… | 9.30-13.30 | County Hall, Lewes BN7 1UE".
 */
export function trailingPlace(after: string): string | null {
  const start = /^[\s,|–—-]*/u.exec(after)?.[0].length ?? 0;
  let end = after.length;
  while (end > start && /[\s.;:]/.test(after.charAt(end - 1))) end--;
  // venueAt reads no further than VENUE_REACH: a longer rest is never all venue.
  if (end - start > VENUE_REACH) return null;
  const rest = after.slice(start, end);
  if (!rest || STATUS_WORDS.test(rest)) return null;
  // A diary line's platform alone: "…, 13:00–14:30 (GMT), Teams".
  if (TEAMS_ALONE.test(rest)) return 'Microsoft Teams';
  const venue = venueAt(rest, 0);
  return venue === rest ? venue : null;
}
