// The output contract (../shared/CONTRACT.md) as zod schemas: the single source of
// the TypeScript types, of the JSON Schema (`seslip schema`) and of validation.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A day, or a month where the text names only a month ("in June"). */
const isoDayOrMonth = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const text = z.string().min(1);
const line = z.number().int().positive();

export const Section = z.enum(['new', 'reminder']);
export const Layout = z.enum(['blank-line', 'labelled', 'headline', 'unknown']);

export const Issue = z.object({
  number: z.number().int().nonnegative().nullable(),
  date: isoDay.nullable(),
  source: z.string(),
  layout: Layout.describe('which scrape layout the segmenter recognised'),
});

export const Occurrence = z.object({
  issue: z.number().int().nonnegative().nullable(),
  date: isoDay.nullable(),
  section: Section,
  source: z.string(),
  line: line.describe('line of the title in the source file'),
});

export const Revision = z.object({
  issue: z.number().int().nonnegative().nullable(),
  date: isoDay.nullable(),
  diff: z.string().describe('word-level diff against the previous occurrence: [-removed-] {+added+}'),
  statusChanges: z.array(z.string()),
});

export const Item = z.object({
  id: text,
  title: text,
  update: text.nullable(),
  action: text.nullable(),
  section: Section.describe('section of the latest occurrence'),
  refersTo: z.array(text).describe('people the text refers readers to ("contact X (details below)")'),
  occurrences: z.array(Occurrence).min(1),
  firstSeen: z.number().int().nullable().describe('issue number of the first occurrence'),
  lastSeen: z.number().int().nullable().describe('issue number of the latest occurrence'),
  revisions: z.array(Revision),
});

export const EventStatus = z.enum(['booking-open', 'upcoming', 'held', 'past', 'cancelled', 'postponed']);

export const Event = z.object({
  id: text,
  itemId: text,
  date: isoDayOrMonth,
  start: clock.nullable(),
  end: clock.nullable(),
  location: text.nullable(),
  label: text.nullable(),
  status: EventStatus.nullable(),
  text: text.describe('the sentence the event came from'),
  source: z.string(),
  line: line,
});

export const Deadline = z.object({
  id: text,
  itemId: text,
  date: isoDayOrMonth,
  time: clock.nullable(),
  superseded: z.boolean().describe('a later issue moved this deadline'),
  text: text,
  source: z.string(),
  line: line,
});

export const Publication = z.object({
  id: text,
  title: text,
  publisher: text.nullable(),
  date: isoDayOrMonth.nullable(),
  kind: z.enum(['published', 'updated']),
  itemId: text.nullable().describe('the item whose text announced it, null for Tools & Templates'),
  firstSeen: z.number().int().nullable(),
  source: z.string(),
  line: line,
});

export const ContactRole = z.object({
  issue: z.number().int().nullable(),
  role: text.nullable(),
  organisation: text.nullable(),
});

export const Contact = z.object({
  id: text,
  name: text,
  role: text.nullable(),
  organisation: text.nullable(),
  phone: z.string().regex(/^\+\d{7,15}$/).nullable(),
  email: z.string().email().nullable(),
  history: z.array(ContactRole).describe('roles and organisations in issue order, when they changed'),
});

export const Warning = z.object({
  code: text,
  message: text,
  source: z.string().nullable(),
  line: line.nullable(),
});

export const Document = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  issues: z.array(Issue),
  items: z.array(Item),
  events: z.array(Event),
  deadlines: z.array(Deadline),
  publications: z.array(Publication),
  contacts: z.array(Contact),
  warnings: z.array(Warning),
});

export type Section = z.infer<typeof Section>;
export type Layout = z.infer<typeof Layout>;
export type Issue = z.infer<typeof Issue>;
export type Occurrence = z.infer<typeof Occurrence>;
export type Revision = z.infer<typeof Revision>;
export type Item = z.infer<typeof Item>;
export type EventStatus = z.infer<typeof EventStatus>;
export type Event = z.infer<typeof Event>;
export type Deadline = z.infer<typeof Deadline>;
export type Publication = z.infer<typeof Publication>;
export type ContactRole = z.infer<typeof ContactRole>;
export type Contact = z.infer<typeof Contact>;
export type Warning = z.infer<typeof Warning>;
export type Document = z.infer<typeof Document>;

/** The tables of a document, in the order CSV and NDJSON write them. */
export const TABLES = ['issues', 'items', 'events', 'deadlines', 'publications', 'contacts', 'warnings'] as const;
export type TableName = (typeof TABLES)[number];

export function jsonSchema(): unknown {
  return z.toJSONSchema(Document, { target: 'draft-2020-12' });
}
