// A fast path past chrono for the commonest window: one plain written date, "18 December
// 2019" or "on Friday 24th January 2020", optionally with a simple time range after it
// ("Wednesday 8 December, 10.30-12.30", "13 January 2021 – 2pm to 4pm"), and nothing
// around it that any of chrono's parsers or refiners could read. Anything else, however
// harmless it looks, goes to chrono (the contract of every fast path: result.ts).
//
// Two readers share the date shapes and differ in what they let stand around the date:
// plainDate refuses any word a parser might start on ("next", "week", "money"), but lets a
// place stand after the date that chrono would take for a time zone ("2pm to 4pm West
// Sussex"); quietDate refuses only what chrono's configuration really reads.
import { isValidDay, monthNumber } from '../calendar.js';
import { LIST_JOIN, LISTED_DAYS, LOOK } from '../refiners.js';
import { ORDINAL_AFTER, monthOnly, monthReadFrom } from './month-only.js';
import { reads, takesZone } from './reads.js';
import { Written, type DateResult } from './result.js';
import { ARRIVAL_AFTER, AT_OR_FROM, CLOCK_WORD_AFTER, TIME_AFTER, TIME_READS_ON, arrivalTime, timeRange } from './times.js';

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
/** What chrono's date-time merge joins a date and a time across (the time parser takes a "from"). */
const MERGE_BETWEEN = /^\s*(?:T|at|after|before|on|of|,|-|\.|∙|:)?\s*$/;
/** What the month parser reads on past a month with no year (ENMonthNameParser's pattern): "June of", "June , ". */
const MONTH_TAIL = /^\s*(?:(?:,|-|of)?\s*)?(?=[^\s\w]|\s+[^0-9]|\s+$|$)/i;
/**
 * A time and "on" ending the text before a date ("by 5pm on "; the "on" of a weekday is
 * the date's already). The date-time merge reads "on" only in lower case.
 */
const TIME_BEFORE = /(^|\s)(\d{1,2})(?:[.:](\d\d))?([aApP][mM])(?: on)? $/;
/** What the weekday parser takes before a weekday: "next Friday", "on this Friday". */
const WEEKDAY_MODIFIER = /(?:this|last|past|next)\s*$/i;

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
     * Whether the reading has a shape plainDate's rule was never checked on (a time after
     * ", both", an arrival, a 29 February): plainDate leaves it to quietDate's fuller rule.
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
 * it), each as quietDate reads one alone, with only words no refiner merges on between
 * them ("28 October and 29 October 2038", "between 24 November and 5 December").
 * listedDaysRefiner adds the days listed before the first ("24 and 25 March", "14 & 15 July,
 * 2-4pm"), each with the first's time, and listSharesRefiner gives a listed date the year
 * and time of the next. Only the last date may have a time after it.
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
  const listed = LISTED_DAYS.exec(reach)?.[1];
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
  const [hour, minute, endHour, endMinute] = first.clock ?? [];
  for (const day of listed?.matchAll(/\d{1,2}/g) ?? []) {
    const on = first.date.onDay(Number(day[0]));
    const start = hour === undefined ? on : on.at(hour, minute ?? 0);
    results.push({ index: listStart + day.index, text: day[0], start, end: endHour === undefined ? undefined : on.at(endHour, endMinute ?? 0) });
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
  const month = monthReadFrom(text, date.end);
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
