// What chrono reads in the text around a reading: the words and numbers one of its parsers
// reads, past the numbers it drops, and the words its time-zone refiner appends. The fast
// paths (result.ts) decline a window where any stands.
import type { DateResult } from './result.js';

/**
 * A digit, or a word one of the parsers chrono.ts keeps reads: a month, a weekday (or
 * "weekend"), a part of the day. Found at the end of any run of letters, as the parsers
 * also read them glued to "in", "on" or "this" ("inJune", "thisnight"), or glued to what
 * they read on: "Juneof", "Junefirst", "Fridaynextweek". A weekday only starting a word
 * or after those, as the weekday parser reads it: "showed" or "common" holds none.
 */
const MONTH_WORD = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
export const MONTH_READ = `${MONTH_WORD}(?=of|fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe|[^a-z]|$)`;
export const OTHER_READ =
  // The lookahead first: the lookbehind is only tried where a weekday starts.
  '(?=sun|mon|tue|wed|thu|fri|sat|week)(?<=(?:^|[^a-z0-9_])(?:on\\s*)?(?:(?:this|last|past|next)\\s*)?)' +
  '(?:sun|mon|tue|wed|thu(?:rs?)?|fri|sat|(?:sun|mon|tues|wednes|thurs|fri|satur|week)day|weekend)(?=of|this|last|past|next|[^a-z]|$)' +
  '|(?:morning|afternoon|evening|night|midday|noon)(?![a-z])';
const READ_WORD = new RegExp(`\\d|${MONTH_READ}|${OTHER_READ}`, 'i');
/**
 * A count between two words, or before a word at the start of a window ("week 9 return",
 * "the 15 authorities", "Court, 1 Guildford", "15 authorities"): the time parser reads it
 * as a bare hour, which numberNotTimeFilter drops before any refiner sees it, and no other
 * parser reads it. Not next to a month or a weekday ("June 5 people", "5 Dec"), after "of"
 * (the year of "June of 80"), nor before a word a time or a list reads on into ("5 pm",
 * "5 to 6", "5 and 6 June") or an era a year takes ("5 AD", "5 BE"). A digit is looked
 * for first here and in PERCENT: a lookbehind first would be tried at every position.
 */
const QUIET_NUMBER = /(?=\d)(?<=(?:^|[^a-z])([a-z]{2,})[,;:)]? |^)\d{1,4}(?= (?!(?:am|pm|to|till|until|through|and|for|of|hrs?|hours?)(?![a-z])|be|ad|bc|ce)([a-z]{2,}))/gi;
/**
 * A percentage ("80%", "10.5%"): the time parser's reading, if any, is dropped by
 * numberNotTimeFilter (a time before "%"). After a word as a quiet number is, or at the
 * start of a window (not of the text after a date, where "5 June 80%" is June 1980).
 */
const PERCENT = /(?=\d)(?<=(?:^|[^a-z])([a-z]{2,})[,;:)]? |^)\d{1,3}(?:\.\d{1,2})?%(?=[\s,;:)]|\.(?!\d)|$)/gi;
const isQuietAfter = (word: string | undefined): boolean => word !== undefined && !READ_WORD.test(word) && !/^of$/i.test(word);
const mask = (number: string): string => '#'.repeat(number.length);
/** `text` with its quiet numbers and percentages masked, for READ_WORD to look past them; `start` if it starts a window. */
export const unquiet = (text: string, start = false): string =>
  /\d/.test(text)
    ? text
        .replace(QUIET_NUMBER, (number: string, before: string | undefined, after: string) =>
          (before === undefined ? start : isQuietAfter(before)) && !READ_WORD.test(after) ? mask(number) : number,
        )
        .replace(PERCENT, (number: string, before: string | undefined) => ((before === undefined ? start : isQuietAfter(before)) ? mask(number) : number))
    : text;
/** Whether something chrono reads stands in `text`, past its quiet numbers; `start` if it starts a window. */
export const reads = (text: string, start = false): boolean => READ_WORD.test(unquiet(text, start));
/** chrono's time-zone refiner: the word it may append to a result (TIMEZONE_NAME_PATTERN). */
const ZONE_WORD = /^\s*,?\s*\(?([a-z]{2,4})\)?(?=\W|$)/i;
/**
 * Short words that follow dates and times and are no time-zone abbreviation of chrono's
 * (tests/dates/fast/reads.test.ts checks each). Any other such word may be one ("West",
 * "EAT", "ET"): the window then goes to chrono.
 */
export const NOT_ZONES = new Set(
  ('AN AS AT BY DO GO IF IN IS IT NO OF ON OR SO TO UP US WE ' +
    'ALL AND ANY ARE BUT CAN DAY FOR HAS HAD HER HIS HOW ITS NEW NOT NOW OFF OLD ONE OUR OUT SEE SHE THE TBA TBC TWO WAS WHO WHY YOU ' +
    'ALSO BOOK BOTH DATE EACH FROM FULL HALL HAVE HERE HELD INTO JOIN MORE MUST ONLY OPEN ROOM SUCH THAN THAT THEM THEN THEY THIS UPON VIA WHEN WILL WITH YOUR ZOOM').split(' '),
);

/** Whether chrono's time-zone refiner appends the word after a result (only in capitals after a date without a time). */
export function takesZone(after: string, timed: boolean): boolean {
  const word = ZONE_WORD.exec(after)?.[1];
  if (!word || NOT_ZONES.has(word.toUpperCase())) return false;
  return timed || word === word.toUpperCase();
}

/** chrono's reading of a window holding nothing it reads but quiet numbers and percentages ("above the 10.5% threshold"): none. */
export const unread = (text: string): DateResult[] | undefined => (reads(text, true) ? undefined : []);
