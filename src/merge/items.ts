// Turns a cluster of sightings (one distinct entry, in issue order) into an item record.
import { basename } from 'node:path';
import { fold, stableId } from '../ids.js';
import type { SightedItem } from '../model.js';
import type { Item, Revision } from '../schema.js';
import { wordDiff } from './diff.js';
import type { Sighting } from './sightings.js';

/**
 * The id comes from the first sighting only, so issues added later never change it. The
 * file name counts only when the issue has neither number nor date; `ordinal` separates
 * entries that would otherwise collide (the same title twice in one issue).
 */
export function itemIdParts(first: Sighting): Array<string | number | null> {
  const { issue, item } = first;
  const file = issue.number === null && issue.date === null ? basename(issue.source) : null;
  return [fold(item.title), issue.number, issue.date, file];
}

export function itemId(parts: ReadonlyArray<string | number | null>, ordinal: number): string {
  return ordinal === 0 ? stableId('item', ...parts) : stableId('item', ...parts, ordinal);
}

const fullText = (item: SightedItem): string => [item.title, item.update, item.action].filter(Boolean).join('\n');

export function buildItem(id: string, sightings: readonly Sighting[], statusChanges: readonly string[][]): Item {
  const latest = sightings[sightings.length - 1] as Sighting;
  const numbers = sightings.map((s) => s.issue.number).filter((n): n is number => n !== null);
  const revisions: Revision[] = [];
  // A repeat with the same parts has no diff (nor does one whose full text or words are
  // the same); the full text is only joined when the parts differ.
  let prev = (sightings[0] as Sighting).item;
  let prevText: string | null = null;
  for (let n = 1; n < sightings.length; n++) {
    const { issue, item } = sightings[n] as Sighting;
    let diff = '';
    if (item.title !== prev.title || item.update !== prev.update || item.action !== prev.action) {
      const text = fullText(item);
      diff = wordDiff(prevText ?? fullText(prev), text);
      prev = item;
      prevText = text;
    }
    const changes = statusChanges[n] ?? [];
    if (diff !== '' || changes.length > 0) revisions.push({ issue: issue.number, date: issue.date, diff, statusChanges: changes });
  }
  return {
    id,
    title: latest.item.title,
    update: latest.item.update,
    action: latest.item.action,
    section: latest.item.section,
    refersTo: latest.item.refersTo,
    occurrences: sightings.map(({ issue, item }) => ({
      issue: issue.number,
      date: issue.date,
      section: item.section,
      source: issue.source,
      line: item.line,
    })),
    firstSeen: numbers[0] ?? null,
    lastSeen: numbers[numbers.length - 1] ?? null,
    revisions,
  };
}
