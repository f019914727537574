// A fast path past chrono for the commonest window: one plain written date, "18 December
// 2019" or "on Friday 24th January 2020", optionally with a simple time range after it
// ("Wednesday 8 December, 10.30-12.30", "13 January 2021 – 2pm to 4pm"), and nothing
// around it that any of chrono's parsers or refiners could read. Anything else, however
// harmless it looks, goes to chrono: this must give exactly chrono's result or decline
// (tests/dates/plain.test.ts checks both agree).
//
// Two readers share the date shapes and differ in what they let stand around the date:
// plainDate, the first fast path, refuses any word a parser might start on ("next",
// "week", "money"), and its choices still decide how the windows it leaves are batched
// (src/dates/chrono.ts); quietDate refuses only what chrono's configuration really reads.
import type { ParsedComponents } from 'chrono-node';
import { isValidDay, monthNumber } from './calendar.js';
import { hour24 } from './parsers.js';
import { LIST_JOIN, LISTED_DAYS, LOOK } from './refiners.js';

type Component = Parameters<ParsedComponents['isCertain']>[0];

/** The parts of chrono's result the dates stage reads. */
export interface DateComponents {
  isCertain(component: Component): boolean;
  get(component: Component): number | null;
}

export interface DateResult {
  index: number;
  text: string;
  start: DateComponents;
  end?: DateComponents | null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const PLAIN = new RegExp(
  `(?:(${WEEKDAYS.join('|')}),? )?(\\d{1,2})(?:st|nd|rd|th)? ` +
    '(january|february|march|april|may|june|july|august|september|october|november|december)(?![\\p{L}])(\\.)?(?:,? ((?:19|2\\d)\\d\\d))?',
  'iu',
);
/** Words and signs some chrono parser or refiner reads (generously: a false alarm only costs a chrono call). */
const BUSY =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|week|morning|afternoon|evening|night|midnight|midday|noon|this|last|past|next|end|now|today|tonight|tomorrow|yesterday|ago|later|within)/i;
/** What chrono's time-zone refiner would append to a date: "(BST)", ", GMT". */
const ZONE_AFTER = /^\s*,?\s*\(?[A-Z]{2,4}\)?(?=\W|$)/;
/**
 * A time range right after the date, joined as chrono's date-time merge or
 * dateThenTimeRefiner joins it: "10.30-12.30", "9:30 – 13:30", "2pm to 4pm", "2–4pm",
 * ", both 10.00-12.00".
 */
const CLOCK = '(\\d{1,2})(?:[.:](\\d\\d))?([ap]m)?';
const RANGE = `${CLOCK}(?:[ \\t]*[–-][ \\t]*|[ \\t]+to[ \\t]+)${CLOCK}(?![\\p{L}\\p{N}]|[.:]\\d)`;
const TIME_AFTER = new RegExp(`^,?[ \\t]+(?:(?:[–-]|from|both)[ \\t]+)?${RANGE}`, 'iu');
/**
 * arrivalForStartParser's reading after the date, which the date-time merge joins to it:
 * ", 9.30 for a 10.00 start" (its groups as TIME_AFTER's).
 */
const ARRIVAL_AFTER = /^,?[ \t]+(\d{1,2})(?:[.:](\d{2}))?\s?(am|pm)?\s+for\s+(?:an?\s+)?(\d{1,2})(?:[.:](\d{2}))?\s?(am|pm)?\s+start\b/iu;
/** What chrono's date-time merge joins a date and a time across (the time parser takes a "from"). */
const MERGE_BETWEEN = /^\s*(?:T|at|after|before|on|of|,|-|\.|∙|:)?\s*$/;
/** What chrono's time parser would read on past the time: "4.30 pm", "10.30 hrs", "2 o'clock", "12.30 %". */
const CLOCK_WORD_AFTER = /^\s*(?:[ap]\.?\s?m\b|h\b|hrs?\b|hours?\b|o\W*clock|%)/i;

/**
 * A digit, or a word one of the parsers chrono.ts keeps reads: a month, a weekday (or
 * "weekend"), a part of the day. Found at the end of any run of letters, as the parsers
 * also read them glued to "in", "on" or "this" ("inJune", "thisnight"), or glued to what
 * they read on: "Juneof", "Junefirst", "Fridaynextweek". A weekday only starting a word
 * or after those, as the weekday parser reads it: "showed" or "common" holds none.
 */
