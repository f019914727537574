// The ICS emitter, checked by parsing its output back with ical.js. This file also runs
// under TZ=UTC and TZ=America/New_York (vitest.config.ts): nothing may change.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIssue } from '../src/api.js';
import { escapeText, fold, toIcs } from '../src/emit/ics.js';
import { Document, SCHEMA_VERSION, type Deadline, type Event, type Item } from '../src/schema.js';

const SOURCE = 'update-400.txt';

function item(id: string, title: string): Item {
  const occurrence = { issue: 400, date: '2020-05-01', section: 'new' as const, source: SOURCE, line: 3 };
  return { id, title, update: null, action: null, section: 'new', refersTo: [], occurrences: [occurrence], firstSeen: 400, lastSeen: 400, revisions: [] };
}

function event(id: string, fields: Partial<Event>): Event {
  return { id, itemId: 'item-a', date: '2020-06-02', start: null, end: null, location: null, label: null, status: 'upcoming', text: 'text', source: SOURCE, line: 5, ...fields };
}

function deadline(id: string, fields: Partial<Deadline>): Deadline {
  return { id, itemId: 'item-b', date: '2020-05-27', time: null, superseded: false, text: 'Return it by then.', source: SOURCE, line: 9, ...fields };
}

const LONG_TITLE = 'Kinship Care Network – online meeting for carers, guardians; and \\ everyone élite 🚀 '.repeat(3).trim();

const DOC = Document.parse({
  schemaVersion: SCHEMA_VERSION,
  issues: [
    { number: 399, date: '2020-04-24', source: 'update-399.txt', layout: 'blank-line' },
    { number: 400, date: '2020-05-01', source: SOURCE, layout: 'blank-line' },
  ],
  items: [item('item-a', LONG_TITLE), item('item-b', 'Data Return')],
  events: [
    event('event-bst', { start: '14:00', end: '16:00', location: 'Zoom', label: 'Session 1' }),
    event('event-gmt', { date: '2020-01-17', start: '09:30', end: '13:30', location: 'Coram Campus, London WC1N 1AZ', text: 'Line one;\nline two, with \\ backslash' }),
    event('event-day', { date: '2020-03-06', status: 'cancelled' }),
    event('event-start-only', { date: '2020-10-25', start: '10:00' }),
    event('event-month', { date: '2020-06' }),
  ],
  deadlines: [
    deadline('deadline-timed', { time: '17:00' }),
    deadline('deadline-day', { date: '2020-09-30' }),
    deadline('deadline-moved', { date: '2020-05-20', superseded: true }),
    deadline('deadline-month', { date: '2020-07' }),
  ],
  publications: [],
  contacts: [],
  warnings: [],
});

interface Parsed {
  uid: string;
  summary: string;
  description: string;
  location: string | null;
  status: string | null;
  start: ICAL.Time;
  end: ICAL.Time | null;
}

function parse(ics: string): Parsed[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const e = new ICAL.Event(vevent);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      location: e.location ?? null,
      status: (vevent.getFirstPropertyValue('status') as string | null) ?? null,
      start: e.startDate,
      end: vevent.hasProperty('dtend') ? e.endDate : null,
    };
  });
}

const utc = (t: ICAL.Time): string => new Date(t.toUnixTime() * 1000).toISOString();

