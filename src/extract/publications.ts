// Publications: the "Tools & Templates" list, one per line, in the shapes editors use —
//   "<title> published <date>", "<title> updated <date>",
//   "<title> (was) published by <publisher> (on) <date>",
//   "<publisher> has/had published <title>. Published <date>",
// and, from 2023, "On <date> <publisher> published <title>" sentences inside entries.
import { MONTH_PATTERN, findDayMonthYear } from '../dates/calendar.js';
import type { SightedPublication, SourceLine } from '../model.js';

type Parsed = Pick<SightedPublication, 'title' | 'publisher' | 'date' | 'kind'>;

const TRAILING_DATE = new RegExp(`(?:\\bon\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}(?:,?\\s+\\d{4})?\\s*[.)]?$`, 'i');
const TRAILING_VERB = /[\s.,–-]*\b(?:(?:was|were|is|has been|have been)\s+)?(published|updated|released)(?:\s+by\s+(.+?))?(?:\s+on)?[\s,]*$/i;
const SUBJECT_VERB = /^(.+?)\s+(?:has|had|have)\s+(?:now\s+)?(published|updated|released)\s+(.+)$/i;
const ON_DATE_SENTENCE = new RegExp(
  `\\bOn\\s+(\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}(?:,?\\s+\\d{4})?),?\\s+(.+?)\\s+(?:has\\s+|have\\s+)?(published|updated|released|launched)\\s+(.+?)(?:\\.(?:\\s|$)|$)`,
  'gi',
);

// What tidy changes: white space other than single spaces, and punctuation or space at
// either end. Most titles and names have none, and one test spares three replacements.
const UNTIDY = /[^\S ]| \s|^[\s,.;:–-]|[\s,;:–-]$/;
const tidy = (text: string): string =>
  UNTIDY.test(text) ? text.replace(/\s+/g, ' ').replace(/^[\s,.;:–-]+|[\s,;:–-]+$/g, '').trim() : text;

function publisherName(text: string | undefined): string | null {
  if (!text) return null;
  const name = tidy(text).replace(/^the\s+/i, '');
  return name === '' ? null : name;
}

const kindOf = (verb: string): SightedPublication['kind'] => (/^updated$/i.test(verb) ? 'updated' : 'published');

/** One Tools & Templates line, or null when it is prose rather than a listed document. */
export function parsePublicationLine(line: string, issueDate: string | null): Parsed | null {
  let text = line.includes(':') ? line.replace(/\s+Authors?:.*?(?=\s+(?:published|updated)\b|$)/i, '') : line;
  const dateMatch = TRAILING_DATE.exec(text);
  let date: string | null = null;
  if (dateMatch) {
    date = findDayMonthYear(dateMatch[0], issueDate)?.date ?? null;
    text = text.slice(0, dateMatch.index);
  }
  let kind: SightedPublication['kind'] = 'published';
  let publisher: string | null = null;
  const verb = TRAILING_VERB.exec(text);
  if (verb) {
    kind = kindOf(verb[1]!);
    publisher = publisherName(verb[2]);
    text = text.slice(0, verb.index);
  }
  const subject = SUBJECT_VERB.exec(text);
  if (subject) {
    publisher ??= publisherName(subject[1]);
    kind = kindOf(subject[2]!);
    text = subject[3]!;
  }
  const title = tidy(text).replace(/\.$/, '');
  if (title.length < 3) return null;
  // Undated lines are documents only when they read like titles, not sentences.
  if (!dateMatch && !verb && (/[.:;]$/.test(line.trim()) || /^(we|our|the \w+ area|this|please)\b/i.test(title))) {
    return null;
  }
  return { title, publisher, date, kind };
}

export function extractToolsList(lines: SourceLine[], issueDate: string | null, source: string): SightedPublication[] {
  const found: SightedPublication[] = [];
  for (const { text, line } of lines) {
    if (text === '') continue;
    const parsed = parsePublicationLine(text, issueDate);
    if (parsed) found.push({ title: parsed.title, publisher: parsed.publisher, date: parsed.date, kind: parsed.kind, source, line });
  }
  return found;
}

/** "On 27 February <publisher> published <title>" sentences in an entry's lines. */
export function extractPublishedSentences(lines: SourceLine[], issueDate: string | null, source: string): SightedPublication[] {
  const found: SightedPublication[] = [];
  for (const { text, line } of lines) {
    if (!text.includes('On') || !/\bOn\s+\d/.test(text)) continue;
    // exec on the one global pattern: matchAll would copy the pattern for every line.
    for (let m = ON_DATE_SENTENCE.exec(text); m; m = ON_DATE_SENTENCE.exec(text)) {
      const date = findDayMonthYear(m[1]!, issueDate)?.date ?? null;
      const title = tidy(m[4]!.replace(/^(?:its|their)\s+/i, ''));
      const publisher = publisherName(m[2]);
      if (title.length >= 3 && publisher) found.push({ title, publisher, date, kind: kindOf(m[3]!), source, line });
    }
  }
  return found;
}
