// Builders for ParsedIssue fixtures: every field defaulted, overridable per test.
import type { ParsedIssue, SightedContact, SightedDeadline, SightedEvent, SightedItem, SightedPublication } from '../../src/model.js';

export function issue(number: number | null, date: string | null, over: Partial<ParsedIssue> = {}): ParsedIssue {
  return {
    source: `update-${number ?? 'x'}-${date ?? 'undated'}.txt`,
    number,
    date,
    layout: 'blank-line',
    items: [],
    publications: [],
    contacts: [],
    warnings: [],
    ...over,
  };
}

export function item(title: string, update: string | null = null, over: Partial<SightedItem> = {}): SightedItem {
  return {
    title,
    line: 10,
    update,
    action: null,
    section: 'new',
    refersTo: [],
    events: [],
    deadlines: [],
    publications: [],
    ...over,
  };
}

export function event(date: string, over: Partial<SightedEvent> = {}): SightedEvent {
  return { date, start: null, end: null, location: null, label: null, status: null, text: `on ${date}`, source: 's.txt', line: 12, ...over };
}

export function deadline(date: string, over: Partial<SightedDeadline> = {}): SightedDeadline {
  return { date, time: null, text: `by ${date}`, source: 's.txt', line: 13, ...over };
}

export function publication(title: string, date: string | null, over: Partial<SightedPublication> = {}): SightedPublication {
  return { title, publisher: null, date, kind: 'published', source: 's.txt', line: 40, ...over };
}

export function contact(name: string, over: Partial<SightedContact> = {}): SightedContact {
  return { name, role: null, organisation: null, phone: null, email: null, source: 's.txt', line: 60, ...over };
}

/** A body of `n` distinct made-up words, so tests control how much two bodies share. */
export function words(n: number, seed = 'w'): string {
  return Array.from({ length: n }, (_, k) => `${seed}${k}`).join(' ');
}
