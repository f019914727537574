// Text hard-wrapped by the scraper (mail, PDF-to-text): every line at most some width
// near 80, long blocks continued on the next line. Joined back, a wrapped title, a date
// split over two lines ("Thursday 11" / "January 2024"), a venue cut after its first word
// ("via Microsoft" / "Teams.") or a contact line cut inside its organisation reads as the
// one line it was.
import type { SourceLine } from '../model.js';
import { MONTH_PATTERN } from '../dates/calendar.js';
import { BULLET, isDiaryLine } from './entries.js';
import { parseHeaderLine } from './header.js';
import { isActionLabel, isProgrammeLabel, isUpdateLabel, labelText, markerOf, type LabelKind } from './labels.js';
import { isFurnitureLine } from './furniture.js';
import { isPageChrome } from './web.js';
import { isMailHeaderField } from './mail.js';

const MIN_WIDTH = 40;
// pdftotext of a page set in a small font gives lines of up to 110 letters or so.
const MAX_WIDTH = 120;
const MIN_LINES = 10;
// Lines close to the longest, in a wrapped text. A PDF set in a proportional font (what
// pdftotext gives back) leaves fewer of them than a fixed width does: its full lines
// end anywhere in the last tenth or so, and titles, bullets and phone lines are short.
const NEAR = 0.8;
const NEAR_SHARE = 0.2;
const PROPORTIONAL_FILL = 0.9;
/** How a line stops mid-sentence: on a word or a joining mark, not on . ! ? : or a bracket. */
const MID_SENTENCE = /[\p{L},;&–-]$/u;
/** A line that stops on a figure may end a contact's phone number: it goes on only into lower case or a month. */
const ON_FIGURE = /\d$/;
const MONTH_START = new RegExp(`^${MONTH_PATTERN}(?!\\p{L})`, 'iu');
/** A word broken at its hyphen ("well-" / "being"): no line ends so otherwise. */
const HYPHEN_BREAK = /\p{L}-$/u;
const LOWER_START = /^\p{Ll}/u;
const ON_WORD = /[\p{L},]$/u;
/** A line broken after a hyphen ("10.00-" / "12.00"): joined without a space. */
const AT_HYPHEN = /\S-$/;
/** A word broken where a soft hyphen (U+00AD, kept at a line's end by normalise) allowed it. */
const SOFT_HYPHEN = '\u00ad';
/**
 * What a word broken at the line end for want of room goes on with: an ending no one
 * writes on its own ("recruit-" / "ment", "ver-" / "sion"). A compound broken at its own
 * hyphen ("well-" / "being", "child-" / "care") goes on with a word and keeps the hyphen.
 */
const WORD_ENDING =
  /^(?:ment|ments|tion|tions|sion|sions|ness|ity|ities|ance|ances|ence|ences|ing|ings|ised|ized|ising|izing|ise|ize|able|ible|ably|ibly|ally|ful|ship|ships|ous|ious|ive|ives|ary|ory|ate|ated|ates|ating|ation|ations|ual|ial|ular|ure|ures|ist|ists|ism|ed|er|ers|es|ly|al|ty|ties|cy|cies)(?![\p{L}-])/u;

/**
 * A postcode cut at a wrap: the line ends on its outward code ("Lewes BN7"), the next opens
 * with its inward code ("1UE – …"), a figure and two of the letters an inward code uses
 * (never C, I, K, M, O or V: "4PM" is a time).
 */
const OUTWARD_END = /(?:^|[\s,(])[A-Z]{1,2}\d[A-Z\d]?$/;
const INWARD_START = /^\d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\d])/u;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** Whether a postcode was cut between the two lines: a figure or capital ends the first and a figure opens the next before any pattern runs. */
function cutPostcode(previousText: string, text: string): boolean {
  const end = previousText.charCodeAt(previousText.length - 1);
  return isDigit(text.charCodeAt(0)) && (isDigit(end) || (end >= 65 && end <= 90)) && INWARD_START.test(text) && OUTWARD_END.test(previousText);
}

/** The two halves of a word broken at a hyphen: the letters before it, the letters the next line opens with. */
const BROKEN_HEAD = /\p{L}+(?=-$)/u;
const BROKEN_TAIL = /^\p{Ll}+/u;
/** A month's name broken anywhere ("Decem-" / "ber 2015"): no compound, and its date is read only whole. */
const MONTH_WORD = new RegExp(`^${MONTH_PATTERN}$`, 'i');

/** The word a line ending in a hyphen and the next line would make without the hyphen, lower case. */
const closedWord = (previousText: string, text: string): string | undefined => {
  const head = BROKEN_HEAD.exec(previousText)?.[0];
  const tail = head && BROKEN_TAIL.exec(text)?.[0];
  return tail ? (head + tail).toLowerCase() : undefined;
};

/**
 * The words broken at a hyphen at a line end that the text also writes whole elsewhere
 * ("safe-" / "guarding" and "safeguarding"): the issue's own spelling says the hyphen was
 * the break's, not the compound's. The text is searched once, and only when a line ends so.
 */