describe('toIcs', () => {
  let ics: string;
  let parsed: Map<string, Parsed>;
  beforeAll(() => {
    ics = toIcs(DOC);
    parsed = new Map(parse(ics).map((e) => [e.uid, e]));
  });

  it('has one VEVENT per day-dated event and live deadline, UIDs from record ids', () => {
    expect([...parsed.keys()].sort()).toEqual(
      ['event-bst', 'event-gmt', 'event-day', 'event-start-only', 'deadline-timed', 'deadline-day'].map((id) => `${id}@seslip`).sort(),
    );
  });

  it('writes Europe/London wall-clock times that convert to the right UTC instants in summer and winter', () => {
    expect(ics).toContain('DTSTART;TZID=Europe/London:20200602T140000');
    expect(utc(parsed.get('event-bst@seslip')!.start)).toBe('2020-06-02T13:00:00.000Z');
    expect(utc(parsed.get('event-bst@seslip')!.end!)).toBe('2020-06-02T15:00:00.000Z');
    expect(utc(parsed.get('event-gmt@seslip')!.start)).toBe('2020-01-17T09:30:00.000Z');
    expect(utc(parsed.get('event-gmt@seslip')!.end!)).toBe('2020-01-17T13:30:00.000Z');
    // 25 October 2020 is the day clocks went back: 10:00 is already GMT.
    expect(utc(parsed.get('event-start-only@seslip')!.start)).toBe('2020-10-25T10:00:00.000Z');
    expect(parsed.get('event-start-only@seslip')!.end).toBeNull();
    expect(utc(parsed.get('deadline-timed@seslip')!.start)).toBe('2020-05-27T16:00:00.000Z');
  });

  it('writes untimed events and deadlines as whole days', () => {
    const day = parsed.get('event-day@seslip')!;
    expect(day.start.isDate).toBe(true);
    expect(day.start.toString()).toBe('2020-03-06');
    expect(day.end?.toString()).toBe('2020-03-07');
    expect(parsed.get('deadline-day@seslip')!.start.toString()).toBe('2020-09-30');
  });

  it('round-trips summary, description, location and status through escaping and folding', () => {
    const bst = parsed.get('event-bst@seslip')!;
    expect(bst.summary).toBe(`${LONG_TITLE} – Session 1`);
    expect(bst.description).toBe(`${LONG_TITLE}\n\ntext`);
    expect(bst.location).toBe('Zoom');
    const gmt = parsed.get('event-gmt@seslip')!;
    expect(gmt.location).toBe('Coram Campus, London WC1N 1AZ');
    expect(gmt.description).toBe(`${LONG_TITLE}\n\nLine one;\nline two, with \\ backslash`);
    expect(parsed.get('event-day@seslip')!.status).toBe('CANCELLED');
    expect(parsed.get('deadline-timed@seslip')!.summary).toBe('Deadline: Data Return');
  });

  it('ends every line with CRLF and keeps lines within 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true); // the long title was folded
  });

  it('is the same text on every run, stamped with the latest issue date', () => {
    expect(toIcs(DOC)).toBe(ics);
    expect(ics).toContain('DTSTAMP:20200501T000000Z');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London');
  });
});

describe('escapeText and fold', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('never splits a UTF-8 character', () => {
    const folded = fold(`SUMMARY:${'é'.repeat(100)}`);
    const pieces = folded.split('\r\n ');
    expect(pieces.map((p) => Buffer.byteLength(p, 'utf8') + (p === pieces[0] ? 0 : 1)).every((n) => n <= 75)).toBe(true);
    expect(pieces.join('')).toBe(`SUMMARY:${'é'.repeat(100)}`);
  });
});

describe('a real bulletin', () => {
  it('gives the seed 381 events and their ids as UIDs', () => {
    const file = path.resolve(import.meta.dirname, '../fixtures/update-381-2019-12-06.txt');
    const doc = parseIssue(readFileSync(file), { source: 'update-381-2019-12-06.txt' });
    const events = parse(toIcs(doc));
    const expected = doc.events.filter((e) => e.date.length === 10).map((e) => `${e.id}@seslip`);
    expect(events.map((e) => e.uid).slice(0, expected.length)).toEqual(expected);
    const complex = events.filter((e) => e.summary.startsWith('Complex LAC Project')).map((e) => `${utc(e.start)} ${e.location}`);
    expect(complex).toEqual(['2020-01-17T09:30:00.000Z Central London', '2020-01-17T14:00:00.000Z Central London']);
  });
});
