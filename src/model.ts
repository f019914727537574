// What one issue yields before records are merged across issues. Ids do not exist yet:
// the merge stage (src/merge) gives them, because an id names a distinct thing across
// the whole archive, not one sighting of it.
import type { Deadline, Event, Layout, Publication, Section, Warning } from './schema.js';

/** A line of normalised text with its 1-based line number in the source file. */
export interface SourceLine {
  text: string;
  line: number;
  /**
   * A table row's cells where the source split the line by tabs (a copied table), which the
   * text joins with spaces, or set them in columns under a ruler of dashes (src/tables.ts),
   * which the text joins with " | ".
   */
  cells?: string[];
  /** An entry's title the document numbered as its outline's ("2.1 Title"; src/segment/outline.ts), its number taken off. */
  outlined?: true;
}

export type SightedEvent = Omit<Event, 'id' | 'itemId'>;
export type SightedDeadline = Omit<Deadline, 'id' | 'itemId' | 'superseded'>;
export type SightedPublication = Omit<Publication, 'id' | 'itemId' | 'firstSeen'>;

export interface SightedContact {
  name: string;
  role: string | null;
  organisation: string | null;
  phone: string | null;
  email: string | null;
  source: string;
  line: number;
}

export interface SightedItem {
  title: string;
  /** Line of the title in the source file. */
  line: number;
  update: string | null;
  action: string | null;
  section: Section;
  refersTo: string[];
  events: SightedEvent[];
  deadlines: SightedDeadline[];
  /** "On 27 February <organisation> published <title>" sentences in the entry. */
  publications: SightedPublication[];
}

export interface ParsedIssue {
  source: string;
  number: number | null;
  date: string | null;
  layout: Layout;
  items: SightedItem[];
  publications: SightedPublication[];
  contacts: SightedContact[];
  warnings: Warning[];
}