function writtenWhole(lines: SourceLine[]): ReadonlySet<string> {
  const broken = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.charCodeAt(text.length - 1) !== 45) continue;
    const word = closedWord(text, lines[i + 1]!.text);
    if (word) broken.add(word);
  }
  const whole = new Set<string>();
  if (broken.size === 0) return whole;
  // A few words, looked up by indexOf: one pattern of them all, with a letter check on each
  // side, cost as much as the rest of unwrapping on a hard-wrapped issue.
  const text = lines.map((l) => l.text).join('\n').toLowerCase();
  for (const word of broken) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (!isLetterAt(text, at - 1) && !isLetterAt(text, at + word.length)) {
        whole.add(word);
        break;
      }
    }
  }
  return whole;
}

const LETTER = /\p{L}/u;
const isLetterAt = (text: string, at: number): boolean => at >= 0 && at < text.length && LETTER.test(text[at]!);

/**
 * A line and the one after it as one: a word broken at the end joined back, else a space
 * between. At a hyphen after a letter the hyphen goes before an ending, in a month's name
 * and in a word the text writes whole elsewhere (`whole`); a compound keeps it.
 */
function joinLines(joined: string, previousText: string, text: string, whole: ReadonlySet<string>): string {
  if (previousText.endsWith(SOFT_HYPHEN)) return joined.slice(0, -1) + text;
  if (!AT_HYPHEN.test(previousText)) return `${joined} ${text}`;
  if (!HYPHEN_BREAK.test(previousText)) return joined + text;
  if (WORD_ENDING.test(text)) return joined.slice(0, -1) + text;
  const word = closedWord(previousText, text);
  return word && (MONTH_WORD.test(word) || whole.has(word)) ? joined.slice(0, -1) + text : joined + text;
}

/** The line without the soft hyphen it ends on when nothing joins on to it. */
const withoutSoftHyphen = (line: SourceLine): SourceLine =>
  line.text.endsWith(SOFT_HYPHEN) ? { text: line.text.slice(0, -1), line: line.line } : line;

/**
 * Text that was not wrapped still has words broken at a line end by the page it was
 * copied from (OCR, PDF): joined back when the next line goes on in lower case.
 */
function joinBrokenWords(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  let whole: ReadonlySet<string> | undefined;
  // One step past the last line, to take a soft hyphen off the last line too.
  for (let i = 1; i <= lines.length; i++) {
    const previousText = lines[i - 1]!.text;
    const end = previousText.charCodeAt(previousText.length - 1);
    const text = i < lines.length ? lines[i]!.text : '';
    // Most lines end otherwise: only '-' (45) and U+00AD (173), or a postcode's outward code, are looked at further.
    if (end !== 45 && end !== 173) {
      if (cutPostcode(previousText, text) && joinable(previousText, text, isStructural(previousText), isStructural(text))) {
        out ??= lines.slice(0, i);
        const previous = out.at(-1)!;
        out[out.length - 1] = { text: `${previous.text} ${text}`, line: previous.line };
      } else if (out && i < lines.length) out.push(lines[i]!);
      continue;
    }
    const broken =
      LOWER_START.test(text) &&
      (end === 173 || HYPHEN_BREAK.test(previousText)) &&
      joinable(previousText, text, isStructural(previousText), isStructural(text));
    out ??= lines.slice(0, i);
    const previous = out.at(-1)!;
    if (broken) {
      whole ??= writtenWhole(lines);
      out[out.length - 1] = { text: joinLines(previous.text, previousText, text, whole), line: previous.line };
    } else {
      out[out.length - 1] = withoutSoftHyphen(previous);
      if (i < lines.length) out.push(lines[i]!);
    }
  }
  return out ?? lines;
}

/** A line that is one link and nothing to break it at: "(https://…)." */
const isLongLink = (text: string): boolean => !text.includes(' ') && /(?:https?:\/\/|www\.)/i.test(text);

/**
 * The width the text was wrapped at, or null when it was not: its longest line is no
 * longer than a wrapper's width, and a good share of lines come close to it (unwrapped
 * bulletins hold paragraphs of hundreds of characters on one line).
 */
export function wrapWidth(lines: SourceLine[]): number | null {
  let width = 0;
  let count = 0;
  for (const l of lines) {
    // A table row is one line of its cells, however wide the wrapped text around it; a
    // link no wrapper could break stands on a line of its own past the width.
    if (l.text === '' || l.cells || isLongLink(l.text)) continue;
    count++;
    if (l.text.length > width) width = l.text.length;
  }
  if (count < MIN_LINES || width < MIN_WIDTH || width > MAX_WIDTH) return null;
  const near = lines.filter((l) => !l.cells && l.text.length >= NEAR * width && !isLongLink(l.text)).length;
  return near >= count * NEAR_SHARE ? width : null;
}

/**
 * A label with its text after it ("Action Required: Please book …"): it opens its line,
 * but a wrapper may have carried the end of its text onto the next.
 */
