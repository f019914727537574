// Events and deadlines of one merged item. An event is one per date and start time, a
// deadline one per date; later sightings overwrite what they state and keep what they omit.
import { stableId } from '../ids.js';
import type { Deadline, Event, EventStatus } from '../schema.js';
import type { Sighting } from './sightings.js';

export interface MergedEvents {
  events: Event[];
  /** Per sighting: "date [start] [label]: old → new" for events whose status changed since an earlier sighting. */
  statusChanges: string[][];
}

export function mergeEvents(itemId: string, sightings: readonly Sighting[]): MergedEvents {
  const byKey = new Map<string, Event>();
  const known = new Map<string, { status: EventStatus; sighting: number }>();
  const statusChanges = sightings.map((s, n) => {
    const changes: string[] = [];
    for (const e of s.item.events) {
      const key = `${e.date} ${e.start ?? ''}`;
      const prev = byKey.get(key);
      const merged: Event = {
        id: prev?.id ?? stableId('event', itemId, e.date, e.start),
        itemId,
        date: e.date,
        start: e.start,
        end: e.end ?? prev?.end ?? null,
        location: e.location ?? prev?.location ?? null,
        label: e.label ?? prev?.label ?? null,
        status: e.status ?? prev?.status ?? null,
        text: e.text,
        source: e.source,
        line: e.line,
      };
      byKey.set(key, merged);
      if (e.status === null) continue;
      const before = known.get(key);
      if (before && before.sighting < n && before.status !== e.status) {
        const what = [e.date, e.start, merged.label].filter(Boolean).join(' ');
        changes.push(`${what}: ${before.status} → ${e.status}`);
      }
      known.set(key, { status: e.status, sighting: n });
    }
    return changes;
  });
  return { events: [...byKey.values()], statusChanges };
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
