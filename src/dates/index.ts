// The dates stage: the events and deadlines of one entry, read with chrono plus our own
// parsers and refiners, and judged by the words around each date.
import type { SightedDeadline, SightedEvent, SourceLine } from '../model.js';
import type { Warning } from '../schema.js';
import { closesAt, dateStatusWords, eventStatus, hasEventCue, isCountDay, isDeadline, isMetDeadline, isPastClause, isPublicationDate, isServiceHours, sentenceAfter, statusWords, type StatusWords } from './cues.js';
import { bracketPlace, dayBracket, findLabel, gatheringTown, isQualifier } from './label.js';
import { findLocation, findPlatform, placeField, trailingPlace } from './location.js';
import { findAllMentions, namesRelativeDay, type DateMention, type Mentions, type TimeMention } from './mentions.js';
import { mergeEvents } from './merge.js';
import { segment, type Segment } from './segments.js';
import { addYears, daysBetween, weekday } from './calendar.js';
import { hasAnchor } from './chrono.js';

export interface DateContext {
  issueDate: string | null;
  source: string;
}

export interface EntryForDates {
  title: string;
  line: number;
  /** The title line first, then every body line with its 1-based source line number. */
  lines: SourceLine[];
}

export interface EntryDates {
  events: SightedEvent[];
  deadlines: SightedDeadline[];
  warnings: Warning[];
}

/** How far around a date its deadline, publication, label or place wording is looked for. */
const LOOK_BACK = 100;
const LOOK_AHEAD = 300;
/** A bare time this close to the start of a line is a schedule line: "Part 1 9.30-13.30". */
const SCHEDULE_START = 20;
/** "Date: ..." or nothing at all before the date. */
const DATE_LEAD = /^\W*(?:(?:date|when)s?\s*:\s*)?$/i;
/** "Date: ..." or "When: ...": a details line says when something happens. */
const DATE_FIELD = /^\W*(?:date|when)s?\s*:\s*$/i;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** What a segment's words say, worked out once however many dates it holds. */
interface Reading {
  cue: boolean;
  /** Its own place (a venue, a platform, or the town in brackets after its gathering), else (for a list's introduction) its paragraph's, else that of the sentence introducing its list, else the platform of the line its list hangs from. */
  place: () => string | null;
  /** Words in brackets after its gathering's name that may name a town (mayNameTown), else its list introduction's: a place where nothing else names one. */
  looseTown: () => string | null;
  status: StatusWords;
}

