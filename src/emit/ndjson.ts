// NDJSON for pipes: one record per line, each with a "type" naming its table, so
// `seslip parse archive/ --format ndjson | jq 'select(.type=="event")'` works.
import { type Document, TABLES, type TableName } from '../schema.js';

const RECORD_TYPE: Record<TableName, string> = {
  issues: 'issue',
  items: 'item',
  events: 'event',
  deadlines: 'deadline',
  publications: 'publication',
  contacts: 'contact',
  warnings: 'warning',
};

/** The lines of the NDJSON stream, generated one at a time. */
export function* toNdjsonLines(document: Document): Generator<string> {
  for (const table of TABLES) {
    for (const record of document[table]) yield `${JSON.stringify({ type: RECORD_TYPE[table], ...record })}\n`;
  }
}
