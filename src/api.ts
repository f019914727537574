// The library API under the CLI: one bulletin, or a batch of files merged into one
// document. Every document returned has been validated against the schema.
import { InputError } from './decode.js';
import { type Input, type InputFailure, describeError, resolveInputs } from './inputs.js';
import { mergeIssues } from './merge/index.js';
import type { ParsedIssue } from './model.js';
import { readIssue } from './pipeline.js';
import { Document } from './schema.js';

export interface ParseOptions {
  /** Names the input in records and warnings. */
  source?: string;
}

/** Thrown when a document fails its own schema: a bug in seslip, not in the input. */
export class InvalidOutputError extends Error {
  override name = 'InvalidOutputError';
}

export function validate(document: Document): Document {
  const result = Document.safeParse(document);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new InvalidOutputError(`output failed validation at ${first?.path.join('.')}: ${first?.message}`);
  }
  return result.data;
}

/** Parses one bulletin. Throws InputError when the input is not a bulletin. */
export function parseIssue(input: string | Uint8Array, options: ParseOptions = {}): Document {
  return validate(mergeIssues([readIssue(input, { source: options.source ?? 'input' })]));
}

export interface ArchiveOptions {
  /** Called after each input, with how many are done out of how many. */
  onProgress?: (done: number, total: number) => void;
}

export interface ArchiveResult {
  document: Document;
  failures: InputFailure[];
}

/** Reads an input, turning every problem with it into a failure with a reason. */
export async function readInput(input: Input): Promise<ParsedIssue | InputFailure> {
  try {
    return readIssue(await input.read(), { source: input.source });
  } catch (error) {
    if (error instanceof InputError) return { source: input.source, reason: error.reason };
    if ((error as NodeJS.ErrnoException).code) return { source: input.source, reason: describeError(error) };
    throw error;
  }
}

/**
 * Parses files and folders (recursively, *.txt) and "-" for stdin, merging all issues
 * into one document. Inputs that fail are reported, not thrown; the rest go through.
 */
export async function parseArchive(paths: string[], options: ArchiveOptions = {}): Promise<ArchiveResult> {
  const { inputs, failures } = await resolveInputs(paths);
  const issues: ParsedIssue[] = [];
  for (const [index, input] of inputs.entries()) {
    const result = await readInput(input);
    if ('reason' in result) failures.push(result);
    else issues.push(result);
    options.onProgress?.(index + 1, inputs.length);
  }
  return { document: validate(mergeIssues(issues)), failures };
}
