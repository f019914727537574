import type { ParsedIssue, SightedItem } from '../model.js';

/** One appearance of an item: the entry and the issue it appeared in. */
export interface Sighting {
  issue: ParsedIssue;
  item: SightedItem;
}
