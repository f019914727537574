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
// Lines are trimmed, so indented code cannot occur.
const BLOCK_SYNTAX = /^(?:[-*+_=#>`~<[|\\]|\d{1,9}[.)])/;

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

function plain(lines: SourceLine[], from: number, to: number): string {
  return lines
    .slice(from, to + 1)
    .map((l) => l.text.replace(BULLET, ''))
    .join('\n')
    .trim();
}

/** Paragraphs are runs of non-blank lines when no line holds Markdown block syntax. */
function isPlainProse(lines: SourceLine[]): boolean {
  return lines.every((l) => !BLOCK_SYNTAX.test(l.text) && !BULLET.test(l.text) && !ORDERED.test(l.text));
}

/**
 * The blocks remark would find in plain prose, without running it: most bodies have no
 * lists, and remark's tokenizer costs far more than the rest of extraction.
 */
function proseBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let from = -1;
  for (let i = 0; i <= lines.length; i++) {
    const blank = i === lines.length || lines[i]!.text.trim() === '';
    if (!blank && from < 0) from = i;
    if (blank && from >= 0) {
      const text = plain(lines, from, i - 1);
      if (text !== '') blocks.push({ text, line: lines[from]!.line, listItem: false });
      from = -1;
    }
  }
  return blocks;
}

/** Blocks of the body, in order: paragraphs and list items. */
export function toBlocks(lines: SourceLine[]): Block[] {
  if (lines.length === 0) return [];
  if (isPlainProse(lines)) return proseBlocks(lines);
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
  const text = blocks.map((b) => (b.listItem && !ORDERED.test(b.text) ? `- ${b.text}` : b.text)).join('\n');
  return text === '' ? null : text;
}