const MONTH_WORD = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_READ = `${MONTH_WORD}(?=of|fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe|[^a-z]|$)`;
const OTHER_READ =
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
const unquiet = (text: string, start = false): string =>
  /\d/.test(text)
    ? text
        .replace(QUIET_NUMBER, (number: string, before: string | undefined, after: string) =>
          (before === undefined ? start : isQuietAfter(before)) && !READ_WORD.test(after) ? mask(number) : number,
        )
        .replace(PERCENT, (number: string, before: string | undefined) => ((before === undefined ? start : isQuietAfter(before)) ? mask(number) : number))
    : text;
/** Whether something chrono reads stands in `text`, past its quiet numbers; `start` if it starts a window. */
const reads = (text: string, start = false): boolean => READ_WORD.test(unquiet(text, start));
/**
 * Past a time, what chrono's time parser reads beyond CLOCK_WORD_AFTER (a bare "a" or
 * "p" is am or pm to it), or what stops it reading the last time ("12.30/", "12.30_").
 */
const TIME_READS_ON = /^(?:\s*[ap](?![a-z0-9_])|[/_])/i;
/** What the month parser reads on past a month with no year (ENMonthNameParser's pattern): "June of", "June , ". */
const MONTH_TAIL = /^\s*(?:(?:,|-|of)?\s*)?(?=[^\s\w]|\s+[^0-9]|\s+$|$)/i;
/** What the month-first parser reads past a month as its day: "5 June second" is 2 June to chrono, "5 June, 6 July" 6 June. */
const ORDINAL_AFTER =
  /^\.?(?:[-/]|\s*,?\s*)(?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|twenty|thirtieth|thirty)/i;
/**
 * A time and "on" ending the text before a date ("by 5pm on "; the "on" of a weekday is
 * the date's already). The date-time merge reads "on" only in lower case.
 */
const TIME_BEFORE = /(^|\s)(\d{1,2})(?:[.:](\d\d))?([aApP][mM])(?: on)? $/;
/** What chrono's time parser takes before a time: "at 5pm", "from 5pm". */
const AT_OR_FROM = /(?:at|from)\s*$/i;
/** What the weekday parser takes before a weekday: "next Friday", "on this Friday". */
const WEEKDAY_MODIFIER = /(?:this|last|past|next)\s*$/i;
/** chrono's time-zone refiner: the word it may append to a result (TIMEZONE_NAME_PATTERN). */
const ZONE_WORD = /^\s*,?\s*\(?([a-z]{2,4})\)?(?=\W|$)/i;
/**
 * Short words that follow dates and times and are no time-zone abbreviation of chrono's
 * (tests/dates/plain.test.ts checks each). Any other such word may be one ("West",
 * "EAT", "ET"): the window then goes to chrono.
 */
export const NOT_ZONES = new Set(
  ('AN AS AT BY DO GO IF IN IS IT NO OF ON OR SO TO UP US WE ' +
    'ALL AND ANY ARE BUT CAN DAY FOR HAS HAD HER HIS HOW ITS NEW NOT NOW OFF OLD ONE OUR OUT SEE SHE THE TBA TBC TWO WAS WHO WHY YOU ' +
    'ALSO BOOK BOTH DATE EACH FROM FULL HALL HAVE HERE HELD INTO JOIN MORE MUST ONLY OPEN ROOM SUCH THAN THAT THEM THEN THEY THIS UPON VIA WHEN WILL WITH YOUR ZOOM').split(' '),
);

/** Whether chrono's time-zone refiner appends the word after a result (only in capitals after a date without a time). */
function takesZone(after: string, timed: boolean): boolean {
  const word = ZONE_WORD.exec(after)?.[1];
  if (!word || NOT_ZONES.has(word.toUpperCase())) return false;
  return timed || word === word.toUpperCase();
}

/** The components a reading gives, null where the text gives none. */
class Written implements DateComponents {
  constructor(
    readonly day: number | null,
    readonly month: number | null,
    readonly year: number | null,
    readonly weekday: number | null,
    readonly hour: number | null = null,
    readonly minute: number | null = null,
  ) {}

