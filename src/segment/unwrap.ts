// Text hard-wrapped by the scraper (mail, PDF-to-text): every line at most some width
// near 80, long blocks continued on the next line. Joined back, a wrapped title, a date
// split over two lines ("Thursday 11" / "January 2024") or a contact line cut inside its
// organisation reads as the one line it was.
import type { SourceLine } from '../model.js';
import { BULLET } from './entries.js';
import { parseHeaderLine } from './header.js';
import { isActionLabel, isProgrammeLabel, isUpdateLabel, markerOf } from './labels.js';
import { isFurnitureLine } from './furniture.js';

const MIN_WIDTH = 40;
const MAX_WIDTH = 100;
const MIN_LINES = 10;

/**
 * The width the text was wrapped at, or null when it was not: its longest line is no
 * longer than a wrapper's width, and a good share of lines come close to it (unwrapped
 * bulletins hold paragraphs of hundreds of characters on one line).
 */
export function wrapWidth(lines: SourceLine[]): number | null {
  let width = 0;
  let count = 0;
  for (const l of lines) {
    if (l.text === '') continue;
    count++;
    if (l.text.length > width) width = l.text.length;
  }
  if (count < MIN_LINES || width < MIN_WIDTH || width > MAX_WIDTH) return null;
  const near = lines.filter((l) => l.text.length >= 0.8 * width).length;
  return near * 10 >= count * 3 ? width : null;
}

/** Lines that stand on their own in any layout: never joined to the line before or after. */
function isStructural(text: string): boolean {
  return (
    isProgrammeLabel(text) ||
    isUpdateLabel(text) ||
    isActionLabel(text) ||
    markerOf(text) !== null ||
    parseHeaderLine(text) !== null ||
    isFurnitureLine(text)
  );
}

/**
 * A greedy wrapper breaks a line only where the next word would not fit, so a line
 * continues the one before when that word, added to it, would pass the width. A line
 * broken after a hyphen ("10.00-" / "12.00") joins without a space.
 */
export function unwrap(lines: SourceLine[]): SourceLine[] {
  const width = wrapWidth(lines);
  if (width === null) return lines;
  const out: SourceLine[] = [];
  let previousStructural = true;
  // The source line before: what the wrapper filled, however much has been joined.
  let previousText = '';
  for (const line of lines) {
    const previous = out.at(-1);
    const text = line.text;
    const structural = text !== '' && isStructural(text);
    if (previous && previousText !== '' && text !== '' && !previousStructural && !structural && !BULLET.test(text)) {
      const atHyphen = /\S-$/.test(previousText);
      const word = text.split(' ', 1)[0]!;
      if (previousText.length + (atHyphen ? 0 : 1) + word.length > width) {
        out[out.length - 1] = { text: previous.text + (atHyphen ? '' : ' ') + text, line: previous.line };
        previousText = text;
        continue;
      }
    }
    out.push(line);
    previousText = text;
    previousStructural = structural;
  }
  return out;
}
