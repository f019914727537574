// Splits the lines of one section into entries (title + body). One strategy per layout
// the archive holds:
//  - labelled: "Programme:" opens an entry, its title runs to "Update:";
//  - blank-line: titles stand alone between double blank lines;
//  - paragraph: one paragraph per entry, its first line the headline (2023 onwards);
//  - loose: no double blank lines survived the scrape, so a title is a short line that
//    opens a run of prose (and, where the page uses them, comes after an "Action
//    Required:" part or starts the section).
import type { SourceLine } from '../model.js';
import { ACTION_LABEL, PROGRAMME_LABEL, UPDATE_LABEL } from './labels.js';
import { type Paragraph, toParagraphs } from './paragraphs.js';
import { append } from '../arrays.js';

export interface RawEntry {
  title: string;
  /** Line number of the (first) title line. */
  line: number;
  /** Title line(s) first, then the body, as in the source. */
  lines: SourceLine[];
  /** Body lines only: labels still in place. */
  body: SourceLine[];
}

export interface Split {
  entries: RawEntry[];
  /** Non-blank lines that belong to no entry. */
  stray: SourceLine[];
}

const BULLET = /^(?:[-–•*·▪◦o]\s|\d{1,2}[.)]\s)/;
/** Editorial sub-headings inside an entry (2023 onwards), never entry titles. */
const SUBHEADING = /^(headlines?|details|key (findings|points|messages)|more information|further information|background|summary|overview|findings|recommendations|next steps|resources|what'?s new|contents)\s*:?$/i;
/** "On 27 February <organisation> published <title>": opens the body of a 2023 entry. */
export const PUBLISHED_SENTENCE = /^On\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?(?:\s+\d{4})?,?\s+.{2,}?\b(?:published|released|launched|updated)\b/;

function isLabel(text: string): boolean {
  return PROGRAMME_LABEL.test(text) || UPDATE_LABEL.test(text) || ACTION_LABEL.test(text);
}

function titleLike(paragraph: Paragraph): boolean {
  if (paragraph.lines.length !== 1) return false;
  const text = paragraph.lines[0]!.text;
  return (
    text.length >= 3 &&
    text.length <= 250 &&
    /\p{L}/u.test(text) &&
    !BULLET.test(text) &&
    !isLabel(text) &&
    !SUBHEADING.test(text) &&
    !PUBLISHED_SENTENCE.test(text) &&
    !/[:;,]$/.test(text)
  );
}

/** Short enough and unpunctuated enough to be a heading rather than a sentence. */
function headingLike(paragraph: Paragraph): boolean {
  if (!titleLike(paragraph)) return false;
  const text = paragraph.lines[0]!.text;
  return text.length <= 160 && !/[.!]$/.test(text.replace(/\s*\.{3}$/, ''));
}

function entryOf(titleLines: SourceLine[], body: SourceLine[]): RawEntry {
  return {
    title: titleLines.map((l) => l.text).join(' '),
    line: titleLines[0]!.line,
    lines: [...titleLines, ...body],
    body,
  };
}

export function splitLabelled(lines: SourceLine[]): Split {
  const entries: RawEntry[] = [];
  const stray: SourceLine[] = [];
  let title: SourceLine[] | null = null;
  let body: SourceLine[] = [];
  let inTitle = false;
  const close = (): void => {
    if (title && title.length > 0) entries.push(entryOf(title, body));
    title = null;
    body = [];
  };
  for (const line of lines) {
    const programme = PROGRAMME_LABEL.exec(line.text);
    if (programme) {
      close();
      title = programme[1] ? [{ text: programme[1], line: line.line }] : [];
      inTitle = true;
      continue;
    }
    if (title === null) {
      if (line.text !== '') stray.push(line);
      continue;
    }
    if (inTitle && (UPDATE_LABEL.test(line.text) || ACTION_LABEL.test(line.text))) inTitle = false;
    if (inTitle) {
      if (line.text !== '') (title as SourceLine[]).push(line);
      else if ((title as SourceLine[]).length > 0) inTitle = false;
      continue;
    }
    body.push(line);
  }
  close();
  return { entries, stray };
}

type Strategy = 'double-gap' | 'paragraph' | 'loose';

/**
 * How this section marks its titles: double blank lines (2018-2022 pages), one paragraph
 * per entry with the headline as its first line (2023 onwards), or neither (loose).
 */
function strategyOf(paragraphs: Paragraph[], actionLabels: boolean): Strategy {
  // A lone double gap is damage or dropped chrome; a layout repeats it.
  const doubleGaps = paragraphs.filter((p) => p.gapAfter >= 2 && Number.isFinite(p.gapAfter)).length;
  if (doubleGaps >= 2 && doubleGaps * 7 >= paragraphs.length) return 'double-gap';
  const blocks = paragraphs.filter((p) => p.lines.length > 1);
  const headed = blocks.filter((p) => headingLike({ ...p, lines: p.lines.slice(0, 1) }));
  if (!actionLabels && blocks.length > 0 && headed.length * 2 >= blocks.length) return 'paragraph';
  return 'loose';
}

export function splitByTitles(lines: SourceLine[]): Split {
  const paragraphs = toParagraphs(lines);
  const actionLabels = lines.some((l) => ACTION_LABEL.test(l.text));
  const strategy = strategyOf(paragraphs, actionLabels);
  const entries: RawEntry[] = [];
  const stray: SourceLine[] = [];
  let title: SourceLine | null = null;
  let body: SourceLine[] = [];
  let previousWasTitle = false;
  let sawAction = false;
  /** How many of the paragraph's lines form its title: 0 when it is body text. */
  const titleLines = (p: Paragraph, next: Paragraph | undefined): number => {
    const head = { ...p, lines: p.lines.slice(0, 1) };
    const rest = p.lines[1];
    if (previousWasTitle || !titleLike(head)) return 0;
    if (rest ? PUBLISHED_SENTENCE.test(rest.text) : next && PUBLISHED_SENTENCE.test(next.lines[0]!.text)) return 1;
    if (strategy === 'double-gap') return p.lines.length === 1 && p.gapAfter >= 2 && p.gapBefore >= 2 ? 1 : 0;
    if (!headingLike(head)) return 0;
    if (strategy === 'paragraph') return rest || !next || !headingLike({ ...next, lines: next.lines.slice(0, 1) }) ? 1 : 0;
    if (rest || (next && headingLike(next))) return 0;
    return title === null || !actionLabels || sawAction ? 1 : 0;
  };
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    const taken = titleLines(p, paragraphs[k + 1]);
    if (taken > 0) {
      if (title) entries.push(entryOf([title], body));
      title = p.lines[0]!;
      body = p.lines.slice(1);
      previousWasTitle = body.length === 0;
      sawAction = false;
      continue;
    }
    previousWasTitle = false;
    if (!title) {
      append(stray, p.lines);
      continue;
    }
    if (p.lines.some((l) => ACTION_LABEL.test(l.text))) sawAction = true;
    if (body.length > 0) body.push({ text: '', line: p.lines[0]!.line - 1 });
    append(body, p.lines);
  }
  if (title) entries.push(entryOf([title], body));
  return { entries, stray };
}