  /** The same day at a time. */
  at(hour: number, minute: number): Written {
    return new Written(this.day, this.month, this.year, this.weekday, hour, minute);
  }

  /** The same, in another year. */
  withYear(year: number | null): Written {
    return new Written(this.day, this.month, year, this.weekday, this.hour, this.minute);
  }

  /** The same, on another day of the month and with no weekday. */
  onDay(day: number): Written {
    return new Written(day, this.month, this.year, null, this.hour, this.minute);
  }

  isCertain(component: Component): boolean {
    return this.get(component) !== null;
  }

  get(component: Component): number | null {
    switch (component) {
      case 'day':
        return this.day;
      case 'month':
        return this.month;
      case 'year':
        return this.year;
      case 'weekday':
        return this.weekday;
      case 'hour':
        return this.hour;
      case 'minute':
        return this.minute;
      default:
        return null;
    }
  }
}

/** One plain date in a window, as chrono reads it, before asking what stands around it. */
export class PlainDate {
  constructor(
    private readonly text: string,
    /** Where the reading starts and ends in the text. */
    readonly index: number,
    readonly end: number,
    /** The text before the reading and after it. */
    readonly lead: string,
    readonly after: string,
    readonly date: Written,
    /** The start hour and minute, and the end's of a range. */
    readonly clock: [number, number] | [number, number, number, number] | undefined,
    /** Where the month's name is, and the length of the day and month as dayMonthParser reads them. */
    private readonly month: { start: number; end: number; dot: boolean; dateLength: number },
    /**
     * Whether plainDate left this reading to chrono (a time after ", both", an arrival, a
     * 29 February): its choices decide the batches (src/dates/chrono.ts), so they stay.
     */
    private readonly wide: boolean,
    /**
     * Whether dateThenTimeRefiner, not chrono's date-time merge, joins the time to the date
     * (" – 10.00-12.00", ", both 10.00-12.00"): the merge may first join the time to a date
     * after it ("10.00-12.00, 24 March"), so no date may follow.
     */
    readonly lateJoin: boolean,
  ) {}

