// The library API under the CLI: one bulletin, or a batch of files merged into one
// document. Every document returned has been validated against the schema.
import { append } from './arrays.js';
import { conforms } from './conforms.js';
import { type Input, type InputFailure, describeError, resolveInputs } from './inputs.js';
import { mergeIssues } from './merge/index.js';
import type { ParsedIssue } from './model.js';
import { readIssues, readIssuesOrFailure } from './pipeline.js';
import { readInputs, workersFor } from './pool.js';
import { Document } from './schema.js';

export interface ParseOptions {
  /** Names the input in records and warnings. */
  source?: string;
}

/** Thrown when a document fails its own schema: a bug in seslip, not in the input. */
export class InvalidOutputError extends Error {
  override name = 'InvalidOutputError';
}

let documentConforms: ((value: unknown) => boolean) | undefined;

/**
 * The document if it conforms to the schema; zod's copy of it where zod accepts what the
 * quick check does not (keys in another order); else InvalidOutputError.
 */
export function validate(document: Document): Document {
  documentConforms ??= conforms(Document);
  if (documentConforms(document)) return document;
  const result = Document.safeParse(document);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new InvalidOutputError(`output failed validation at ${first?.path.join('.')}: ${first?.message}`);
  }
  return result.data;
}

/** Parses one file: a bulletin, or several (an mbox, a digest), merged. Throws InputError when the input is not a bulletin. */
export function parseIssue(input: string | Uint8Array, options: ParseOptions = {}): Document {
  return validate(mergeIssues(readIssues(input, { source: options.source ?? 'input' })));
}

export interface ArchiveOptions {
  /** Called after each input, with how many are done out of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads to parse on besides the main thread (bundle only); by default one per spare core for large batches, none on two cores (src/pool.ts says why). */
  workers?: number;
}

export interface ArchiveResult {
  document: Document;
  failures: InputFailure[];
}

/** An input's bytes, or why they cannot be read. */
async function load(input: Input): Promise<Uint8Array | InputFailure> {
  try {
    return await input.read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) return { source: input.source, reason: describeError(error) };
    throw error;
  }
}

/**
 * Parses files and folders (recursively, *.txt) and "-" for stdin, merging all issues
 * into one document. Inputs that fail are reported, not thrown; the rest go through.
 * Large batches are parsed on worker threads too; the document is the same either way.
 */
export async function parseArchive(paths: string[], options: ArchiveOptions = {}): Promise<ArchiveResult> {
  const { inputs, failures } = await resolveInputs(paths);
  let done = 0;
  const results = await readInputs(inputs, {
    workers: workersFor(inputs.length, options.workers),
    load,
    parse: (bytes, source) => readIssuesOrFailure(bytes, { source }),
    onResult: () => options.onProgress?.(++done, inputs.length),
  });
  const issues: ParsedIssue[] = [];
  for (const result of results) {
    if ('reason' in result) failures.push(result);
    else append(issues, result);
  }
  return { document: validate(mergeIssues(issues)), failures };
}
