// The labels that structure an entry, and the section markers that structure an issue.
// Markers are matched after folding and with a small edit distance, because scrapes and
// editors misspell them ("Remiders from previous week", "Tools and Templates").
import { fold } from '../ids.js';

// A label's word as typed, then its separator; OCR splits a word ("Upd ate:"), so the word
// may hold one space. "Programme -" too, but not "Programme-wide": a dash must stand apart.
const PROGRAMME_SHAPE = /^([a-z1|]+(?: [a-z1|]+)?)\s*(?::|\s[–—-](?=\s|$))\s*(.*)$/i;
// "Update –" with a dash only alone on its line: "Update – new Ofsted framework" may be a title.
const UPDATE_SHAPE = /^([a-z1|]+(?: [a-z1|]+)?)\s*(?::|\s[–—-](?=\s*$))\s*(.*)$/i;
// "Action Required:", "Action required –", the first years' bare "ACTION:", and their
// "Action needed by DCSs:" (needing its colon or dash: "Action needed to reduce delay" is a sentence).
// Group 2 is the word after "Action"; without one, only the bare word itself is a label.
const ACTION_SHAPE = /^([a-z1|]+)(?:\s+(req[a-z1|]*(?:\s[a-z]{1,4}(?=\s*[:–—]))?\s*[:–—-]?|needed(?:\s+by\s+[\p{L}’' ]{1,30}?)?\s*[:–—])|\s*:)\s*(.*)$/iu;

/**
 * Whether `word` is the label word `label` as an editor typed it or OCR read it: OCR's
 * "rn" for "m", "l", "1" or "|" for "i" and a space inside the word are read back
 * ("Programrne", "Actlon", "Upd ate"); then the plural ("Updates", "Actions") or one slip
 * (a letter dropped, doubled, wrong, or swapped with its neighbour: "Programe", "Udpate",
 * "Acton"), never in the first letter. Never a letter added at the end, which makes a
 * word of its own ("Updated:", "Programmer:"). With `exact`, none of these: a bare "Acton:"
 * may be the place, "Actions:" a list's heading.
 */
export function isLabelWord(word: string, label: string, exact = false): boolean {
  const read = word.toLowerCase().replace(/ /g, '').replace(/rn/g, 'm').replace(/[l1|]/g, 'i');
  if (read === label) return true;
  // A slip in the first letter is rare enough that labelText tests that letter first.
  if (exact || read[0] !== label[0]) return false;
  if (read.startsWith(label)) return read === `${label}s`;
  return editDistance(read, label, 1) <= 1 || isSwap(read, label);
}

/** Whether a is b with two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

export type LabelKind = 'programme' | 'update' | 'action';

/** A label set in Markdown emphasis on a plain page: "**Action Required:**", "__Update__:". */
const EMPHASIS = /^(\*\*?|__?)(.+?)\1/;

/**
 * The text after the label of that kind that opens the line ('' when none follows), or
 * null when no such label opens it. Reads every line: `labelText` is the fast path.
 */
export function readLabel(kind: LabelKind, line: string): string | null {
  // Most lines open with no emphasis: spare them the replace's new string.
  const first = line.charCodeAt(0);
  const text = first === STAR || first === UNDERSCORE ? line.replace(EMPHASIS, '$2') : line;
  if (kind === 'action') {
    const m = ACTION_SHAPE.exec(text);
    return m && isLabelWord(m[1]!, 'action', m[2] === undefined) ? m[3]! : null;
  }
  const m = (kind === 'programme' ? PROGRAMME_SHAPE : UPDATE_SHAPE).exec(text);
  return m && isLabelWord(m[1]!, kind) ? m[2]! : null;
}

/**
 * The char code of the line's first character, lower-cased, when it is an ASCII letter
 * or digit; -1 for anything else. Patterns anchored at a line's start fail on nearly
 * every line at its first character, and testing that character first spares the regex.
 */
export function asciiInitial(text: string): number {
  if (text === '') return -1;
  const c = text.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ? c : -1;
}

export const code = (letter: string): number => letter.charCodeAt(0);
const [STAR, UNDERSCORE] = [code('*'), code('_')];
// A label's word keeps its first letter (isLabelWord), which gates the patterns.
const INITIAL: Record<LabelKind, number> = { programme: code('p'), update: code('u'), action: code('a') };

/** `readLabel` for lines whose first character (past emphasis) can open the label. */
export function labelText(kind: LabelKind, text: string): string | null {
  const initial = asciiInitial(text);
  if (initial === INITIAL[kind]) return readLabel(kind, text);
  const first = text.charCodeAt(0);
  return first === STAR || first === UNDERSCORE ? readLabel(kind, text) : null;
}

export const isProgrammeLabel = (text: string): boolean => labelText('programme', text) !== null;
export const isUpdateLabel = (text: string): boolean => labelText('update', text) !== null;
export const isActionLabel = (text: string): boolean => labelText('action', text) !== null;

export type Marker = 'new' | 'reminders' | 'tools' | 'contacts';

// Early issues (2012–2014) headed the new items "New this week" or "This week", the
// reminders "Previous updates" and the publications "Resources" or "Documents and
// resources"; the first (2010–2012) "Items this week", "Still current", "Useful documents"
// and "Who to contact".
const MARKERS: Array<[Marker, string[]]> = [
  ['new', ['new this week', 'new items this week', 'new items', 'items this week', 'this week']],
  ['reminders', ['reminders from previous weeks', 'reminders from previous week', 'reminders from last week', 'reminders', 'previous updates', 'items from previous updates', 'reminders from previous updates', 'still current']],
  ['tools', ['tools templates', 'tools and templates', 'tools templates and resources', 'resources', 'useful resources', 'useful documents', 'documents and resources', 'documents resources']],
  ['contacts', ['contact details', 'contacts', 'useful contacts', 'key contacts', 'who to contact']],
];

/** A marker so common in prose that it counts only as a heading, with no colon. */
const BARE_ONLY = 'this week';

// Two rows of the edit-distance table, reused: markerOf runs on a tenth of all lines.
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Levenshtein distance of a and b when it is at most limit, else more than limit. Only
 * cells within limit of the diagonal can hold a value up to limit, so only those are
 * computed; the others count as limit + 1.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (previous.length <= b.length + 1) {
    previous = new Int32Array(b.length + 2);
    current = new Int32Array(b.length + 2);
  }
  const over = limit + 1;
  // Row 0 within the band: the first row reads no further.
  for (let j = 0; j <= Math.min(limit, b.length); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[from - 1] = from === 1 ? Math.min(i, over) : over;
    let rowMin = current[from - 1]!;
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      const above = j <= i - 1 + limit ? previous[j]! : over;
      const value = Math.min(above + 1, current[j - 1]! + 1, previous[j - 1]! + cost, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return over;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length]!;
}

// Every spelling starts with one of these letters; a typo in the first letter is rare
// enough that checking it first spares folding nearly every other line.
const MARKER_INITIALS = new Set([...'rtcunpikswd'].map(code));
const MARKER_START = /^[^\p{L}\p{N}]*[rtcunpikswd]/iu;

const limitOf = (spelling: string): number => (spelling.length >= 12 ? 2 : spelling.length >= 8 ? 1 : 0);
const MIN_FOLDED = 7;

/** The folded lengths a marker line can have: within a spelling's edit limit of its length. */
const MARKER_LENGTHS = new Set(
  MARKERS.flatMap(([, spellings]) =>
    spellings.flatMap((s) => Array.from({ length: 2 * limitOf(s) + 1 }, (_, k) => s.length - limitOf(s) + k)),
  ).filter((length) => length >= MIN_FOLDED),
);

/**
 * The length of fold(text) for ASCII text, found without building it: its runs of
 * letters and digits with one space between runs. Null for other text.
 */
export function asciiFoldedLength(text: string): number | null {
  let length = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return null;
    const letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    if (letter || (c >= 0x30 && c <= 0x39)) {
      if (!inRun && length > 0) length++;
      length++;
      inRun = true;
    } else inRun = false;
  }
  return length;
}

/** Which section a line opens, if it is a marker line. */
export function markerOf(text: string): Marker | null {
  if (text === '' || text.length > 48) return null;
  const initial = asciiInitial(text);
  if (initial === -1 ? !MARKER_START.test(text) : !MARKER_INITIALS.has(initial)) return null;
  const unhashed = text.startsWith('#') ? text.replace(/^#+\s*/, '') : text;
  // Most lines that get this far are too short ("Update:") or too long to be a marker.
  const length = asciiFoldedLength(unhashed);
  if (length !== null && !MARKER_LENGTHS.has(length)) return null;
  const folded = fold(unhashed);
  if (folded.length < MIN_FOLDED) return null;
  for (const [marker, spellings] of MARKERS) {
    for (const spelling of spellings) {
      const limit = limitOf(spelling);
      if (editDistance(folded, spelling, limit) > limit) continue;
      // "This week:" with its colon opens a list in a covering note, not the section.
      if (spelling === BARE_ONLY && unhashed.trimEnd().endsWith(':')) return null;
      return marker;
    }
  }
  return null;
}