  /** plainDate's rule: none of BUSY's words or a capitalised word that could be a time zone around the date. */
  get plain(): boolean {
    const { lead, after } = this;
    return !this.wide && (lead === '' || /(?:^|[^,(（]) $/u.test(lead)) && !BUSY.test(after) && !ZONE_AFTER.test(after) && !BUSY.test(lead);
  }

  /** quietDate's rule: nothing around the date that a parser or refiner of chrono's reads. */
  get quiet(): boolean {
    return this.quietAfter(this.lead, this.clock !== undefined);
  }

  /**
   * chrono's reading of a time just before the date, which its date-time merge joins to
   * it: "by 5pm on 20 June", "at 10am Friday 5 June" (after quietDate's rule, with `lead`
   * the text before the time). Only "5pm" and "5.30pm" shapes: others may be dates too.
   */
  timeFirst(): DateResult[] | undefined {
    const time = this.clock ? null : TIME_BEFORE.exec(this.lead);
    if (!time) return undefined;
    const [, boundary = '', hourText, minuteText, meridiem = ''] = time;
    const hour = Number(hourText);
    const minute = Number(minuteText ?? 0);
    const index = time.index + boundary.length;
    const lead = this.lead.slice(0, index);
    if (hour < 1 || hour > 12 || minute > 59 || AT_OR_FROM.test(lead) || !this.quietAfter(lead, true)) return undefined;
    const start = this.date.at((hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0), minute);
    return [{ index, text: this.text.slice(index, this.end), start }];
  }

  /** Whether nothing chrono reads stands before the reading (in `lead`) or after it, `timed` if it has a time. */
  private quietAfter(lead: string, timed: boolean): boolean {
    return this.quietBefore(lead) && !reads(this.after) && this.quietNext(timed);
  }

  /**
   * Whether nothing in `lead`, the text before the reading, is read by chrono. It ends in a
   * space, so the date parser's boundary holds, and the weekday parser takes no comma or
   * bracket before that: it does only after a non-word character (ASCII, as its \W
   * sees it), "days, Friday" but not "days , Friday" or "(Friday".
   */
  quietBefore(lead: string): boolean {
    const weekday = this.date.weekday !== null;
    return (
      (lead === '' || (weekday ? /(?:^|[^,(（]|\w[,(（]) $/u : / $/).test(lead)) &&
      !reads(lead) &&
      !(weekday && WEEKDAY_MODIFIER.test(lead)) &&
      !/\s\s|[^\S ]/.test(lead)
    );
  }

  /** Whether chrono reads the date as this module does, however it reads on into what follows. */
  quietNext(timed: boolean): boolean {
    const { after } = this;
    return (
      !takesZone(after, timed) &&
      !(this.date.year === null && this.clock === undefined && this.monthReadsOn()) &&
      !(this.clock !== undefined && TIME_READS_ON.test(after)) &&
      // A dot the month parsers leave out ("June.The"), a weekday read only with unicode case folding ("ſunday").
      !(this.month.dot && /^\p{L}/u.test(after)) &&
      this.date.weekday !== -1
    );
  }

  /**
   * Whether, with no year or time after it, the month is read on past the date: the
   * month parser's reading replaces the date when longer, the month-first parser's always.
   */
  private monthReadsOn(): boolean {
    const afterMonth = this.text.slice(this.month.end);
    const tail = MONTH_TAIL.exec(afterMonth);
    return (tail !== null && this.month.end - this.month.start + tail[0].length > this.month.dateLength) || ORDINAL_AFTER.test(afterMonth);
  }

  results(): DateResult[] {
    const { index, date, clock } = this;
    const text = this.text.slice(index, this.end);
    if (!clock) return [{ index, text, start: date }];
    const [startHour, startMinute, endHour, endMinute] = clock;
    return [{ index, text, start: date.at(startHour, startMinute), end: endHour === undefined ? undefined : date.at(endHour, endMinute ?? 0) }];
  }
}

/** chrono's reading of `text` when it holds one plain date and none of BUSY's words; else undefined. */
export function plainDate(text: string): DateResult[] | undefined {
  const date = readPlain(text);
  return date?.plain ? date.results() : undefined;
}

/** chrono's reading of `text` when it holds one plain date and nothing else chrono reads; else undefined. */
export function quietDate(text: string): DateResult[] | undefined {
  const date = readPlain(text);
  return date?.quiet ? date.results() : undefined;
}

/** What chrono's range merge joins two dates with: they are then one result, not two. */
const RANGE_JOIN = /^\s*(?:to|-|–|until|through|till)\s*$/i;

/**
 * chrono's reading of plain dates one after another (or of one with days listed before
 * it), each as quietDate reads one alone,
 * with only words no refiner merges on between them ("28 October and 29 October 2038",
 * "between 24 November and 5 December"). listedDaysRefiner adds the days listed before the
 * first ("24 and 25 March"), and listSharesRefiner gives a listed date the year and time of
 * the next. Only the last date may have a time after it.
 */
export function dateList(text: string, reading = readPlain(text)): DateResult[] | undefined {
  const dates: PlainDate[] = [];
  const starts: number[] = [];
  for (let from = 0, date = reading; date; from += date.end, date = readPlain(text.slice(from))) {
    dates.push(date);
    starts.push(from);
  }
  const [first] = dates;
  const last = dates[dates.length - 1];
  if (!first || !last) return undefined;
  // The days listed before the first date, read within the refiner's reach.
  const reach = first.lead.slice(Math.max(0, first.lead.length - LOOK));
  const listed = first.clock ? null : LISTED_DAYS.exec(reach)?.[1];
  const listStart = first.lead.length - (listed?.length ?? 0);
  if ((dates.length < 2 && !listed) || (listed && first.date.weekday !== null)) return undefined;
  if (!first.quietBefore(first.lead.slice(0, listStart)) || (listed && !first.lead.endsWith(' '))) return undefined;
  for (let k = 0; k < dates.length; k++) {
    const date = dates[k];
    // Between dates: something, starting where a word cannot run on from the date before.
    if (!date || (k > 0 && (!/^[ ,]/.test(date.lead) || RANGE_JOIN.test(date.lead) || !date.quietBefore(date.lead)))) return undefined;
    if (date !== last && (date.lateJoin || !date.quietNext(date.clock !== undefined))) return undefined;
  }
  if (reads(last.after) || !last.quietNext(last.clock !== undefined)) return undefined;
  const results: DateResult[] = [];
  for (const day of listed?.matchAll(/\d{1,2}/g) ?? []) {
    results.push({ index: listStart + day.index, text: day[0], start: first.date.onDay(Number(day[0])) });
  }
  dates.forEach((date, k) => {
    for (const result of date.results()) results.push({ ...result, index: result.index + (starts[k] ?? 0) });
  });
  return shareAlongList(text, results);
}

/**
 * chrono's reading of a plain date with a month alone further on, past words no refiner
 * joins them on ("On 9 April X published Y: March 2020", "is 9 May and the ceremony will
 * take place in July"): the date as quietDate reads the text up to the month, then the
 * month as monthOnly reads it with the date masked.
 */
export function dateThenMonth(text: string, date = readPlain(text)): DateResult[] | undefined {
  if (!date || date.lateJoin) return undefined;
  MONTH_READS.lastIndex = date.end;
  const month = MONTH_READS.exec(text);
  MONTH_READS.lastIndex = 0;
  if (!month) return undefined;
  // Where the month's reading may start: at an "in" before it.
  const cut = month.index - (/(?:^|\W)in\s*$/i.exec(text.slice(date.end, month.index))?.[0].length ?? 0);
  const between = text.slice(date.end, cut);
  // Not a range, nor the year-month parser's "2020 of June".
  if (!/[a-z]{2}/i.test(between) || RANGE_JOIN.test(between) || /^\s*of\s*$/i.test(between)) return undefined;
  const head = quietDate(text.slice(0, cut));
  const tail = head && monthOnly(`${text.slice(0, date.index)}${'#'.repeat(date.end - date.index)}${text.slice(date.end)}`);
  return head && tail && [...head, ...tail];
}

/** listSharesRefiner: a date takes the year, and the time, of the next when listed with it. */
function shareAlongList(text: string, results: DateResult[]): DateResult[] {
  for (let i = results.length - 2; i >= 0; i--) {
    const [current, next] = [results[i], results[i + 1]];
    if (!current || !next || !(current.start instanceof Written) || !(next.start instanceof Written)) continue;
    let start: Written = current.start;
    const between = text.slice(current.index + current.text.length, next.index);
    if (between.length > LOOK || !LIST_JOIN.test(between)) continue;
    if (start.year === null && next.start.year !== null) start = start.withYear(next.start.year);
    if (start.hour === null && next.start.hour !== null) {
      current.end = next.end instanceof Written && next.end.hour !== null ? start.at(next.end.hour, next.end.minute ?? 0) : undefined;
      start = start.at(next.start.hour, next.start.minute ?? 0);
    }
    current.start = start;
  }
  return results;
}

// chrono's ENMonthNameParser, for text without digits (so without its year): the month
// names and abbreviations of its dictionary, longest first as its pattern has them.
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const MONTH_ALTERNATIVES = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS.flatMap((a) => [a, `${a}.`])]
  .map((word, order) => ({ word, order }))
  .sort((a, b) => b.word.length - a.word.length || a.order - b.order)
  .map(({ word }) => word.replace('.', '\\.'));
const MONTH_NAME = new RegExp(`(\\W|^)((?:in)\\s*)?(${MONTH_ALTERNATIVES.join('|')})\\s*(?:(?:,|-|of)?\\s*((?:19|2\\d)\\d\\d)?)?(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$)`, 'i');
/**
 * A year after a month, where the month parser reads it ("March 2020", "June, 2021",
 * "May of 2020"), and not an era after it (its "2020 BE" is 1477).
 */
const YEAR_AFTER = /^\.?\s*(?:(?:,|-|of)?\s*)(?:19|2\d)\d\d(?=[^\s\w]|\s+[^0-9]|\s+$|$)(?!\s{0,2}(?:be|ad|bc|ce))/i;
const MONTH_READS = new RegExp(MONTH_READ, 'gi');
const OTHER_READS = new RegExp(`\\d|${OTHER_READ}`, 'i');
/** ENEndOfPeriodRefiner's prefix: the end of a month is a day of it. */
const END_OF = /(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;

/**
 * chrono's reading of a window whose only date word is one month's name ("in December",
 * "may wish", "in March 2020"): the month, or nothing for a "may" not after "in"; undefined when anything
 * else in it could be read (digits, a weekday, a part of the day, an ordinal after the
 * month, "end of" before it, a time zone after it).
 */
export function monthOnly(text: string): DateResult[] | undefined {
  const months = [...text.matchAll(MONTH_READS)];
  const [month] = months;
  if (!month || months.length > 1) return undefined;
  // Its year is no other reading: look past it.
  const from = month.index + month[0].length;
  const year = YEAR_AFTER.exec(text.slice(from))?.[0];
  const rest = year ? `${year.slice(0, -4)}####${text.slice(from + year.length)}` : text.slice(from);
  if (OTHER_READS.test(unquiet(text.slice(0, from) + rest, true)) || ORDINAL_AFTER.test(rest)) return undefined;
  const match = MONTH_NAME.exec(text);
  if (!match) return [];
  const [written, boundary = '', prefix = '', word = '', yearText] = match;
  const at = match.index + boundary.length;
  // The parser drops a bare abbreviation ("Jan", but not "in Jan" or "Jan.").
  if (written.length - boundary.length <= 3 && !MONTH_NAMES.includes(word.toLowerCase())) return [];
  const index = at + prefix.length;
  const end = match.index + written.length;
  const before = text.slice(0, index);
  const after = text.slice(end);
  if (END_OF.test(before) || takesZone(after, false)) return undefined;
  const monthText = text.slice(index, end);
  // ENUnlikelyFormatFilter: "may" is the month only after "in", or as all the text.
  const trimmed = monthText.trim();
  if (trimmed.toLowerCase() === 'may' && trimmed !== text.trim() && !/\b(in)$/i.test(before.trim())) return [];
  return [{ index, text: monthText, start: new Written(null, monthNumber(word), yearText ? Number(yearText) : null, null) }];
}

/** A time range on its own, after white space: "Part 1 10.00-12.00 – Premiere". */
const LONE_RANGE = new RegExp(`(?=\\d)(?<=^|[ \\t])${RANGE}`, 'iu');
/** A count just before the time ("Part 1 "): a bare hour to chrono, which numberNotTimeFilter drops. */
const COUNT_BEFORE = /(?<=[a-z]{2} )\d{1,4} $/i;

/**
 * chrono's reading of a window whose only date or time is one time range, as TIME_AFTER
 * shapes it ("Part 1 10.00-12.00 – Premiere"); undefined when anything else in it could be
 * read, or when the time parser would take a word before it ("at", "from") or after it.
 */
export function loneTime(text: string): DateResult[] | undefined {
  const time = LONE_RANGE.exec(text);
  const clock = time && timeRange(time);
  if (!time || !clock) return undefined;
  const end = time.index + time[0].length;
  const before = text.slice(0, time.index).replace(COUNT_BEFORE, (count) => '#'.repeat(count.length));
  const after = text.slice(end);
  if (reads(before, true) || AT_OR_FROM.test(before) || reads(after) || CLOCK_WORD_AFTER.test(after) || TIME_READS_ON.test(after) || takesZone(after, true)) return undefined;
  const [startHour, startMinute, endHour, endMinute] = clock;
  const day = new Written(null, null, null, null);
  return [{ index: time.index, text: time[0], start: day.at(startHour, startMinute), end: day.at(endHour, endMinute) }];
}

/** chrono's reading of a window holding nothing it reads but quiet numbers and percentages ("above the 10.5% threshold"): none. */
export const unread = (text: string): DateResult[] | undefined => (reads(text, true) ? undefined : []);

/** The window's plain date, if it holds one in a shape chrono reads as this module does. */
export function readPlain(text: string): PlainDate | undefined {
  const match = PLAIN.exec(text);
  if (!match) return undefined;
  const [written, weekdayWord, dayText, monthWord, dot, yearText] = match;
  let index = match.index;
  const before = text.slice(0, index);
  const rest = text.slice(match.index + written.length);
  const range = dot ? null : TIME_AFTER.exec(rest);
  const arrival = dot || range ? null : ARRIVAL_AFTER.exec(rest);
  const time = range ?? arrival;
  const clock = range ? timeRange(range) : arrival ? arrivalTime(arrival) : undefined;
  if (time && !clock) return undefined;
  // chrono's middle-endian parser reads the "March 2" of "3 March 2–4pm" as a date.
  if (time && !yearText && !time[2] && !time[3]) return undefined;
  const end = match.index + written.length + (time?.[0].length ?? 0);
  const after = text.slice(end);
  const month = monthNumber(monthWord ?? '');
  const day = Number(dayText);
  // A day of its written year, or of any year: 29 February only with a leap year written.
  if (month === null || !isValidDay(yearText ? Number(yearText) : 2001, month, day)) return undefined;
  if (clock && CLOCK_WORD_AFTER.test(after)) return undefined;
  // chrono's weekday reading starts at an "on" just before it (after any non-word
  // character, as its \W sees it), and takes a comma or bracket before that too.
  const on = weekdayWord ? /(?:^|[^A-Za-z0-9_])on $/i.exec(before) : null;
  if (on) index -= 3;
  const lead = text.slice(0, index);
  const date = new Written(day, month, yearText ? Number(yearText) : null, weekdayWord ? WEEKDAYS.indexOf(weekdayWord.toLowerCase()) : null);
  const dayStart = match.index + (weekdayWord ? written.indexOf(dayText ?? '', weekdayWord.length) : 0);
  const monthStart = text.indexOf(monthWord ?? '', dayStart);
  const monthEnd = monthStart + (monthWord?.length ?? 0);
  return new PlainDate(text, index, end, lead, after, date, clock, { start: monthStart, end: monthEnd, dot: dot !== undefined, dateLength: monthEnd + (dot ? 1 : 0) - dayStart },
    arrival !== null || /^,?\s+both/i.test(time?.[0] ?? '') || !isValidDay(2001, month, day),
    range !== null && !MERGE_BETWEEN.test(range[0].slice(0, range[0].search(/\d/)).replace(/from\s+$/i, '')),
  );
}

/** officeHoursRefiner: a start hour without written am/pm from 1 to 6 is the afternoon. */
const officeHour = (hour: number): number => (hour >= 1 && hour <= 6 ? hour + 12 : hour);

/**
 * [hour, minute] of a matched ARRIVAL_AFTER as chrono reads it: the start's, the parser
 * taking no meridiem, so officeHoursRefiner moves even "2am"; undefined where the parser
 * declines or numberNotTimeFilter drops its reading ("9 for a 10 start").
 */
function arrivalTime(arrival: RegExpExecArray): [number, number] | undefined {
  const [written, , , , hourText, minuteText, meridiem] = arrival;
  const hour = hour24(Number(hourText), meridiem);
  const minute = Number(minuteText ?? 0);
  if (hour > 23 || minute > 59 || !/\d[.:]\d\d|\d\s?[ap]\.?m\b/i.test(written)) return undefined;
  return [officeHour(hour), minute];
}

/**
 * [start hour, minute, end hour, minute] of a matched TIME_AFTER as chrono and the
 * office-hours refiner read it, or undefined for a shape left to chrono: a bare hour
 * needs am/pm after the range, and am/pm after the start needs it after the end too.
 */
function timeRange(time: RegExpExecArray): [number, number, number, number] | undefined {
  const [, startHour, startMinute, startMeridiem, endHour, endMinute, endMeridiem] = time;
  let start = Number(startHour);
  let end = Number(endHour);
  const [from, to] = [Number(startMinute ?? 0), Number(endMinute ?? 0)];
  if (from > 59 || to > 59) return undefined;
  if (endMeridiem) {
    const pm = endMeridiem.toLowerCase() === 'pm';
    if (end < 1 || end > 12 || start < 1 || start > 12) return undefined;
    if (startMeridiem) start = (start % 12) + (startMeridiem.toLowerCase() === 'pm' ? 12 : 0);
    else if (start < end && end < 12) start = officeHour(start + (pm ? 12 : 0));
    else return undefined;
    end = (end % 12) + (pm ? 12 : 0);
    return [start, from, end, to];
  }
  if (startMeridiem || startMinute === undefined || endMinute === undefined || start > 23 || end > 23) return undefined;
  // officeHoursRefiner again: "1.30-3.30" is the afternoon, "9:00-4:30" ends at 16:30.
  start = officeHour(start);
  if (end < start && end + 12 <= 23) end += 12;
  return [start, from, end, to];
}
