// Public library API.
export { parseArchive, parseIssue, validate, InvalidOutputError } from './api.js';
export type { ArchiveOptions, ArchiveResult, ParseOptions } from './api.js';
export { InputError } from './decode.js';
export type { InputFailure } from './inputs.js';
export { mergeIssues } from './merge/index.js';
export { readIssues } from './pipeline.js';
export * from './schema.js';
export { toCsv, type CsvOptions } from './emit/csv.js';
export { toNdjsonLines } from './emit/ndjson.js';
