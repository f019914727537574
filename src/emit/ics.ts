// The events and deadlines of a document as an RFC 5545 calendar. Times are wall-clock
// times in Europe/London, written with TZID and a VTIMEZONE, so nothing depends on the
// machine's zone. The output is byte-identical run to run: UIDs are record ids and
// DTSTAMP is the latest issue date, not the time of the run.
import { addDays } from '../dates/calendar.js';
import type { Deadline, Document, Event } from '../schema.js';

const TZID = 'Europe/London';

// UK rules since 1996 (EU summer time): last Sunday of March 01:00 GMT to last Sunday of
// October 01:00 GMT (02:00 BST).
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into 75-octet pieces without splitting a UTF-8 character (3.1). */
export function fold(line: string): string {
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = pieces.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

const basic = (iso: string): string => iso.replace(/-/g, '');
const clock = (hhmm: string): string => `${hhmm.replace(':', '')}00`;

/** DTSTART/DTEND lines: timed in Europe/London, or a whole day. */
function when(date: string, start: string | null, end: string | null): string[] {
  if (start === null) {
    return [`DTSTART;VALUE=DATE:${basic(date)}`, `DTEND;VALUE=DATE:${basic(addDays(date, 1))}`];
  }
  const lines = [`DTSTART;TZID=${TZID}:${basic(date)}T${clock(start)}`];
  if (end !== null && end > start) lines.push(`DTEND;TZID=${TZID}:${basic(date)}T${clock(end)}`);
  return lines;
}

interface Entry {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  cancelled: boolean;
  times: string[];
}

function vevent(entry: Entry, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${entry.uid}@seslip`,
    `DTSTAMP:${stamp}`,
    ...entry.times,
    `SUMMARY:${escapeText(entry.summary)}`,
    `DESCRIPTION:${escapeText(entry.description)}`,
  ];
  if (entry.location !== null) lines.push(`LOCATION:${escapeText(entry.location)}`);
  if (entry.cancelled) lines.push('STATUS:CANCELLED');
  lines.push('END:VEVENT');
  return lines;
}

const isDay = (date: string): boolean => date.length === 10;

export function toIcs(doc: Document): string {
  const titles = new Map(doc.items.map((item) => [item.id, item.title]));
  const titleOf = (itemId: string): string => titles.get(itemId) ?? 'SESLIP';
  const latest = doc.issues.reduce<string | null>((max, i) => (i.date && (!max || i.date > max) ? i.date : max), null);
  const stamp = `${basic(latest ?? '1970-01-01')}T000000Z`;

  const fromEvent = (e: Event): Entry => {
    const title = titleOf(e.itemId);
    return {
      uid: e.id,
      summary: e.label ? `${title} – ${e.label}` : title,
      description: `${title}\n\n${e.text}`,
      location: e.location,
      cancelled: e.status === 'cancelled',
      times: when(e.date, e.start, e.end),
    };
  };
  const fromDeadline = (d: Deadline): Entry => {
    const title = titleOf(d.itemId);
    return {
      uid: d.id,
      summary: `Deadline: ${title}`,
      description: `${title}\n\n${d.text}`,
      location: null,
      cancelled: false,
      times: when(d.date, d.time, null),
    };
  };

  const entries = [
    ...doc.events.filter((e) => isDay(e.date)).map(fromEvent),
    ...doc.deadlines.filter((d) => isDay(d.date) && !d.superseded).map(fromDeadline),
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//seslip//seslip//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    ...entries.flatMap((entry) => vevent(entry, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
