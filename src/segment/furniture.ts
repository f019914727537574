// Page furniture that PDF-to-text and print-page scrapes leave in a bulletin: page
// footers ("Page 2 of 5"), the running title and the issue header repeated at the top of
// each page, "Back to top" links, cookie banners and menu bars, a converted document's
// picture placeholders ("[pic]"), the image placeholders and banners of a bulletin saved
// from email (mail.ts), and a web page's print and PDF links, share bar and the Wayback
// Machine's toolbar (web.ts). Unlike the site chrome of boilerplate.ts, furniture falls
// anywhere, mid-entry or mid-list, so it is cut out rather than blanked: blanking it would
// split a list or a paragraph in two.
import type { SourceLine } from '../model.js';
import { parseHeaderLine } from './header.js';
import { isActionLabel, isProgrammeLabel, isUpdateLabel, markerOf } from './labels.js';
import { MAIL_FURNITURE } from './mail.js';
import { WEB_FURNITURE, findShareButtons, findWaybackToolbar } from './web.js';

// "Page 2 of 5", and as PDF exports write page numbers: "2 | Page", Word's letter-spaced
// "2 | P a g e", "Page | 2", "- 2 -"; a printout's running head with the page: "SESLIP Update – page 2";
// a browser's print footer, the page's address and count: "https://www.seslip.co.uk/updates/476 1/3".
const PAGE_FOOTER =
  /^(?:(?:seslip?\b[^|]{0,40}?\s[-–—|]\s*)?page\s+\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?|\d{1,3}\s*\|\s*p ?a ?g ?e|p ?a ?g ?e\s*\|\s*\d{1,3}|[-–]\s*\d{1,3}\s*[-–]|(?:https?:\/\/|www\.)\S+\s+\d{1,3}\s*(?:\/|of)\s*\d{1,3})$/i;
const PAGE_NUMBER = /^\d{1,3}$/;
const BACK_TO_TOP = '(?:[↑^]\\s*)?(?:back|return) to (?:the )?top$';
/** Where a document converter (antiword, a word processor's plain text) left a picture out: "[pic]", "[image]", "[Image 2]". */
const PICTURE = '\\[(?:pic|picture|image|img|graphic|figure)(?: \\d{1,3})?\\]$';
const SKIP_LINK = 'skip to (?:main )?content\\b';
/** Each kind but the cookie banner is known by how its line starts: one pattern, tried at the start only. */
const STARTS = new RegExp(`^(?:${PAGE_FOOTER.source.slice(1)}|${BACK_TO_TOP}|${SKIP_LINK}|${PICTURE}|${MAIL_FURNITURE}|${WEB_FURNITURE})`, 'i');
const COOKIES = /\bcookies?\b.*\b(?:accept|reject|consent|settings|preferences)\b|\bwe use cookies\b/i;

export function isFurnitureLine(text: string): boolean {
  if (text === '' || text.length > 200) return false;
  // Every line is asked: the banner's pattern, which scans the whole line, runs only where "cookie" stands.
  return STARTS.test(text) || (text.includes('ookie') && COOKIES.test(text));
}

/** A line that may head a page: short, repeated elsewhere, and no part of the bulletin's structure. */
function mayBeRunningTitle(text: string, counts: Map<string, number>): boolean {
  if (parseHeaderLine(text)) return true;
  return (
    text.length <= 60 &&
    (counts.get(text) ?? 0) >= 2 &&
    !isProgrammeLabel(text) &&
    !isUpdateLabel(text) &&
    !isActionLabel(text) &&
    markerOf(text) === null
  );
}

/**
 * Bare page numbers with no "Page" to say so, as a converter prints a document's footer
 * (the figure pushed to the right margin, normalise has trimmed the spaces): lines of a
 * number alone, each beside a blank line, two or more counting up one by one through the
 * text. Their indices; none where the bare numbers do not count so (a count, a list).
 */
function countedPageNumbers(lines: SourceLine[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length > 3 || !PAGE_NUMBER.test(text)) continue;
    if (lines[i - 1]?.text !== '' && lines[i + 1]?.text !== '' && i > 0 && i < lines.length - 1) continue;
    if (found.length > 0 && Number(text) !== Number(lines[found.at(-1)!]!.text) + 1) return [];
    found.push(i);
  }
  return found.length >= 2 ? found : [];
}

/**
 * Which lines are page furniture: the standalone kinds, a share bar's buttons and the Wayback toolbar anywhere, and after a page footer
 * (or a bare page number counted as one) the lines that head the next page (the issue
 * header, or a short line the file repeats), with every other copy of such a running title.
 */
export function findFurniture(lines: SourceLine[]): boolean[] {
  const toolbar = findWaybackToolbar(lines);
  const furniture = lines.map((l, i) => toolbar[i]! || isFurnitureLine(l.text));
  findShareButtons(lines, furniture);
  const pageNumbers = countedPageNumbers(lines);
  for (const i of pageNumbers) furniture[i] = true;
  if (pageNumbers.length === 0 && !lines.some((l) => PAGE_FOOTER.test(l.text))) return furniture;
  const counted = new Set(pageNumbers);
  const counts = new Map<string, number>();
  for (const l of lines) if (l.text !== '') counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  const runningTitles = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (!counted.has(i) && !PAGE_FOOTER.test(lines[i]!.text)) continue;
    // A bare number next to a page footer is the printed page number.
    for (const step of [-1, 1]) {
      let j = i + step;
      while (lines[j]?.text === '') j += step;
      if (lines[j] && PAGE_NUMBER.test(lines[j]!.text)) furniture[j] = true;
    }
    // Up to two heading lines (a title and the issue header) open the next page.
    let headed = 0;
    for (let j = i + 1; j < lines.length && headed < 2; j++) {
      const text = lines[j]!.text;
      if (text === '' || furniture[j]) continue;
      if (!mayBeRunningTitle(text, counts)) break;
      furniture[j] = true;
      if (!parseHeaderLine(text)) runningTitles.add(text);
      headed++;
    }
  }
  lines.forEach((l, i) => {
    if (runningTitles.has(l.text)) furniture[i] = true;
  });
  return furniture;
}
