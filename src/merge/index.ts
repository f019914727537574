// The merge stage: one record per distinct item, event, deadline, publication and contact
// across any number of parsed issues, with stable ids.
import type { ParsedIssue } from '../model.js';
import { SCHEMA_VERSION, type Deadline, type Document, type Event, type Item } from '../schema.js';
import { mergeContacts, type ContactSighting } from './contacts.js';
import { mergeDeadlines, mergeEvents } from './events.js';
import { buildItem, itemId, itemIdParts } from './items.js';
import { clusterItems } from './matcher.js';
import { archiveWarnings, sortIssues } from './order.js';
import { mergePublications, type PublicationSighting } from './publications.js';
import type { Sighting } from './sightings.js';

// Plain code-unit order: ISO dates and HH:MM sort correctly that way, and localeCompare
// would dominate the merge on a large archive.
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byDateAndStart = <T extends { date: string }>(start: (x: T) => string | null) => (a: T, b: T) =>
  compare(a.date, b.date) || compare(start(a) ?? '', start(b) ?? '');

export function mergeIssues(input: ParsedIssue[]): Document {
  const issues = sortIssues(input);
  const { clusters, clusterOf } = clusterItems(issues);

  const taken = new Map<string, number>();
  const ids: string[] = [];
  const items: Item[] = [];
  const events: Event[] = [];
  const deadlines: Deadline[] = [];
  for (const sightings of clusters) {
    const parts = itemIdParts(sightings[0] as Sighting);
    const key = JSON.stringify(parts);
    const ordinal = taken.get(key) ?? 0;
    taken.set(key, ordinal + 1);
    const id = itemId(parts, ordinal);
    ids.push(id);
    const merged = mergeEvents(id, sightings);
    items.push(buildItem(id, sightings, merged.statusChanges));
    for (const event of merged.events) events.push(event);
    for (const deadline of mergeDeadlines(id, sightings)) deadlines.push(deadline);
  }

  const publications: PublicationSighting[] = [];
  const contacts: ContactSighting[] = [];
  issues.forEach((issue, i) => {
    const here: PublicationSighting[] = [];
    for (const publication of issue.publications) here.push({ publication, issue: issue.number, itemId: null });
    issue.items.forEach((item, k) => {
      const id = ids[clusterOf[i]?.[k] ?? -1] ?? null;
      for (const publication of item.publications) here.push({ publication, issue: issue.number, itemId: id });
    });
    here.sort((a, b) => a.publication.line - b.publication.line);
    for (const sighting of here) publications.push(sighting);
    for (const contact of issue.contacts) contacts.push({ contact, issue: issue.number });
  });

  return {
    schemaVersion: SCHEMA_VERSION,
    issues: issues.map(({ number, date, source, layout }) => ({ number, date, source, layout })),
    items,
    events: events.sort(byDateAndStart((e) => e.start)),
    deadlines: deadlines.sort(byDateAndStart((d) => d.time)),
    publications: mergePublications(publications),
    contacts: mergeContacts(contacts),
    warnings: [...issues.flatMap((i) => i.warnings), ...archiveWarnings(issues)],
  };
}
