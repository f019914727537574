// Splits the lines of one section into entries (title + body). One strategy per layout
// the archive holds:
//  - labelled: "Programme:" opens an entry, its title runs to "Update:";
//  - blank-line: titles stand alone between double blank lines;
//  - paragraph: one paragraph per entry, its first line the headline (2023 onwards);
//  - loose: no double blank lines survived the scrape, so a title is a short line that
//    opens a run of prose (and, where the page uses them, comes after an "Action
//    Required:" part or starts the section).
import type { SourceLine } from '../model.js';
import { isActionLabel, isProgrammeLabel, isUpdateLabel, labelText } from './labels.js';
import { type Paragraph, toParagraphs } from './paragraphs.js';
import { append } from '../arrays.js';
import { MONTH_PATTERN } from '../dates/calendar.js';

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
  /** Lone lines between titles standing apart, read as the page's section headings though each might be a title with no body. */
  headings?: SourceLine[];
}

/** A title's place in a numbered list: "1. Title", "2) Title", "3 - Title". */
const NUMBERED = /^(\d{1,2})(?:[.)]|\s[–—-])\s+(?=\p{Lu})/u;
export const BULLET = /^(?:[-–•*·▪◦●o]\s|\d{1,2}[.)]\s)/;
/** Editorial sub-headings inside an entry (2023 onwards), never entry titles. */
const SUBHEADING = /^(headlines?|details|key (findings|points|messages)|more information|further information|background|summary|overview|findings|recommendations|next steps|resources|what'?s new|contents)\s*:?$/i;
/**
 * A section heading of the page's own between entries ("Consultations", "Jobs and
 * secondments", "★ New"): a few capitalised words, no figures, no closing stop.
 */
const SECTION_HEADING = /^[^\p{L}\p{N}]*\p{Lu}[\p{L}'’&,\s-]*$/u;
const MAX_SECTION_HEADING = 40;
const MAX_SECTION_HEADING_WORDS = 5;
/** "On 27 February <organisation> published <title>": opens the body of a 2023 entry. */
const PUBLISHED_SENTENCE = /^On\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?(?:\s+\d{4})?,?\s+.{2,}?\b(?:published|released|launched|updated)\b/;

/** A day and its month: "22nd March", "4th of October", "21/4/11" (its one group is the figures' separator). */
const DAY_AND_MONTH = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_PATTERN}|\d{1,2}([./-])\d{1,2}\1\d{2,4})(?![\p{L}\p{N}])`;
/** A line that opens with a day: "Tues 22nd March", "21/4/11" (not a time, "10.00 Welcome"). */
const DATED_LINE = new RegExp(String.raw`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?${DAY_AND_MONTH}`, 'iu');
/** A day and month anywhere in a line: "meets on 1 July", "Tuesday 4th of October", "21/4/11". */
const DATE_MENTION = new RegExp(String.raw`(?<![\p{L}\p{N}])${DAY_AND_MONTH}`, 'iu');
export const mentionsDate = (text: string): boolean => DATE_MENTION.test(text);

/**
 * A diary line: a day, a dash, what happens: "Tues 22nd March – Regional Leads, 10.00hrs";
 * or a table row opening with its day: "Wed 9 April | PSW Network | Oxford Town Hall".
 */
export const isDiaryLine = (text: string): boolean => DATED_LINE.test(text) && (/\s[–—-]\s/.test(text) || text.includes(' | '));

/** A table row: three cells or more ("Date | Meeting | Venue"), never a title. */
const TABLE_ROW = / \| .* \| /;
/** A table's header row: three cells or more, in words ("Date | Meeting | Venue"). */
const TABLE_HEADER = /^[^\d|]+(?:\s\|\s[^\d|]+){2,}$/;

/** Diary lines, at least `min` of them, perhaps under their table's header row. */
function isDiaryList(lines: SourceLine[], min: number): boolean {
  const rows = lines.length > 1 && lines[0]!.text.includes(' | ') && TABLE_HEADER.test(lines[0]!.text) ? lines.slice(1) : lines;
  return rows.length >= min && rows.every((l) => isDiaryLine(l.text));
}

/**
 * A line that points to a link ("The article is here", "Click here"): the end of a body.
 * Written as a sentence, in lower case: "Family Hubs Are Here" is a headline.
 */
const LINK_POINTER = /(?:\b(?:is|are|click|found|available|read (?:it|more))|^(?:Click|Read (?:it|more)))\s+here[.!]?$/;

/** The longest title ending in a stop read where blank lines were lost. */
const MAX_STOPPED_TITLE = 120;

/** A heading whose words are mostly capitalised or figures ("AD Education Network – next meeting Friday 24 January"), unlike an instruction ("Please share this with your teams"). */
const isHeadline = (text: string): boolean => {
  if (headOf(text) !== HEADING) return false;
  const words = text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length * 2 >= words.length;
};

const closesOnLink = (p: Paragraph | undefined): boolean => p !== undefined && LINK_POINTER.test(p.lines.at(-1)!.text);

/** An "Action Required:" label comes from paragraph k on before any heading line that is no link line. */
function labelBeforeHeading(paragraphs: Paragraph[], k: number): boolean {
  for (let j = k; j < paragraphs.length; j++) {
    for (const l of paragraphs[j]!.lines) {
      if (isActionLabel(l.text)) return true;
      if (headOf(l.text) === HEADING && !LINK_POINTER.test(l.text)) return false;
    }
  }
  return false;
}

export const isPublishedSentence = (text: string): boolean => text.startsWith('On') && PUBLISHED_SENTENCE.test(text);

function isLabel(text: string): boolean {
  return isProgrammeLabel(text) || isUpdateLabel(text) || isActionLabel(text);
}

/** What the first line of a paragraph can be, if the paragraph has no other line. */
const TEXT = 0;
const TITLE = 1;
const HEADING = 2;
type Head = typeof TEXT | typeof TITLE | typeof HEADING;

function headOf(text: string): Head {
  const titleLike =
    text.length >= 3 &&
    text.length <= 250 &&
    /\p{L}/u.test(text) &&
    !BULLET.test(text) &&
    !isLabel(text) &&
    !SUBHEADING.test(text) &&
    !isPublishedSentence(text) &&
    !TABLE_ROW.test(text) &&
    !/[:;,]$/.test(text);
  if (!titleLike) return TEXT;
  // A heading is short enough and unpunctuated enough not to be a sentence.
  const unpunctuated = !/[.!]$/.test(text.endsWith('...') ? text.replace(/\s*\.{3}$/, '') : text);
  return text.length <= 160 && unpunctuated ? HEADING : TITLE;
}

function entryOf(titleLines: SourceLine[], body: SourceLine[]): RawEntry {
  return {
    title: titleLines.map((l) => l.text).join(' '),
    line: titleLines[0]!.line,
    lines: [...titleLines, ...body],
    body,
  };
}

/**
 * The headline of an "Update:" that follows an entry's "Action Required:" part: the editor
 * left out the next entry's "Programme:" line, and the update opens with a heading line
 * (its inline value, else the next non-blank line). Null when no such line opens it.
 */
function orphanHeadline(lines: SourceLine[], at: number): SourceLine | null {
  const inline = labelText('update', lines[at]!.text)?.trim();
  if (inline) return headOf(inline) === HEADING ? { text: inline, line: lines[at]!.line } : null;
  for (let k = at + 1; k < lines.length; k++) {
    const next = lines[k]!;
    if (next.text === '') continue;
    return headOf(next.text) === HEADING ? next : null;
  }
  return null;
}

/**
 * Where in an entry's body, after its "Action Required:" label, the last line stands when
 * it is a headline (mostly capitalised, unpunctuated: "Data Benchmarking – autumn data
 * return"), else -1. A closing "For more details please contact …" is no headline.
 */
function headlineAbove(body: SourceLine[]): number {
  let k = body.length - 1;
  while (k >= 0 && body[k]!.text === '') k--;
  if (k < 1 || !isHeadline(body[k]!.text)) return -1;
  return body.slice(0, k).some((l) => isActionLabel(l.text)) ? k : -1;
}

export function splitLabelled(lines: SourceLine[]): Split {
  const entries: RawEntry[] = [];
  const stray: SourceLine[] = [];
  let title: SourceLine[] | null = null;
  let body: SourceLine[] = [];
  let inTitle = false;
  let sawAction = false;
  /** The headline line taken as an orphan update's title, left out of its body. */
  let headline: SourceLine | null = null;
  const close = (): void => {
    if (title && title.length > 0) entries.push(entryOf(title, body));
    title = null;
    body = [];
    sawAction = false;
  };
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line === headline) continue;
    const programme = labelText('programme', line.text);
    if (programme !== null) {
      close();
      title = programme ? [{ text: programme, line: line.line }] : [];
      inTitle = true;
      continue;
    }
    // "Update:" after the entry's "Action Required:" opens the next entry.
    const orphan: SourceLine | null = sawAction && !inTitle && isUpdateLabel(line.text) ? orphanHeadline(lines, k) : null;
    if (orphan) {
      close();
      title = [orphan];
      headline = orphan;
      body.push(orphan.line === line.line ? { text: 'Update:', line: line.line } : line);
      continue;
    }
    // Else the editor left the "Programme:" label out but kept the title, as its own line
    // above "Update:": a headline after the action's text, not a closing sentence of it.
    const above = sawAction && !inTitle && isUpdateLabel(line.text) ? headlineAbove(body) : -1;
    if (above >= 0) {
      const headlineLine = body[above]!;
      body = body.slice(0, above);
      close();
      title = [headlineLine];
      body.push(line);
      continue;
    }
    if (isActionLabel(line.text)) sawAction = true;
    if (title === null) {
      if (line.text !== '') stray.push(line);
      continue;
    }
    if (inTitle && (isUpdateLabel(line.text) || isActionLabel(line.text))) inTitle = false;
    // A sentence under the title's first line is its update with the "Update:" label lost.
    if (inTitle && line.text !== '' && (title as SourceLine[]).length > 0 && headOf(line.text) !== HEADING) inTitle = false;
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
function strategyOf(paragraphs: Paragraph[], heads: Uint8Array): Strategy {
  // A lone double gap is damage or dropped chrome; a layout repeats it.
  const doubleGaps = paragraphs.filter((p) => p.gapAfter >= 2 && Number.isFinite(p.gapAfter)).length;
  if (doubleGaps >= 2 && doubleGaps * 7 >= paragraphs.length) return 'double-gap';
  let blocks = 0;
  let headed = 0;
  // "Action Required:" lines kept inside a headed paragraph (2024 onwards: headline,
  // update, action with no blank line between) are part of one entry per paragraph; one
  // that opens or sits in any other paragraph marks a page whose entries span paragraphs.
  let looseActions = false;
  const isEntry = (k: number): boolean => paragraphs[k]!.lines.length > 1 && heads[k] === HEADING;
  paragraphs.forEach((p, k) => {
    const inEntry = isEntry(k);
    // An action one blank line under a headed paragraph is still that entry's: something
    // that ends a paragraph (a table) stood between its text and its action.
    const underEntry = k > 0 && p.gapBefore === 1 && isEntry(k - 1);
    if (p.lines.some((l, i) => isActionLabel(l.text) && !((inEntry || underEntry) && i > 0) && !(underEntry && i === 0))) looseActions = true;
    if (p.lines.length === 1) return;
    blocks++;
    if (heads[k] === HEADING) headed++;
  });
  if (!looseActions && blocks > 0 && headed * 2 >= blocks) return 'paragraph';
  return 'loose';
}

/** Fewer lines than this in one block are an entry, not a section that lost its blank lines. */
const MIN_RUN_LINES = 6;

/** A title line broken after a spaced dash, its rest on the next line. */
const BROKEN_TITLE = /\s[–—-]$/;
const MAX_TITLE_REST = 60;

/**
 * Joins a title broken after a dash ("Fostering Recruitment Campaign –" / "Summer 2011")
 * back into one line, when the paragraph opens with it and the rest is a short heading.
 */
function joinBrokenTitle(p: Paragraph): void {
  const [first, second] = p.lines;
  if (!second || !BROKEN_TITLE.test(first!.text) || second.text.length > MAX_TITLE_REST) return;
  if (headOf(first!.text) !== HEADING || headOf(second.text) !== HEADING || DATED_LINE.test(second.text)) return;
  p.lines.splice(0, 2, { text: `${first!.text} ${second.text}`, line: first!.line });
}

// Codes in a typed array: an array of strings here deoptimised the splitter once it was
// optimised, and it was compiled again.
function headsOf(paragraphs: Paragraph[]): Uint8Array {
  const heads = new Uint8Array(paragraphs.length);
  paragraphs.forEach((p, k) => (heads[k] = headOf(p.lines[0]!.text)));
  return heads;
}

const isSectionHeading = (text: string): boolean =>
  text.length <= MAX_SECTION_HEADING && text.split(' ').length <= MAX_SECTION_HEADING_WORDS && SECTION_HEADING.test(text);

/** What a page's own section heading names: a kind of notice ("Consultations", "Jobs and secondments", "Dates for your diary"). */
const SECTION_WORD =
  /(?<!\p{L})(?:consultations|opportunities|events|news|jobs|vacancies|secondments|training|conferences|webinars|courses|publications|resources|reports|research|updates|announcements|notices|diary|dates|surveys|funding|other items|general)(?!\p{L})/iu;

/**
 * Whether lone lines read as headings between titles standing alone (paragraphs `found`)
 * are the page's own headings rather than titles with no body: a page that heads its
 * entries does so more than once, or at the top of the section, or with a single word
 * ("Education", "SEND") or a word naming a kind of notice. A lone line of several other
 * words further down ("Results Published") is a title.
 */
const areSectionHeadings = (found: number[], lines: SourceLine[]): boolean =>
  found.length >= 2 || found[0] === 0 || lines.every((l) => l.text.split(' ').filter((w) => /\p{L}/u.test(w)).length === 1 || SECTION_WORD.test(l.text));

/**
 * The paragraphs without the page's own section headings between entries ("Consultations",
 * "Jobs and secondments"): a short capitalised line alone in its paragraph straight over
 * the next entry's title, which belongs to neither entry. The title must be one the layout
 * shows as such: a headline paragraph; or, where titles stand alone between double blank
 * lines or run loose after each action, a lone line with its body after it (so a title
 * with no body is never taken for a heading, and the heading's gap passes to the title).
 * Between titles standing alone, a lone line of several words naming no kind of notice is
 * a title with no body (areSectionHeadings); the headings taken are `dropped`, to be warned of.
 */
function withoutSectionHeadings(paragraphs: Paragraph[], heads: Uint8Array, strategy: Strategy, dropped: SourceLine[]): Paragraph[] {
  const found: number[] = [];
  paragraphs.forEach((p, k) => {
    const next = paragraphs[k + 1];
    const after = paragraphs[k + 2];
    const candidate =
      p.lines.length === 1 &&
      heads[k] === HEADING &&
      next !== undefined &&
      heads[k + 1] === HEADING &&
      isSectionHeading(p.lines[0]!.text) &&
      // A heading over a diary list is that list's entry.
      !isDiaryList(next.lines, 1);
    // A lone title over its body; not a dated line, nor one over another lone heading, nor
    // under one (a title, the first line of its body, then the next title).
    const lone =
      next?.lines.length === 1 &&
      after !== undefined &&
      !mentionsDate(next.lines[0]!.text) &&
      !(after.lines.length === 1 && heads[k + 2] === HEADING);
    const heading =
      candidate &&
      (strategy === 'paragraph'
        ? next.lines.length > 1
        : strategy === 'double-gap'
          ? lone && p.gapBefore >= 2 && next.gapAfter >= 2 && !(paragraphs[k - 1]?.lines.length === 1 && heads[k - 1] === HEADING)
          : lone && paragraphs[k - 1]?.lines.some((l) => isActionLabel(l.text)) === true);
    if (heading) found.push(k);
  });
  if (found.length === 0) return paragraphs;
  if (strategy === 'double-gap') {
    // Between titles standing alone, a heading looks just like a title with no body.
    const lines = found.map((k) => paragraphs[k]!.lines[0]!);
    if (!areSectionHeadings(found, lines)) return paragraphs;
    append(dropped, lines);
  }
  const kept: Paragraph[] = [];
  let gap = 0;
  let next = 0;
  paragraphs.forEach((p, k) => {
    if (k === found[next]) {
      next++;
      gap = p.gapBefore;
      return;
    }
    kept.push(gap > p.gapBefore ? { ...p, gapBefore: gap } : p);
    gap = 0;
  });
  return kept;
}

/** The lines of a list under paragraph k's first line: the rest of its paragraph, else the paragraph one blank line below. */
function listUnder(paragraphs: Paragraph[], k: number): SourceLine[] {
  const p = paragraphs[k]!;
  const next = paragraphs[k + 1];
  return p.lines.length > 1 ? p.lines.slice(1) : next?.gapBefore === 1 ? next.lines : [];
}

/**
 * The numbered one-line paragraphs after a double gap whose numbers count up by one, two
 * or more in a row ("1. Title", "2) Title", "3 - Title"), with a heading after the number:
 * a numbered list of titles, whatever the gap under each. A lone one is no list.
 */
function countedTitles(paragraphs: Paragraph[], numbers: Array<RegExpExecArray | null>): Set<number> {
  const counted = new Set<number>();
  let run: number[] = [];
  const close = (): void => {
    if (run.length >= 2) for (const k of run) counted.add(k);
    run = [];
  };
  paragraphs.forEach((p, k) => {
    const numbered = numbers[k];
    if (!numbered || p.gapBefore < 2 || headOf(p.lines[0]!.text.slice(numbered[0].length)) !== HEADING) return;
    const last = run.at(-1);
    if (last !== undefined && Number(numbered[1]) !== Number(numbers[last]![1]) + 1) close();
    run.push(k);
  });
  close();
  return counted;
}

export function splitByTitles(lines: SourceLine[]): Split {
  let paragraphs = toParagraphs(lines);
  // A section that lost every blank line (a mail client's plain text) but keeps its
  // "Action Required:" labels: each line is a paragraph, and the loose rule finds the titles.
  // One label is one entry, whose action may run to several lines.
  if (paragraphs.length === 1 && paragraphs[0]!.lines.length >= MIN_RUN_LINES && paragraphs[0]!.lines.filter((l) => isActionLabel(l.text)).length >= 2) {
    paragraphs = paragraphs[0]!.lines.map((l, k, all) => ({ lines: [l], gapBefore: k === 0 ? Infinity : 1, gapAfter: k === all.length - 1 ? Infinity : 1 }));
  }
  paragraphs.forEach(joinBrokenTitle);
  let heads = headsOf(paragraphs);
  const actionLabels = lines.some((l) => isActionLabel(l.text));
  const strategy = strategyOf(paragraphs, heads);
  const headings: SourceLine[] = [];
  const kept = withoutSectionHeadings(paragraphs, heads, strategy, headings);
  if (kept.length < paragraphs.length) [paragraphs, heads] = [kept, headsOf(kept)];
  // Titles set apart by double blank lines may be numbered ("1. Regional DCS Meeting"):
  // the number is the entry's place in the list, read as a bullet elsewhere. The next
  // number in the sequence is a title with a single blank line before it, as a page
  // break cut out of a PDF export leaves it; and numbers counting up after double gaps
  // are titles with their body one blank line below (2017: "1. Title", "2) Title").
  const titleLines = paragraphs.map((p) => p.lines[0]!);
  const numbers = paragraphs.map((p) => (p.lines.length === 1 ? NUMBERED.exec(p.lines[0]!.text) : null));
  const counted = countedTitles(paragraphs, numbers);
  let next = -1;
  paragraphs.forEach((p, k) => {
    const numbered = numbers[k];
    const stands = counted.has(k) || (strategy === 'double-gap' && p.gapAfter >= 2 && (p.gapBefore >= 2 || Number(numbered?.[1]) === next));
    if (!numbered || !stands) return;
    const text = p.lines[0]!.text.slice(numbered[0].length);
    heads[k] = headOf(text);
    titleLines[k] = { text, line: p.lines[0]!.line };
    next = Number(numbered[1]) + 1;
  });
  // A heading over a diary list may close on a colon ("Diary dates:"): the list's entry, titled without it.
  paragraphs.forEach((p, k) => {
    const text = p.lines[0]!.text;
    const bare = text.endsWith(':') ? text.slice(0, -1).trimEnd() : null;
    if (bare === null || headOf(bare) !== HEADING || !isSectionHeading(bare) || !SECTION_WORD.test(bare) || !isDiaryList(listUnder(paragraphs, k), 2)) return;
    heads[k] = HEADING;
    titleLines[k] = { text: bare, line: p.lines[0]!.line };
  });
  const entries: RawEntry[] = [];
  const stray: SourceLine[] = [];
  let title: SourceLine | null = null;
  let body: SourceLine[] = [];
  let previousWasTitle = false;
  let sawAction = false;
  /** Whether the k-th paragraph is (or opens with) a one-line title. */
  const opensWithTitle = (k: number): boolean => {
    const p = paragraphs[k]!;
    const next = paragraphs[k + 1];
    const rest = p.lines[1];
    if (heads[k] === TEXT) return false;
    // A title the document numbered in its outline is one, however it stands.
    if (p.lines[0]!.outlined) return true;
    if (previousWasTitle) {
      // The title above had no body when this line stands as titles do, between double
      // blank lines, reads as a headline, and has a body of its own below: a sentence, more
      // than one line, or a heading line that runs on into more paragraphs after a single
      // blank line ("Hold the Date: Annual Conference, 12 November 2020" over its text), as
      // no title does (a one-line body in sentence case stays the title above's). A list
      // straight below makes it the sub-heading of the title above ("Key Changes").
      return (
        strategy === 'double-gap' &&
        isHeadline(p.lines[0]!.text) &&
        !rest &&
        p.gapBefore >= 2 &&
        p.gapAfter >= 2 &&
        next !== undefined &&
        (next.lines.length > 1 || heads[k + 1] !== HEADING || (next.gapAfter < 2 && paragraphs[k + 2] !== undefined)) &&
        !BULLET.test(next.lines[0]!.text) &&
        !LINK_POINTER.test(p.lines[0]!.text)
      );
    }
    if (rest ? isPublishedSentence(rest.text) : next && isPublishedSentence(next.lines[0]!.text)) return true;
    // A heading over diary lines, under it or one blank line below ("Dates for your diary"),
    // is an entry of its own, not more of the entry above (after a double gap where titles
    // stand so).
    if (heads[k] === HEADING && (strategy !== 'double-gap' || p.gapBefore >= 2) && isDiaryList(listUnder(paragraphs, k), 2)) return true;
    if (strategy === 'double-gap') {
      // A numbered title found above stands so (its line was replaced by the unnumbered one).
      const alone = (j: number): boolean => {
        const q = paragraphs[j];
        return q !== undefined && q.lines.length === 1 && (titleLines[j] !== q.lines[0] || (q.gapAfter >= 2 && q.gapBefore >= 2));
      };
      // A sentence opening the section with a title straight after it is the issue's
      // introduction ("The Programme brings together …"), not a title with no body.
      const introduction = title === null && heads[k] === TITLE && alone(k + 1) && heads[k + 1] !== TEXT;
      return alone(k) && !introduction;
    }
    if (heads[k] === TITLE && strategy === 'loose' && sawAction && !rest && closesOnLink(paragraphs[k - 1])) {
      // After an action that closed on its link line ("The article is here"), a title may
      // end in a stop ("… Friday 24 January 2020. Please note the change of date."): its
      // first sentence reads as a heading, capitalised as headings are, over a body of its own.
      // Its body runs to its own "Action Required:" with no heading on the way: a sentence
      // of the action ("Contact Tom Hadley at Kent County Council for help. …") taken for
      // a title would swallow the next entry's title.
      const first = p.lines[0]!.text;
      const stop = first.indexOf('. ');
      return stop > 0 && first.length <= MAX_STOPPED_TITLE && next !== undefined && heads[k + 1] !== HEADING && isHeadline(first.slice(0, stop)) && labelBeforeHeading(paragraphs, k + 1);
    }
    if (heads[k] !== HEADING) return false;
    const nextIsHeading = next !== undefined && heads[k + 1] === HEADING;
    if (strategy === 'paragraph') return rest !== undefined || !nextIsHeading;
    if (rest || (nextIsHeading && next.lines.length === 1)) return false;
    // Where no blank line sets the link line after an action apart, it is still the action's.
    if (LINK_POINTER.test(p.lines[0]!.text)) return false;
    return title === null || !actionLabels || sawAction;
  };
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    if (opensWithTitle(k)) {
      if (title) entries.push(entryOf([title], body));
      title = titleLines[k]!;
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
    if (p.lines.some((l) => isActionLabel(l.text))) sawAction = true;
    if (body.length > 0) body.push({ text: '', line: p.lines[0]!.line - 1 });
    append(body, p.lines);
  }
  if (title) entries.push(entryOf([title], body));
  return { entries, stray, headings };
}