/** A sentence that goes on about the gathering told before it: "It will be held at …", "The briefing is hybrid: …". */
const REFERS_BACK =
  /^(?:It|This|They|Both|All|Each|The\s+(?:[\p{L}'’-]+\s+){0,2}?(?:meetings?|briefings?|sessions?|events?|workshops?|conferences?|forums?|webinars?|days?|seminars?|courses?|training))\b/u;

/**
 * The place a sentence going on about the gathering before it names: a venue or a
 * platform by name. "Online" alone there is as often a recording or a form put online.
 */
function nextPlace(sentence: string): string | null {
  if (!REFERS_BACK.test(sentence)) return null;
  const place = findLocation(sentence);
  return place === 'online' ? null : place;
}

function reader(): (seg: Segment) => Reading {
  const cache = new Map<Segment, Reading>();
  const read = (seg: Segment): Reading => {
    let reading = cache.get(seg);
    if (!reading) {
      let place: string | null | undefined;
      let looseTown: string | null | undefined;
      reading = {
        cue: hasEventCue(seg.text),
        place: () =>
          place === undefined
            ? (place =
                findLocation(seg.text) ??
                gatheringTown(seg.text) ??
                (seg.blockPlace !== undefined ? placeField(seg.blockPlace) : null) ??
                (seg.next === undefined ? null : nextPlace(seg.next)) ??
                (seg.lead === null ? null : findLocation(seg.lead)) ??
                (seg.earlier === undefined ? null : findPlatform(seg.earlier)) ??
                (seg.intro ? read(seg.intro).place() : null) ??
                (seg.above === undefined ? null : findPlatform(seg.above)))
            : place,
        looseTown: () => (looseTown === undefined ? (looseTown = gatheringTown(seg.text, true) ?? (seg.intro ? read(seg.intro).looseTown() : null)) : looseTown),
        status: statusWords(seg.text),
      };
      cache.set(seg, reading);
    }
    return reading;
  };
  return read;
}

/**
 * The events, deadlines and warnings of each of an issue's entries. All entries are read
 * together: chrono costs far more per call than per character.
 */
export function extractIssueDates(entries: EntryForDates[], context: DateContext): EntryDates[] {
  const dated = (text: string): boolean => hasAnchor(text) || namesRelativeDay(text);
  const segmented = entries.map((entry) => segment(entry.lines.length > 0 ? entry.lines : [{ text: entry.title, line: entry.line }], dated));
  const mentions = findAllMentions(segmented.flat().map((seg) => seg.text), context.issueDate);
  let next = 0;
  return segmented.map((segments) => {
    const own = mentions.slice(next, (next += segments.length));
    return judge(segments, own, context);
  });
}

/** Three cells or more: two " | " in the line (found without splitting it: this is asked of most dated lines). */
const isTableRow = (text: string): boolean => {
  const first = text.indexOf(' | ');
  return first >= 0 && text.indexOf(' | ', first + 3) >= 0;
};
/** Before the date that opens a diary line: nothing, or its weekday ("Tues", "Wed."). */
const DIARY_LEAD = /^\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?$/i;
/** After the date that opens a diary line: "Tues 10 June – AD Education Network, 10.00–12.00, Teams". */
const DIARY_DASH = /^\s*[–—-]\s+\p{L}/u;
/** A diary line with no time: its dates, a dash, what meets, then where ("3rd & 4th July – Kinship Conference, Amex Stadium, Brighton"). */
const UNTIMED_DIARY = /^(.*?)\s[–—-]\s+(\p{L}[^,]*),\s*(\S.*)$/u;

/** A body that meets, named on a diary line before its place: "Regional Performance Group", "Virtual School Heads Network". */
const GROUP = /\b(?:network|group|board|forum|panel|committee|partnership)\b/i;
/** A bracket closing a line: "(all day)". */
const TRAILING_BRACKET = /\s*\(([^()]+)\)[\s.]*$/;

/**
 * What and where of an untimed diary line, when the line opens with its dates, what
 * follows the dash names a gathering or a body that meets and the rest a place: "Thursday
 * 17 September – Oxford Town Hall, St Aldate's" is all place.
 */
function untimedDiary(text: string, dates: DateMention[]): { label: string; place: string } | null {
  const first = dates[0];
  if (!first || !DIARY_LEAD.test(text.slice(0, first.index))) return null;
  // The dash after the dates, not one inside a range of them ("Mon 18 – Tues 19 May – …").
  const line = UNTIMED_DIARY.exec(text.slice(Math.max(...dates.map((d) => d.index + d.length))));
  if (!line || !(hasEventCue(line[2]!) || GROUP.test(line[2]!))) return null;
  // A remark on the day closing the line ("(all day)") is no part of the place.
  const remark = TRAILING_BRACKET.exec(line[3]!);
  const place = trailingPlace(remark && isQualifier(remark[1]!) ? line[3]!.slice(0, remark.index) : line[3]!);
  return place ? { label: line[2]!.trim(), place } : null;
}

/**
 * A diary line whose one time closes it names what meets, then where, before the time:
 * "Tuesday 4 April – Regional Performance Group, Guildford, 10am-1pm".
 */
function timedDiary(text: string, dates: DateMention[], time: TimeMention): { label: string; place: string } | null {
  if (!/^[\s.;)]*$/.test(text.slice(time.index + time.length))) return null;
  return untimedDiary(text.slice(0, time.index).replace(/[\s,;–—-]+$/u, ''), dates);
}

/**
 * What meets and where, in the cells after a day that opens a table row: "Tues 18 March,
 * 10.00-12.00 | AD Safeguarding Network | County Hall, Chichester" names the meeting in its
 * first cell in words (not "all day") and the place in its last. Null unless the row has
 * both after the day.
 */
function rowAfterDay(rest: string): { label: string | null; place: string | null } | null {
  const cells = rest.split(' | ');
  if (cells.length < 3) return null;
  const label = cells.slice(1, -1).find((cell) => /^\p{L}/u.test(cell.trim()) && !isQualifier(cell))?.trim() ?? null;
  return { label, place: trailingPlace(cells[cells.length - 1]!) };
}

/**
 * A place named in the rest of the date's own sentence: "presented at the Care Leavers
 * Network on 4 December, 10.00-12.30 at County Hall" meets at the hall, the place nearest
 * after its day and time, not at the first capitalised name after "at".
 */
function clausePlace(after: string): string | null {
  return findLocation(sentenceAfter(after));
}

/**
 * How far past the issue a day told as done may fall and still be this year's: a
 * bulletin's date can trail the week it reports.
 */
const PAST_SLACK_DAYS = 7;

/**
 * A date named without its year is the one nearest the issue, unless its clause tells of
 * something done ("the findings were shared at the meeting in February", "was held on 10
 * February", in a December issue): then it is the last such month or day up to the issue,
 * history and no date to come ("met on the 12th": the last 12th). A day keeps its year when its written weekday is that
 * year's, or when it falls within a few days of the issue.
 */
function yearOf(mention: DateMention, before: string, after: string, issueDate: string | null): string {
  const { date } = mention;
  if (!issueDate || mention.yearWritten || date <= issueDate.slice(0, date.length)) return date;
  if (date.length === 10 && ((mention.weekdayWritten && mention.wrongWeekday === null) || daysBetween(issueDate, date) <= PAST_SLACK_DAYS)) return date;
  return isPastClause(before, after) ? (mention.pastDate ?? addYears(date, -1)) : date;
}

/** A deadline this many days before the issue is still a reminder's; one further back is next year's. */
const STALE_DEADLINE_DAYS = 92;

/**
 * A deadline's day, which lies ahead: a day without its year that the nearest-year rule
 * put months before the issue ("the 2019/20 return is due on 31 July", in November) is
 * next year's. A reminder's deadline a few weeks gone stays where it was.
 */
function ahead(mention: DateMention, date: string, before: string, after: string, issueDate: string | null): string {
  if (mention.yearWritten || !issueDate || date.length !== 10 || daysBetween(date, issueDate) <= STALE_DEADLINE_DAYS) return date;
  // "Thanks to all who responded by 31 July": a deadline met is history, not next year's.
  if (isMetDeadline(before, after)) return date;
  return addYears(date, 1);
}

/** When to arrive, before a gathering's own times ("Doors open at 9am."): the data model has no field for it. */
const ARRIVAL = /\b(?:doors\s+open|registration|arrivals?|arrive|coffee|refreshments)\b[^.;]{0,24}$/i;

/** What each date of one entry is: an event, a deadline, a publication date or nothing. */
function judge(segments: Segment[], mentions: Mentions[], context: DateContext): EntryDates {
  const read = reader();
  const titleCue = segments[0]?.isTitle === true && read(segments[0]).cue;
  // "Regional Conference (Tunbridge Wells) – new date": the town of the gathering an entry is about, for its days that name no place.
  const title = segments[0]?.isTitle === true ? segments[0].text : null;
  const entryTown = title === null ? null : gatheringTown(title);
  /** Where a day meets when nothing else names a place: words in brackets that may name a town, its own, its gathering's, then its entry's. */
  const looseTown = (reading: Reading, bracket: string | null): string | null =>
    bracketPlace(bracket, true) ?? reading.looseTown() ?? (title === null ? null : gatheringTown(title, true));
  const events: SightedEvent[] = [];
  const deadlines: SightedDeadline[] = [];
  const warnings: Warning[] = [];
  // The last event day seen: a schedule line's bare times belong to it.
  let lastEventDay: string | null = null;

  /** Whether a date is an event: its own words, its list's or the title's say so. */
  const isEventDate = (seg: Segment, reading: Reading, mention: DateMention, before: string, after: string): boolean => {
    if (reading.cue || (mention.index <= LOOK_BACK && DATE_FIELD.test(before))) return true;
    // A day with a start and an end time is a slot people keep, whatever the sentence calls
    // it ("findings will be presented on 4 December, 10.00-12.30 at County Hall"); a
    // deadline has one time at most; a service's opening hours are no gathering either.
    if (mention.start !== null && mention.end !== null && !isServiceHours(before, after)) return true;
    if (seg.isListItem) return titleCue || (seg.intro !== null && read(seg.intro).cue);
    // A timed date in a table row is a schedule line: "Tuesday 21 May | 10.00-12.00 | Teams".
    if (mention.start !== null && isTableRow(seg.text)) return true;
    return titleCue && (mention.start !== null || (mention.index <= LOOK_BACK && DATE_LEAD.test(before)));
  };

  // Built on the first list item's asking: most entries have none.
  let mentionsOf: Map<Segment, Mentions | undefined> | null = null;
  /** The one time of a list's introduction that names no day: "Both run from 10.00am - 4.00pm:". */
  const introTime = (seg: Segment): TimeMention | null => {
    mentionsOf ??= new Map(segments.map((s, i) => [s, mentions[i]]));
    const intro = seg.intro && mentionsOf.get(seg.intro);
    return intro && intro.dates.length === 0 && intro.times.length === 1 ? (intro.times[0] ?? null) : null;
  };

  segments.forEach((seg, i) => {
    const { dates, times } = mentions[i] ?? { dates: [], times: [] };
    if (dates.length === 0 && times.length === 0) return;
    const reading = read(seg);
    const at = { source: context.source, line: seg.line };
    const untimed = times.length === 0 ? untimedDiary(seg.text, dates) : null;
    for (const mention of dates) {
      const written = seg.text.slice(mention.index, mention.index + mention.length);
      const before = seg.text.slice(Math.max(0, mention.index - LOOK_BACK), mention.index);
      const after = seg.text.slice(mention.index + mention.length, mention.index + mention.length + LOOK_AHEAD);
      const date = yearOf(mention, before, after, context.issueDate);
      // A day moved back a year may now be its written weekday's.
      if (mention.wrongWeekday !== null && weekday(date) !== mention.wrongWeekday) {
        warnings.push({
          code: 'weekday-mismatch',
          message: `"${written}": ${date} is a ${WEEKDAYS[weekday(date)]}, not a ${WEEKDAYS[mention.wrongWeekday]}; the date is kept as written`,
          ...at,
        });
      }
      if (isPublicationDate(before, after)) continue;
      if (isDeadline(before)) {
        deadlines.push({ date: ahead(mention, date, before, after, context.issueDate), time: mention.start, text: seg.text, ...at });
        continue;
      }
      if (isCountDay(before, mention.start)) continue;
      // A diary line: "Tues 10 June – AD Education Network, 10.00–12.00, Teams" opens with
      // its date, then a dash, what meets and its one time: a schedule line like a table row.
      const diary = times.length === 1 && DIARY_LEAD.test(before) && DIARY_DASH.test(after) ? times[0]! : null;
      const parts = untimed ?? (diary ? timedDiary(seg.text, dates, diary) : null);
      // A table row opening with its day names a meeting and its place; under a venue
      // column it is one untimed too.
      const row = DIARY_LEAD.test(before) && isTableRow(seg.text) ? rowAfterDay(seg.text.slice(mention.index + mention.length)) : null;
      if (!diary && !(seg.underVenueColumn && row?.label && row.place) && !isEventDate(seg, reading, mention, before, after)) continue;
      const shared = mention.start !== null ? null : (diary ?? (seg.isListItem ? introTime(seg) : null));
      const closing = mention.end === null && closesAt(before);
      const bracket = dayBracket(written, after);
      const bracketed = bracketPlace(bracket);
      // A diary line's venue closes it, after its time.
      const location =
        parts?.place ??
        row?.place ??
        trailingPlace(diary ? seg.text.slice(diary.index + diary.length) : after) ??
        bracketed ??
        clausePlace(after) ??
        reading.place() ??
        entryTown ??
        looseTown(reading, bracket);
      events.push({
        date,
        start: closing ? null : (shared?.start ?? mention.start),
        end: closing ? mention.start : shared ? shared.end : mention.end,
        location,
        // A diary line's label runs up to its time, or up to its place; a bracket read as the place is none.
        label: seg.isTitle || bracketed || (location !== null && location === bracket) ? null : (parts?.label ?? row?.label ?? findLabel(seg.text, before, diary ? after.slice(0, diary.index - mention.index - mention.length) : after, bracket)),
        status: eventStatus(dateStatusWords(reading.status, before, seg.text), date, context.issueDate),
        text: seg.text,
        ...at,
      });
      if (mention.date.length === 10) lastEventDay = mention.date;
    }
    if (dates.length > 0 || lastEventDay === null) return;
    for (const time of times) {
      if (time.index > SCHEDULE_START && !reading.cue) continue;
      if (ARRIVAL.test(seg.text.slice(Math.max(0, time.index - LOOK_BACK), time.index))) continue;
      const end = time.index + time.length;
      events.push({
        date: lastEventDay,
        start: time.start,
        end: time.end,
        location: reading.place(),
        label: findLabel(seg.text, seg.text.slice(Math.max(0, time.index - LOOK_BACK), time.index), seg.text.slice(end, end + LOOK_AHEAD)),
        status: eventStatus(reading.status, lastEventDay, context.issueDate),
        text: seg.text,
        ...at,
      });
    }
  });
  return { events: mergeEvents(events), deadlines: uniqueDeadlines(deadlines), warnings };
}

function uniqueDeadlines(deadlines: SightedDeadline[]): SightedDeadline[] {
  const seen = new Set<string>();
  return deadlines.filter((d) => {
    const key = `${d.date} ${d.time ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
