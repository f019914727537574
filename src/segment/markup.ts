// Scrapes made by converting the bulletin's web page to Markdown (turndown, pandoc,
// html2text) or to plain text with numbered link references (lynx, html2text): they carry
// markup the page never showed. Read back, each line holds what a reader saw there:
//  - "## Title", "**Title**" alone and setext-underlined titles are headings, set apart by
//    two blank lines as titles are in plain scrapes;
//  - inline markup goes, link text stays and link URLs go (the data model has no URL);
//    escapes, emphasis and autolinks are read by remark, which knows their rules;
//  - "* " and "+ " bullets become "- ", table rows lose their outer pipes and the
//    "| --- |" rule, "text [3]" loses its marker and the list of "[3] URL" lines goes;
// Only a text showing two kinds of such markup is read so: a plain scrape is left as it is.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SourceLine } from '../model.js';
import { normaliseLine } from '../normalise.js';
import { isActionLabel, isProgrammeLabel, isUpdateLabel } from './labels.js';

const ATX_HEADING = /^#{1,6}\s+(.*?)(?:\s+#+)?$/;
const SETEXT_UNDERLINE = /^(?:={3,}|-{3,})$/;
const THEMATIC_BREAK = /^(?:[-*_]\s*){3,}$/;
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
const TABLE_ROW = /^\|(.*)\|$/;
const BULLET = /^[*+-]\s+/;
const ORDERED = /^\d{1,9}[.)]\s+/;
const QUOTE = /^>\s?/;
/** "[3] https://…": one entry of the link list a plain converter appends. */
const REFERENCE = /^\[(\d{1,4})\]:?\s+(?:[a-z][a-z\d+.-]*:|www\.)\S*$/i;
const REFERENCES_HEADING = /^(?:references|links):?$/i;
const INLINE_LINK = /\]\((?:[a-z][a-z\d+.-]*:|[#/.])/i;
const AUTOLINK = /<(?:https?|mailto):[^>\s]+>/i;
const STRONG = /(?:\*\*|__)\S/;
/**
 * What remark must read: emphasis, code, escapes, autolinks and HTML, an inline link or
 * image ("](") and a character reference ("&amp;", "&#39;"). Brackets alone are no link
 * (a text holding a definition, "[3]: url", is read alone, so a "[3]" read in the batch has
 * none to refer to), nor is "&" before anything but a letter, a figure or "#": remark
 * shows those as written. Plain converters mark every link "text [3]", and "&" stands in
 * many a title: such texts were most of what a converted page sent remark.
 */
const INLINE_SYNTAX = /[*_`<\\~]|\]\(|&[#A-Za-z0-9]/;

/** How a line of each kind below starts ("#", "===", "---", ":---", "[3]", "|"), or what it holds somewhere ("](", "<http", "**", "__"). */
const MARKUP_STARTS = new Set([...'#=-:[| \t'].map((c) => c.charCodeAt(0)));
const MARKUP_INSIDE = /[\]<*_]/;
/** Whether a line may hold any of the kinds: a cheap test in place of seven on every line of a plain scrape. */
const mayHoldMarkup = (text: string): boolean => MARKUP_STARTS.has(text.charCodeAt(0)) || MARKUP_INSIDE.test(text);

/** The text shows two kinds of converter markup; a plain scrape shows none, or one by chance. */
export function isConverted(lines: SourceLine[]): boolean {
  const kinds = new Set<string>();
  for (let i = 0; i < lines.length && kinds.size < 2; i++) {
    const text = lines[i]!.text;
    if (!mayHoldMarkup(text)) continue;
    if (ATX_HEADING.test(text)) kinds.add('atx');
    else if (SETEXT_UNDERLINE.test(text) && i > 0 && lines[i - 1]!.text !== '') kinds.add('setext');
    if (REFERENCE.test(text)) kinds.add('references');
    if (INLINE_LINK.test(text)) kinds.add('link');
    if (AUTOLINK.test(text)) kinds.add('autolink');
    if (STRONG.test(text)) kinds.add('strong');
    if (TABLE_RULE.test(text) && text.includes('|')) kinds.add('table');
  }
  return kinds.size >= 2;
}

interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  children?: MdNode[];
  position?: { start: { line: number }; end: { line: number } };
}

interface Inline {
  text: string;
  /** Whether all of it was bold. */
  strong: boolean;
}

const parser = unified().use(remarkParse);

function visibleText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'image') return node.alt ?? '';
  // Inline HTML ("<br>", "<span>") shows no text of its own.
  if (node.type === 'html') return '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(visibleText).join('');
}

/** What a line shows, given the block remark read it as: text that parses as another block ("1. …" after a bullet) is left as written. */
function asShown(text: string, block: MdNode | undefined): Inline {
  if (block?.type !== 'paragraph') return { text, strong: false };
  const children = block.children ?? [];
  return { text: visibleText(block), strong: children.length === 1 && children[0]!.type === 'strong' };
}

/** remark's reading of one text alone: what reading it in the batch, or not at all, must agree with. */
export const readAlone = (text: string): Inline => asShown(text, (parser.parse(text) as MdNode).children?.[0]);

/**
 * Texts whose block could run on past a blank line (a fence, an HTML block), or that may
 * define a link the others would then use ("[x]: url", also inside a list item): read alone.
 */
const READ_ALONE = /^(?:`{3}|~{3}|<)|\]:/;

/**
 * Each text's inline Markdown as the text it shows. The texts are read in one remark
 * pass, a blank line apart, so that each is its own block: a pass per line cost a
 * converted issue eight times a plain one per MB.
 */
export function inlineAll(texts: string[]): Map<string, Inline> {
  const read = new Map<string, Inline>();
  const batch: string[] = [];
  for (const text of new Set(texts)) {
    if (!INLINE_SYNTAX.test(text)) read.set(text, { text, strong: false });
    else if (READ_ALONE.test(text)) read.set(text, readAlone(text));
    else batch.push(text);
  }
  if (batch.length === 0) return read;
  // Text k is line 2k + 1 of the batch; a block spanning lines is no one text's.
  for (const block of (parser.parse(batch.join('\n\n')) as MdNode).children ?? []) {
    const line = block.position?.start.line ?? 0;
    const text = line % 2 === 1 && block.position?.end.line === line ? batch[(line - 1) / 2] : undefined;
    if (text !== undefined) read.set(text, asShown(text, block));
  }
  for (const text of batch) if (!read.has(text)) read.set(text, { text, strong: false });
  return read;
}

/**
 * Lines written out with each heading set apart by two blank lines on each side, as
 * titles stand in plain scrapes (blank lines already there count towards them).
 */
export function headingWriter(): { out: SourceLine[]; push: (line: SourceLine, heading: boolean) => void } {
  const out: SourceLine[] = [];
  let blanksOwed = 0;
  const blankRun = (): number => {
    let n = 0;
    while (n < out.length && out[out.length - 1 - n]!.text === '') n++;
    return n;
  };
  const push = (line: SourceLine, heading: boolean): void => {
    if (line.text === '') {
      out.push(line);
      return;
    }
    const owed = heading ? 2 : blanksOwed;
    for (let n = out.length === 0 ? owed : blankRun(); n < owed; n++) out.push({ text: '', line: line.line });
    out.push(line);
    blanksOwed = heading ? 2 : 0;
  };
  return { out, push };
}

const isLabel = (text: string): boolean => isProgrammeLabel(text) || isUpdateLabel(text) || isActionLabel(text);

/** The lines of the references list at the end, with the heading over it: they are no text of the page. */
function referenceLines(lines: SourceLine[]): { dropped: Set<number>; numbers: Set<string> } {
  const dropped = new Set<number>();
  const numbers = new Set<string>();
  lines.forEach((l, i) => {
    const m = REFERENCE.exec(l.text);
    if (!m) return;
    dropped.add(i);
    numbers.add(m[1]!);
  });
  if (dropped.size === 0) return { dropped, numbers };
  let k = Math.min(...dropped) - 1;
  while (k >= 0 && lines[k]!.text === '') k--;
  if (k >= 0 && REFERENCES_HEADING.test(lines[k]!.text)) dropped.add(k);
  return { dropped, numbers };
}

export function unmark(lines: SourceLine[]): SourceLine[] {
  if (!isConverted(lines)) return lines;
  const { dropped, numbers } = referenceLines(lines);
  const marker = numbers.size > 0 ? /\s?\[(\d{1,4})\]/g : null;
  const clean = (text: string): string => {
    const out = marker ? text.replace(marker, (m: string, n: string) => (numbers.has(n) ? '' : m)) : text;
    return normaliseLine(out);
  };

  // The lines are walked twice: once to learn which texts need their Markdown read,
  // then, with all of them read in one pass, to write the lines.
  const wanted: string[] = [];
  walk((text) => {
    wanted.push(text);
    return { text, strong: false };
  });
  const read = inlineAll(wanted);
  return walk((text) => read.get(text) ?? { text, strong: false });

  function walk(inline: (text: string) => Inline): SourceLine[] {
    const { out, push } = headingWriter();

    for (let i = 0; i < lines.length; i++) {
      if (dropped.has(i)) continue;
      const { text, line } = lines[i]!;
      const next = lines[i + 1]?.text ?? '';
      const previous = i > 0 ? lines[i - 1]!.text : '';
      if (text === '') {
        push({ text, line }, false);
        continue;
      }
      if (TABLE_RULE.test(text) && text.includes('|')) continue;
      // A setext underline: the line above was a heading (made one when it was pushed).
      if (SETEXT_UNDERLINE.test(text) && previous !== '') continue;
      if (THEMATIC_BREAK.test(text)) {
        push({ text: '', line }, false);
        continue;
      }
      const atx = ATX_HEADING.exec(text);
      const row = atx ? null : TABLE_ROW.exec(text);
      const bullet = atx || row ? null : (BULLET.exec(text) ?? ORDERED.exec(text) ?? QUOTE.exec(text));
      let shown: string;
      let strong = false;
      if (atx) shown = inline(atx[1]!).text;
      else if (row) shown = row[1]!.split('|').map((cell) => inline(cell.trim()).text).join(' | ');
      else if (bullet) {
        const lead = bullet[0].startsWith('>') ? '' : BULLET.test(bullet[0]) ? '- ' : bullet[0];
        shown = lead + inline(text.slice(bullet[0].length)).text;
      } else ({ text: shown, strong } = inline(text));
      shown = clean(shown);
      // A bold line standing alone is a title, unless it is a label ("**Action Required:**").
      const alone = previous === '' && (next === '' || SETEXT_UNDERLINE.test(next));
      const heading =
        atx !== null ||
        (SETEXT_UNDERLINE.test(next) && !bullet) ||
        (strong && alone && !/:$/.test(shown) && !isLabel(shown));
      push({ text: shown, line }, heading && shown !== '');
    }
    return out;
  }
}
