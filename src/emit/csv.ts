// One CSV table per entity. Columns come from the schema's own field list, so a field
// added to the contract appears here without a second list to keep in step. Lists of
// words are joined with "; ", lists of records are written as JSON.
import { stringify } from 'csv-stringify/sync';
import { type Document, Document as DocumentSchema, type TableName } from '../schema.js';

export interface CsvOptions {
  /**
   * Guard cells a spreadsheet would run as a formula (OWASP CSV injection): a cell that
   * starts with = + - @ tab or CR gets a leading apostrophe. Off for raw data.
   */
  guardFormulas?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function columnsOf(table: TableName): string[] {
  const shape = DocumentSchema.shape[table].def.element.shape;
  return Object.keys(shape);
}

function cell(value: unknown, guard: boolean): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (Array.isArray(value)) text = value.every((v) => typeof v !== 'object') ? value.join('; ') : JSON.stringify(value);
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return guard && FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsv(document: Document, table: TableName, options: CsvOptions = {}): string {
  const guard = options.guardFormulas ?? true;
  const columns = columnsOf(table);
  const rows = (document[table] as Array<Record<string, unknown>>).map((record) =>
    columns.map((column) => cell(record[column], guard)),
  );
  return stringify([columns, ...rows], { record_delimiter: 'unix' });
}
