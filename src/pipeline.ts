// The per-file pipeline: decode → normalise → split into issues → segment → extract. Merging across issues
// and validation happen in src/api.ts.
import { extractIssueDates } from './dates/index.js';
import { type Decoded, InputError, decode } from './decode.js';
import { htmlToText, looksLikeHtml, repairEntities } from './html.js';
import { extractContacts } from './extract/contacts.js';
import { extractItemText } from './extract/item.js';
import { extractPublishedSentences, extractToolsList } from './extract/publications.js';
import type { InputFailure } from './inputs.js';
import type { ParsedIssue, SightedItem, SourceLine } from './model.js';
import { toLines } from './normalise.js';
import { splitIssues } from './split.js';
import { quotedPrintableLines } from './quoted.js';
import { decodeMime, unescapeMbox } from './mime.js';
import type { Warning } from './schema.js';
import { type SegmentWarning, type Segmented, segment } from './segment/index.js';
import { append } from './arrays.js';

export interface ReadOptions {
  /** Names the input in records and warnings: a path as given, or "-" for stdin. */
  source: string;
}

const ENCODING_WARNING: Record<string, string> = {
  'nul-bytes': 'NUL byte(s) removed',
  'mojibake-repaired': 'mis-decoded character sequence(s) ("â€™" for "’") repaired',
};

function decodeInput(input: string | Uint8Array): Decoded {
  if (typeof input !== 'string') return decode(input);
  if (input.trim() === '') throw new InputError(input === '' ? 'the file is empty' : 'the file holds only white space');
  return { text: input, encoding: 'utf-8', repairs: [] };
}

/**
 * The lines the segmenter reads from a decoded input: a saved web page's visible text, or
 * the text with a raw mail's MIME encoding (base64, quoted-printable, multipart) and mbox
 * escaping undone, the entities a converter left in and an undeclared quoted-printable
 * encoding decoded (and how many of each).
 */
export function pageLines(text: string): { lines: SourceLine[]; html: boolean; entities: number; quotedPrintable: number; base64: number } {
  if (looksLikeHtml(text)) return { lines: toLines(htmlToText(text)), html: true, entities: 0, quotedPrintable: 0, base64: 0 };
  const mbox = unescapeMbox(text);
  const mime = decodeMime(mbox);
  const repaired = repairEntities(mime?.text ?? mbox);
  const mail = quotedPrintableLines(repaired.text);
  return {
    lines: mail?.lines ?? toLines(repaired.text),
    html: false,
    entities: repaired.count,
    quotedPrintable: (mime?.counts.quotedPrintable ?? 0) + (mail?.count ?? 0),
    base64: mime?.counts.base64 ?? 0,
  };
}

/**
 * A file to its bulletins' sighted records: one issue, or one per bulletin in a file that
 * holds several (src/split.ts). The file's own warnings (encoding, HTML, the split) go
 * with its first issue. A part with no bulletin in it (a reply in an mbox) is skipped;
 * throws InputError when no part is a bulletin.
 */
export function readIssues(input: string | Uint8Array, { source }: ReadOptions): ParsedIssue[] {
  const decoded = decodeInput(input);
  const warnings: Warning[] = decoded.repairs.map((r) => ({
    code: r.code,
    message: `${r.count} ${ENCODING_WARNING[r.code]}`,
    source,
    line: null,
  }));
  if (decoded.encoding === 'windows-1252') {
    warnings.push({ code: 'legacy-encoding', message: 'not valid UTF-8: read as Windows-1252', source, line: null });
  }

  const { lines, html, entities, quotedPrintable, base64 } = pageLines(decoded.text);
  if (html) {
    warnings.push({ code: 'html-input', message: 'an HTML page, not text: read its visible text (line numbers count lines of that text)', source, line: null });
  }
  if (entities > 0) {
    warnings.push({ code: 'html-entities', message: `${entities} HTML entit${entities === 1 ? 'y' : 'ies'} ("&amp;") decoded`, source, line: null });
  }
  if (quotedPrintable > 0) {
    warnings.push({ code: 'quoted-printable', message: `a mail in its quoted-printable encoding: ${quotedPrintable} soft line break(s) and escape(s) ("=E2=80=99") decoded`, source, line: null });
  }
  if (base64 > 0) {
    warnings.push({ code: 'base64', message: `a mail in its base64 transfer encoding: ${base64} part(s) decoded`, source, line: null });
  }
  const parts = splitIssues(lines);
  const issues: ParsedIssue[] = [];
  let skipped: InputError | undefined;
  for (const part of parts) {
    try {
      // A file's name names its one bulletin, never each of several.
      issues.push(readPart(part, html, source, parts.length === 1));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      skipped ??= error;
    }
  }
  if (issues.length === 0) throw skipped!;
  if (parts.length > 1) {
    const numbers = issues.map((issue) => issue.number ?? 'with no number').join(', ');
    const dropped = parts.length - issues.length;
    warnings.push({
      code: 'several-issues',
      message: `${issues.length} issues in one file (${numbers}), each read as its own issue${dropped > 0 ? `; ${dropped} part(s) with no bulletin skipped` : ''}`,
      source,
      line: parts[1]![0]?.line ?? null,
    });
  }
  issues[0]!.warnings.unshift(...warnings);
  return issues;
}

/** One bulletin's lines to its sighted records. Throws InputError for text that is no bulletin. */
function readPart(lines: SourceLine[], html: boolean, source: string, named: boolean): ParsedIssue {
  const warnings: Warning[] = [];
  const located = (w: SegmentWarning): Warning => ({ code: w.code, message: w.message, source, line: w.line });
  let segmented: Segmented;
  try {
    segmented = segment(lines, named ? { name: source } : {});
  } catch (error) {
    if (html && error instanceof InputError) throw new InputError('an HTML page with no bulletin in it: save the bulletin as text');
    throw error;
  }
  append(warnings, segmented.warnings.map(located));
  const issueDate = segmented.issue?.date ?? null;

  // Dates are read for the whole issue at once: the date reader costs far more per call than per character.
  const read = segmented.entries.map((entry) => ({ entry, text: extractItemText(entry) }));
  const dated = extractIssueDates(read.map(({ entry, text }) => ({ title: text.title, line: entry.line, lines: entry.lines })), { issueDate, source });
  const items: SightedItem[] = read.map(({ entry, text }, i) => {
    const dates = dated[i] ?? { events: [], deadlines: [], warnings: [] };
    append(warnings, dates.warnings);
    return {
      title: text.title,
      update: text.update,
      action: text.action,
      refersTo: text.refersTo,
      line: entry.line,
      section: entry.section,
      events: dates.events,
      deadlines: dates.deadlines,
      publications: extractPublishedSentences(entry.lines, issueDate, source),
    };
  });

  const contacts = extractContacts(segmented.contacts, source);
  append(warnings, contacts.warnings.map(located));

  return {
    source,
    number: segmented.issue?.number ?? null,
    date: issueDate,
    layout: segmented.layout,
    items,
    publications: extractToolsList(segmented.tools, issueDate, source),
    contacts: contacts.contacts,
    warnings,
  };
}

/** readIssues, with input that is no bulletin as a failure with its reason, not a throw. */
export function readIssuesOrFailure(input: string | Uint8Array, options: ReadOptions): ParsedIssue[] | InputFailure {
  try {
    return readIssues(input, options);
  } catch (error) {
    if (error instanceof InputError) return { source: options.source, reason: error.reason };
    throw error;
  }
}
