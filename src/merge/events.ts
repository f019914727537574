// Events and deadlines of one merged item. An event is one per date and start time, a
// deadline one per date; later sightings overwrite what they state and keep what they omit.
// Items hold a handful of events, so the linear scans here stay cheap.
import { stableId } from '../ids.js';
import type { Deadline, Event, EventStatus } from '../schema.js';
import type { SightedEvent } from '../model.js';
import type { Sighting } from './sightings.js';

export interface MergedEvents {
  events: Event[];
  /** Per sighting: "date [start] [label]: old → new" for events whose status changed since an earlier sighting. */
  statusChanges: string[][];
}

/** Statuses the text states; "past" only says the date has gone by. */
const STATED = new Set<EventStatus | null>(['booking-open', 'upcoming', 'held', 'cancelled', 'postponed']);
/** Statuses that a later, merely time-derived "past" must not overwrite. */
const OUTCOMES = new Set<EventStatus | null>(['held', 'cancelled', 'postponed']);

function latestStatus(before: EventStatus | null, now: EventStatus | null): EventStatus | null {
  if (now === null || (now === 'past' && OUTCOMES.has(before))) return before;
  return now;
}

/**
 * The index of the record a sighted event continues, or -1: the same date and start, or,
 * when one side gives no start time ("the away day on 14 January has been postponed"),
 * the only event of that date.
 */
function continued(records: readonly Event[], e: SightedEvent): number {
  let only = -1;
  let sameDay = 0;
  for (let k = 0; k < records.length; k++) {
    const r = records[k] as Event;
    if (r.date !== e.date) continue;
    if (r.start === e.start) return k;
    only = k;
    sameDay++;
  }
  return sameDay === 1 && ((records[only] as Event).start === null || e.start === null) ? only : -1;
}

export function mergeEvents(itemId: string, sightings: readonly Sighting[]): MergedEvents {
  const records: Event[] = [];
  // The last stated status of each record (by id) and the sighting that stated it.
  const stated = new Map<string, { status: EventStatus; sighting: number }>();
  const statusChanges: string[][] = [];
  for (let n = 0; n < sightings.length; n++) {
    const changes: string[] = [];
    for (const e of (sightings[n] as Sighting).item.events) {
      const at = continued(records, e);
      const prev = at < 0 ? undefined : records[at];
      const merged: Event = {
        id: prev?.id ?? stableId('event', itemId, e.date, e.start),
        itemId,
        date: e.date,
        start: e.start ?? prev?.start ?? null,
        end: e.end ?? prev?.end ?? null,
        location: e.location ?? prev?.location ?? null,
        label: e.label ?? prev?.label ?? null,
        status: latestStatus(prev?.status ?? null, e.status),
        text: e.text,
        source: e.source,
        line: e.line,
      };
      if (at < 0) records.push(merged);
      else records[at] = merged;
      if (e.status === null || !STATED.has(e.status)) continue;
      const before = stated.get(merged.id);
      if (before && before.sighting < n && before.status !== e.status) {
        const what = [merged.date, merged.start, merged.label].filter(Boolean).join(' ');
        changes.push(`${what}: ${before.status} → ${e.status}`);
      }
      stated.set(merged.id, { status: e.status, sighting: n });
    }
    statusChanges.push(changes);
  }
  return { events: records, statusChanges };
}

/**
 * A deadline is superseded when a later sighting of the item states deadlines but no longer
 * this one: the date was moved (an extension), not merely left out of a shortened reminder.
 */
export function mergeDeadlines(itemId: string, sightings: readonly Sighting[]): Deadline[] {
  const byDate = new Map<string, { deadline: Deadline; lastSighting: number }>();
  let lastWithDeadlines = -1;
  sightings.forEach((s, n) => {
    if (s.item.deadlines.length > 0) lastWithDeadlines = n;
    for (const d of s.item.deadlines) {
      const prev = byDate.get(d.date)?.deadline;
      const deadline: Deadline = {
        id: prev?.id ?? stableId('deadline', itemId, d.date),
        itemId,
        date: d.date,
        time: d.time ?? prev?.time ?? null,
        superseded: false,
        text: d.text,
        source: d.source,
        line: d.line,
      };
      byDate.set(d.date, { deadline, lastSighting: n });
    }
  });
  return [...byDate.values()].map(({ deadline, lastSighting }) => ({
    ...deadline,
    superseded: lastWithDeadlines > lastSighting,
  }));
}
