// Publications: the "Tools & Templates" list, one per line, in the shapes editors use —
//   "<title> published <date>", "<title> updated <date>",
//   "<title> (was) published by <publisher> (on) <date>",
//   "<publisher> has/had published <title>. Published <date>",
//   "<title> (<publisher>, June 2015)", "<publisher>: <title> – published <date>",
//   "<publisher> – <title> (published <date>)",
// and, from 2023, "On <date> <publisher> published <title>" sentences inside entries.
import { MONTH_PATTERN, NUMERIC_DATE_PATTERN, findDayMonthYear, findNumericDate, isoMonth, monthNumber } from '../dates/calendar.js';
import type { SightedPublication, SourceLine } from '../model.js';
import { BULLET } from '../segment/entries.js';

type Parsed = Pick<SightedPublication, 'title' | 'publisher' | 'date' | 'kind'>;

const TRAILING_DATE = new RegExp(`(?:\\bon\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN}(?:,?\\s+(?:\\d{4}|\\d{2}))?|${NUMERIC_DATE_PATTERN})\\s*[.)]?$`, 'i');
const TRAILING_VERB = /[\s.,(–-]*\b(?:(?:was|were|is|has been|have been)\s+)?(published|updated|released)(?:\s+by\s+(.+?))?(?:\s+on)?[\s,]*$/i;
/** "… updated 11 June 2021. Thanks to colleagues in Medway …": a note after the dated close, no part of the entry. */
const NOTE_AFTER_DATE = new RegExp(`(\\b(?:published|updated|released)\\b[^.]{0,80}?\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN},?\\s+\\d{4})\\.\\s+\\S.*$`, 'i');
/** "(DfE, June 2015)", "(Ofsted, 4 June 2015)": a citation closing the line. */
const CITATION = new RegExp(`\\s*\\(\\s*([^(),]{2,60}?),\\s*((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(${MONTH_PATTERN})\\s+(\\d{4}))\\s*\\)\\s*$`, 'i');
/** "<publisher>: <title>", "<publisher> – <title>": a name, then a colon or a dash. */
const LEADING_NAME = /^([^:–]{2,60}?)(?::|\s+[–-])\s+(\S.*)$/;
// A title often starts "Working Together: …" or "Coronavirus: …", so a leading name is a
// publisher only when it names an organisation: one of the bodies that publish for
// children's services, or capitalised words ending in an organisation's noun.
const PUBLISHERS = new RegExp(
  '^(?:the\\s+)?(?:DfE|DH|DHSC|DCLG|MHCLG|Department for Education|Home Office|Ministry of Justice|Ofsted|Cafcass|CQC|LGA|ADCS|NSPCC|SCIE|NCB|EIF|EEF|EPI|FFT|NFER|ONS|NAO|' +
    'Barnardo[’\']s|Coram|Nesta|Research in Practice|Children[’\']s Commissioner|Public Health England|NHS England|Action for Children|Become|Frontline)$',
  'i',
);
const ORGANISATION = /^(?:the\s+)?(?:[A-Z][\p{L}’'&.-]*\s+(?:(?:of|for|and|in|on)\s+)?){0,5}(?:Association|Society|Foundation|Trust|Council|Office|Department|Institute|Commission(?:er)?|Partnership|Agency|Alliance|Observatory|Centre|Board|Network|Group)$/u;
const isPublisher = (name: string): boolean => PUBLISHERS.test(name) || ORGANISATION.test(name);

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

/** A title that is all one "[link text]" (a converter's hyperlink, as pandoc writes it) without its brackets. */
const unbracketed = (title: string): string =>
  title.startsWith('[') && title.endsWith(']') && title.indexOf(']') === title.length - 1 ? title.slice(1, -1).trim() : title;

function publisherName(text: string | undefined): string | null {
  if (!text) return null;
  const name = tidy(text).replace(/^the\s+/i, '');
  return name === '' ? null : name;
}

const kindOf = (verb: string): SightedPublication['kind'] => (/^updated$/i.test(verb) ? 'updated' : 'published');

/** One Tools & Templates line, or null when it is prose rather than a listed document. */
export function parsePublicationLine(line: string, issueDate: string | null): Parsed | null {
  // A list's bullet ("● ", "• ", "- ") is no part of the title.
  const item = line.replace(BULLET, '');
  let text = item.includes(':') ? item.replace(/\s+Authors?:.*?(?=\s+(?:published|updated)\b|$)/i, '') : item;
  let publisher: string | null = null;
  let date: string | null = null;
  const citation = text.endsWith(')') ? CITATION.exec(text) : null;
  if (citation) {
    publisher = publisherName(citation[1]);
    const month = monthNumber(citation[3]!);
    date = /^\d/.test(citation[2]!) ? (findDayMonthYear(citation[2]!, issueDate)?.date ?? null) : month ? isoMonth(Number(citation[4]), month) : null;
    text = text.slice(0, citation.index);
  }
  let dateMatch = citation ? null : TRAILING_DATE.exec(text);
  // Only after a title: a line opening "Published 12 June 2020. <title>" has its title after the stop.
  const note = citation || dateMatch ? null : NOTE_AFTER_DATE.exec(text);
  if (note && /\p{L}/u.test(text.slice(0, note.index))) {
    text = text.slice(0, note.index) + note[1]!;
    dateMatch = TRAILING_DATE.exec(text);
  }
  if (dateMatch) {
    date = (findDayMonthYear(dateMatch[0], issueDate) ?? findNumericDate(dateMatch[0]))?.date ?? null;
    text = text.slice(0, dateMatch.index);
  }
  let kind: SightedPublication['kind'] = 'published';
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
  const leading = publisher === null && (citation || dateMatch || verb) ? LEADING_NAME.exec(text) : null;
  if (leading && isPublisher(tidy(leading[1]!))) {
    publisher = publisherName(leading[1]);
    text = leading[2]!;
  }
  const title = unbracketed(tidy(text).replace(/\.$/, ''));
  if (title.length < 3) return null;
  // Undated lines are documents only when they read like titles, not sentences.
  if (!citation && !dateMatch && !verb && (/[.:;]$/.test(item.trim()) || /^(we|our|the \w+ area|this|please)\b/i.test(title))) {
    return null;
  }
  return { title, publisher, date, kind };
}

const MAX_SOURCE_WORDS = 8;
/** "Source: DfE, February 2014" under a title: who published it, and perhaps when. */
const SOURCE_LINE = /^source\s*:\s*(\S.*)$/i;
const SOURCE_DATE = new RegExp(`^(?:(published|updated|released)\\s+)?(?:on\\s+)?((?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(${MONTH_PATTERN})\\s+(\\d{4})|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})\\.?$`, 'i');

/**
 * The publisher, date and kind a "Source:" line gives: "DfE, February 2014", "Ofsted,
 * published 27 February 2014", "SE Early Help Network". Null when its value is no name.
 */
export function parseSourceLine(value: string, issueDate: string | null): Pick<SightedPublication, 'publisher' | 'date' | 'kind'> | null {
  const comma = value.indexOf(',');
  const publisher = publisherName(comma < 0 ? value : value.slice(0, comma));
  // A name: no figures, a few words, no sentence ("see the DfE website for details.").
  if (publisher === null || /\d|[.!?]$/.test(publisher) || publisher.split(' ').length > MAX_SOURCE_WORDS) return null;
  const when = comma < 0 ? null : SOURCE_DATE.exec(tidy(value.slice(comma + 1)));
  if (comma >= 0 && !when) return null;
  let date: string | null = null;
  if (when) {
    const month = when[3] ? monthNumber(when[3]) : null;
    date = /^\d+\s*[A-Za-z]/.test(when[2]!)
      ? (findDayMonthYear(when[2]!, issueDate)?.date ?? null)
      : month
        ? isoMonth(Number(when[4]), month)
        : (findNumericDate(when[2]!)?.date ?? null);
  }
  return { publisher, date, kind: kindOf(when?.[1] ?? 'published') };
}

export function extractToolsList(lines: SourceLine[], issueDate: string | null, source: string): SightedPublication[] {
  const found: SightedPublication[] = [];
  let previous: SightedPublication | null = null;
  for (const { text, line } of lines) {
    if (text === '') continue;
    // A "Source:" line completes the title over it; it is never a document of its own.
    const sourceLine = text.length > 7 && (text.charCodeAt(0) | 0x20) === 0x73 ? SOURCE_LINE.exec(text) : null;
    if (sourceLine) {
      const cited = previous ? parseSourceLine(sourceLine[1]!, issueDate) : null;
      // What the title line said itself stands.
      if (cited && previous) {
        previous.publisher ??= cited.publisher;
        if (previous.date === null) Object.assign(previous, { date: cited.date, kind: cited.kind });
      }
      previous = null;
      continue;
    }
    const parsed = parsePublicationLine(text, issueDate);
    previous = parsed ? { title: parsed.title, publisher: parsed.publisher, date: parsed.date, kind: parsed.kind, source, line } : null;
    if (previous) found.push(previous);
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