const LABEL_KINDS: LabelKind[] = ['programme', 'update', 'action'];
const labelGoesOn = (text: string): boolean => LABEL_KINDS.some((kind) => labelText(kind, text)?.trim());

/** Whether a line stands on its own: a table row, or a line isStructural names. */
const standsAlone = (line: SourceLine): boolean => line.text !== '' && (line.cells !== undefined || isStructural(line.text));

/** Lines that stand on their own in any layout: never joined to the line before or after. */
function isStructural(text: string): boolean {
  return (
    isProgrammeLabel(text) ||
    isUpdateLabel(text) ||
    isActionLabel(text) ||
    markerOf(text) !== null ||
    parseHeaderLine(text) !== null ||
    isFurnitureLine(text) ||
    isPageChrome(text) ||
    isMailHeaderField(text)
  );
}

/** The length of `previousText` with the first word of `text` added, as a wrapper would have set it. */
function filled(previousText: string, text: string): number {
  return previousText.length + (AT_HYPHEN.test(previousText) ? 0 : 1) + text.split(' ', 1)[0]!.length;
}

/** A line ending on a time or a figure ("… Wednesday 7 September, 2pm"), and one going on with a dash and a figure ("– 3.30pm, via …"): a range split at its dash, no bullet. */
const ON_TIME = /\d(?:\s?[ap]m)?$/i;
const RANGE_GOES_ON = /^[–—-]\s*\d/;

/** Whether two lines next to each other may be one line wrapped: neither stands on its own, the second is no bullet. */
function joinable(previousText: string, text: string, previousStructural: boolean, structural: boolean): boolean {
  return (
    previousText !== '' &&
    text !== '' &&
    !previousStructural &&
    !structural &&
    (!BULLET.test(text) || (RANGE_GOES_ON.test(text) && ON_TIME.test(previousText)))
  );
}

/**
 * How full a line must be for the next to continue it. A greedy wrapper breaks a line
 * only where the next word would not fit: past the width. In a proportional font the
 * width in letters varies from line to line, and the text shows it: a full line that
 * stops on a word, with the next going on in lower case though its first word would have
 * fitted, is a wrap that fell short. Then any line within a tenth of the width may be one;
 * a text wrapped at a fixed width has no such wrap and keeps the greedy rule.
 */
function fullMark(lines: SourceLine[], width: number): number {
  const mark = Math.ceil(PROPORTIONAL_FILL * width);
  let previousStructural = true;
  let previousText = '';
  for (const line of lines) {
    const text = line.text;
    const structural = standsAlone(line);
    const evident =
      joinable(previousText, text, previousStructural, structural) &&
      previousText.length >= NEAR * width &&
      ON_WORD.test(previousText) &&
      LOWER_START.test(text);
    const length = evident ? filled(previousText, text) : 0;
    if (length >= mark && length <= width) return mark;
    previousText = text;
    previousStructural = structural && !labelGoesOn(text);
  }
  return width + 1;
}

/**
 * Whether a line stops mid-sentence: on a word or a joining mark, or on a figure the next
 * line goes on from ("Monday 19" / "December"). A diary line ("2 October – Leads, Reading")
 * opens a row of its list, however full the row before.
 */
function midSentence(previousText: string, text: string): boolean {
  if (isDiaryLine(text)) return false;
  return MID_SENTENCE.test(previousText) || (ON_FIGURE.test(previousText) && (LOWER_START.test(text) || MONTH_START.test(text)));
}

/**
 * The lines with each one the scraper wrapped joined back: a line past the width with the
 * next one's first word added, or up to the mark and stopping mid-sentence. A word broken
 * at its hyphen goes on in lower case on the next line, however short its first part.
 */
export function unwrap(lines: SourceLine[]): SourceLine[] {
  const width = wrapWidth(lines);
  if (width === null) return joinBrokenWords(lines);
  const mark = fullMark(lines, width);
  const whole = writtenWhole(lines);
  const out: SourceLine[] = [];
  let previousStructural = true;
  // The source line before: what the wrapper filled, however much has been joined.
  let previousText = '';
  for (const line of lines) {
    const text = line.text;
    const structural = standsAlone(line);
    if (joinable(previousText, text, previousStructural, structural)) {
      const length = filled(previousText, text);
      const wrapped =
        length > width ||
        (length >= mark && midSentence(previousText, text)) ||
        cutPostcode(previousText, text) ||
        ((HYPHEN_BREAK.test(previousText) || previousText.endsWith(SOFT_HYPHEN)) && LOWER_START.test(text));
      if (wrapped) {
        const previous = out.at(-1)!;
        out[out.length - 1] = { text: joinLines(previous.text, previousText, text, whole), line: previous.line };
        previousText = text;
        continue;
      }
    }
    if (out.length > 0) out[out.length - 1] = withoutSoftHyphen(out.at(-1)!);
    out.push(line);
    previousText = text;
    previousStructural = structural && !labelGoesOn(text);
  }
  if (out.length > 0) out[out.length - 1] = withoutSoftHyphen(out.at(-1)!);
  return out;
}
