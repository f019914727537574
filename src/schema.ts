// The output contract (../shared/CONTRACT.md) as zod schemas: the single source of
// the TypeScript types, of the JSON Schema (`seslip schema`) and of validation.
// zod/mini rather than zod: the same schemas and JSON Schema at a twelfth of the code,
// which the CLI would otherwise compile on every start.
import * as z from 'zod/mini';
import { EMAIL_ADDRESS } from './email.js';

export const SCHEMA_VERSION = 1;

const pattern = (re: RegExp) => z.string().check(z.regex(re));
const describe = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

const isoDay = pattern(/^\d{4}-\d{2}-\d{2}$/);
/** A day, or a month where the text names only a month ("in June"). */
const isoDayOrMonth = pattern(/^\d{4}-\d{2}(-\d{2})?$/);
const clock = pattern(/^([01]\d|2[0-3]):[0-5]\d$/);
const text = z.string().check(z.minLength(1));
const line = z.int().check(z.positive());
const issueNumber = z.nullable(z.int().check(z.nonnegative()));

export const Section = z.enum(['new', 'reminder']);
export const Layout = z.enum(['blank-line', 'labelled', 'headline', 'unknown']);

export const Issue = z.object({
  number: issueNumber,
  date: z.nullable(isoDay),
  source: z.string(),
  layout: describe(Layout, 'which scrape layout the segmenter recognised'),
});

export const Occurrence = z.object({
  issue: issueNumber,
  date: z.nullable(isoDay),
  section: Section,
  source: z.string(),
  line: describe(line, 'line of the title in the source file'),
});

export const Revision = z.object({
  issue: issueNumber,
  date: z.nullable(isoDay),
  diff: describe(z.string(), 'word-level diff against the previous occurrence: [-removed-] {+added+}'),
  statusChanges: z.array(z.string()),
});

export const Item = z.object({
  id: text,
  title: text,
  update: z.nullable(text),
  action: z.nullable(text),
  section: describe(Section, 'section of the latest occurrence'),
  refersTo: describe(z.array(text), 'people the text refers readers to ("contact X (details below)")'),
  occurrences: z.array(Occurrence).check(z.minLength(1)),
  firstSeen: describe(z.nullable(z.int()), 'issue number of the first occurrence'),
  lastSeen: describe(z.nullable(z.int()), 'issue number of the latest occurrence'),
  revisions: z.array(Revision),
});

export const EventStatus = z.enum(['booking-open', 'upcoming', 'held', 'past', 'cancelled', 'postponed']);

export const Event = z.object({
  id: text,
  itemId: text,
  date: isoDayOrMonth,
  start: z.nullable(clock),
  end: z.nullable(clock),
  location: z.nullable(text),
  label: z.nullable(text),
  status: z.nullable(EventStatus),
  text: describe(text, 'the sentence the event came from'),
  source: z.string(),
  line: line,
});

export const Deadline = z.object({
  id: text,
  itemId: text,
  date: isoDayOrMonth,
  time: z.nullable(clock),
  superseded: describe(z.boolean(), 'a later issue moved this deadline'),
  text: text,
  source: z.string(),
  line: line,
});

export const Publication = z.object({
  id: text,
  title: text,
  publisher: z.nullable(text),
  date: z.nullable(isoDayOrMonth),
  kind: z.enum(['published', 'updated']),
  itemId: describe(z.nullable(text), 'the item whose text announced it, null for Tools & Templates'),
  firstSeen: z.nullable(z.int()),
  source: z.string(),
  line: line,
});

export const ContactRole = z.object({
  issue: z.nullable(z.int()),
  role: z.nullable(text),
  organisation: z.nullable(text),
});

export const Contact = z.object({
  id: text,
  name: text,
  role: z.nullable(text),
  organisation: z.nullable(text),
  phone: z.nullable(pattern(/^\+\d{7,15}$/)),
  email: z.nullable(z.email({ pattern: EMAIL_ADDRESS })),
  history: describe(z.array(ContactRole), 'roles and organisations in issue order, when they changed'),
});

export const Warning = z.object({
  code: text,
  message: text,
  source: z.nullable(z.string()),
  line: z.nullable(line),
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
