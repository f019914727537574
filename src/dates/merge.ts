// One event per (day, start) per entry. A title date and a body date are often the same
// event told twice, and "Hold the date Friday 17 January" is the day of which
// "Part 1 9.30-13.30" and "Part 2 14.00-17.00" are the sessions.
import type { SightedEvent } from '../model.js';
import type { EventStatus } from '../schema.js';
import { append } from '../arrays.js';

// What the words said outranks what the calendar says: a day "postponed" in one sentence
// is postponed, however another sentence announced it.
const STRENGTH: Record<EventStatus, number> = { upcoming: 0, past: 1, 'booking-open': 2, held: 3, postponed: 4, cancelled: 5 };
const stronger = (a: EventStatus | null, b: EventStatus | null): EventStatus | null =>
  a === null ? b : b === null || STRENGTH[a] >= STRENGTH[b] ? a : b;
const SAYS_WHAT_HAPPENED = new Set<EventStatus | null>(['held', 'postponed', 'cancelled']);

/**
 * Merges an entry's events: on a day with timed events the untimed mentions of that day
 * only lend them a location and what happened to the day (held, postponed, cancelled);
 * same-start events become one, the first keeping its text and the strongest status.
 * A month ("December meeting") gives way to a day of that month, and a past month is
 * dropped: it is history, not a date to keep.
 */
export function mergeEvents(events: SightedEvent[]): SightedEvent[] {
  const byDay = new Map<string, SightedEvent[]>();
  for (const event of events) {
    const day = byDay.get(event.date);
    if (day) day.push(event);
    else byDay.set(event.date, [event]);
  }
  const daysOfMonths = new Set([...byDay.keys()].filter((d) => d.length === 10).map((d) => d.slice(0, 7)));
  const out: SightedEvent[] = [];
  for (const [date, day] of byDay) {
    if (date.length === 7 && (daysOfMonths.has(date) || day.every((e) => e.status === 'past'))) continue;
    const location = day.find((e) => e.location !== null)?.location ?? null;
    const happened = day.map((e) => e.status).filter((s) => SAYS_WHAT_HAPPENED.has(s)).reduce(stronger, null);
    const timed = day.filter((e) => e.start !== null);
    const kept = new Map<string, SightedEvent>();
    for (const event of timed.length > 0 ? timed : day) {
      const key = event.start ?? '';
      const first = kept.get(key);
      if (!first) kept.set(key, { ...event, location: event.location ?? location, status: stronger(event.status, happened) });
      else {
        first.end ??= event.end;
        first.label ??= event.label;
        first.status = stronger(first.status, event.status);
      }
    }
    append(out, kept.values());
  }
  return out;
}
