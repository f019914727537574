// An entry's body as text blocks. Scrapes mark list items with "•", "–", "-" or "1.";
// once those are Markdown bullets, remark-parse tells which lines are items of a list
// and which lines merely continue one, and the text comes back with uniform "- " items.
// Text is taken from the source by position, never from mdast values, so nothing in
// the bulletin is read as emphasis, links or escapes.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { SourceLine } from '../model.js';

const BULLET = /^[•·▪◦●o–-]\s+/;
const ORDERED = /^\d{1,2}[.)]\s/;
const parser = unified().use(remarkParse);
// What can start a Markdown block other than a paragraph: list markers, thematic breaks,
// setext underlines, headings, quotes, fences, HTML, link definitions, escapes, numbers.
// A number is a list's only before white space: "12.00, and …" (a time wrapped onto its
// line) and "3.30pm" are text. Lines are trimmed, so indented code cannot occur.
const BLOCK_SYNTAX = /^(?:[-*+_=#>`~<[|\\]|\d{1,9}[.)](?:\s|$))/;

interface MdNode {
  type: string;
  children?: MdNode[];
  position?: { start: { line: number }; end: { line: number } };
}

export interface Block {
  text: string;
  line: number;
  listItem: boolean;
}

/** The line opens with an ASCII letter, which only as "o" can start a bullet or other block syntax. */
function opensWithWord(text: string): boolean {
  if (text === '') return false;
  const c = text.charCodeAt(0);
  return ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) && c !== 0x6f;
}

function plain(lines: SourceLine[], from: number, to: number): string {
  let text = '';
  for (let i = from; i <= to; i++) {
    const line = lines[i]!.text;
    if (i > from) text += '\n';
    text += opensWithWord(line) ? line : line.replace(BULLET, '');
  }
  return text.trim();
}

type LineKind = 'blank' | 'prose' | 'item' | 'numbered' | 'first-numbered';

/**
 * What a line is when it is simple enough to need no Markdown parser: blank, prose, or a
 * bullet or "1."-style number followed by prose. Null for anything else (rules, headings…).
 */
function simpleKind(text: string): LineKind | null {
  if (opensWithWord(text)) return 'prose';
  if (text.trim() === '') return 'blank';
  const marker = BULLET.exec(text) ?? ORDERED.exec(text);
  const rest = marker ? text.slice(marker[0].length) : text;
  if (rest.trim() === '' || BLOCK_SYNTAX.test(rest) || BULLET.test(rest) || ORDERED.test(rest)) return null;
  if (!marker) return 'prose';
  if (BULLET.test(text)) return 'item';
  return /^1[.)]/.test(text) ? 'first-numbered' : 'numbered';
}

/**
 * The blocks remark finds in a body of blank, prose and bullet lines, without running it
 * (its tokenizer cost more than the rest of extraction). With no indentation, the rules
 * are few: a blank line ends a block, a bullet starts a list item, and a prose line
 * continues the open block (lazily, if that is a list item) or starts a paragraph.
 */
function simpleBlocks(lines: SourceLine[], kinds: LineKind[]): Block[] {
  const blocks: Block[] = [];
  let open: { from: number; listItem: boolean } | null = null;
  const close = (to: number): void => {
    if (!open) return;
    const text = plain(lines, open.from, to);
    if (text !== '') blocks.push({ text, line: lines[open.from]!.line, listItem: open.listItem });
    open = null;
  };
  kinds.forEach((kind, i) => {
    // CommonMark: only a list starting at 1 may interrupt a paragraph; another number
    // there continues the paragraph's text.
    const continues = kind === 'prose' || (kind === 'numbered' && open !== null && !open.listItem);
    if (continues && open) return;
    close(i - 1);
    if (kind !== 'blank') open = { from: i, listItem: kind !== 'prose' };
  });
  close(lines.length - 1);
  return blocks;
}

/** Blocks of the body, in order: paragraphs and list items. */
export function toBlocks(lines: SourceLine[]): Block[] {
  if (lines.length === 0) return [];
  const kinds = lines.map((l) => simpleKind(l.text));
  return kinds.includes(null) ? remarkBlocks(lines) : simpleBlocks(lines, kinds as LineKind[]);
}

/** The blocks remark-parse finds: the reference the shortcut must agree with. */
export function remarkBlocks(lines: SourceLine[]): Block[] {
  // Escape what would start headings, quotes or code so each line stays plain text.
  const markdown = lines
    .map((l) => (BULLET.test(l.text) ? l.text.replace(BULLET, '- ') : l.text.replace(/^([#>`=|*+_~])/, '\\$1')))
    .join('\n');
  const tree = parser.parse(markdown) as MdNode;
  const blocks: Block[] = [];
  const visit = (node: MdNode, inList: boolean): void => {
    if ((node.type === 'paragraph' || node.type === 'heading' || node.type === 'html') && node.position) {
      const from = node.position.start.line - 1;
      const to = node.position.end.line - 1;
      const text = plain(lines, from, to);
      if (text !== '') blocks.push({ text, line: lines[from]!.line, listItem: inList });
      return;
    }
    for (const child of node.children ?? []) visit(child, inList || node.type === 'listItem');
  };
  visit(tree, false);
  return blocks;
}

export function blocksToText(blocks: Block[]): string | null {
  // Returning before map(): an empty array literal has another shape than a filled one,
  // and would throw the optimised code away.
  if (blocks.length === 0) return null;
  const text = blocks.map((b) => (b.listItem && !ORDERED.test(b.text) ? `- ${b.text}` : b.text)).join('\n');
  return text === '' ? null : text;
}
