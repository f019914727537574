// A short word-level diff for revisions: only the changed runs, each with a little context,
// as "[-removed-] {+added+}". The common prefix and suffix are trimmed first and the LCS
// table is only built for a bounded middle, so a diff never costs more than MAX_CELLS.

const CONTEXT = 2;
const MAX_CELLS = 40_000;
export const DIFF_CAP = 300;
const LIST_MARKER = /^(?:\d{1,2}[.)]|[-–•*·▪○●])$/;
/** The longest list marker: longer words need no regex test. */
const LIST_MARKER_MAX = 3;

const SAME = 0;
const REMOVED = 1;
const ADDED = 2;

/** The edit script, as parallel arrays: kind (SAME, REMOVED, ADDED) and word of each op. */
interface Ops {
  kinds: number[];
  words: string[];
}

/** Whether a UTF-16 unit is white space to the regex `\s`. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A text's words for diffing, each with a hash that is compared before the word itself. */
export interface DiffText {
  words: string[];
  hashes: number[];
}

/**
 * The words a diff compares: the text split at white space, less list markers ("1.",
 * "•", "-"), which change with the scrape layout, not with the text.
 */
export function diffWords(text: string): DiffText {
  const words: string[] = [];
  const hashes: number[] = [];
  let start = -1;
  let h = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (!isSpace(c)) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5;
      }
      h = Math.imul(h ^ c, 0x01000193);
      continue;
    }
    if (start < 0) continue;
    const word = text.slice(start, i);
    start = -1;
    if (word.length > LIST_MARKER_MAX || !LIST_MARKER.test(word)) {
      words.push(word);
      // 30 bits: a small integer to V8.
      hashes.push(h & 0x3fffffff);
    }
  }
  return { words, hashes };
}

/** The LCS table of middleOps, reused: every revision of an archive needs one. */
let table = new Uint16Array(0);

/** Appends the ops turning a's words [aFrom, aTo) into b's [bFrom, bTo): an LCS, or all out and all in when too big. */
function middleOps(a: DiffText, aFrom: number, aTo: number, b: DiffText, bFrom: number, bTo: number, ops: Ops): void {
  const push = (kind: number, word: string): void => {
    ops.kinds.push(kind);
    ops.words.push(word);
  };
  const m = aTo - aFrom;
  const n = bTo - bFrom;
  if (m * n > MAX_CELLS) {
    for (let i = aFrom; i < aTo; i++) push(REMOVED, a.words[i] as string);
    for (let j = bFrom; j < bTo; j++) push(ADDED, b.words[j] as string);
    return;
  }
  const same = (i: number, j: number): boolean => a.hashes[aFrom + i] === b.hashes[bFrom + j] && a.words[aFrom + i] === b.words[bFrom + j];
  const w = n + 1;
  // lcs[i*w+j]: LCS length of a's middle from i and b's from j. The table is reused, so
  // its last row and column, the empty suffixes, are cleared here.
  if (table.length < (m + 1) * w) table = new Uint16Array(MAX_CELLS + 2 * Math.max(m, n) + 1);
  const lcs = table;
  lcs.fill(0, m * w, (m + 1) * w);
  const bHashes = b.hashes;
  const bWords = b.words;
  for (let i = m - 1; i >= 0; i--) {
    const hash = a.hashes[aFrom + i];
    const word = a.words[aFrom + i];
    const row = i * w;
    lcs[row + n] = 0;
    for (let j = n - 1; j >= 0; j--) {
      const down = lcs[row + w + j] as number;
      const right = lcs[row + j + 1] as number;
      lcs[row + j] =
        bHashes[bFrom + j] === hash && bWords[bFrom + j] === word ? (lcs[row + w + j + 1] as number) + 1 : down >= right ? down : right;
    }
  }
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    if (i < m && j < n && same(i, j)) {
      push(SAME, a.words[aFrom + i++] as string);
      j++;
    } else if (i < m && (j === n || (lcs[(i + 1) * w + j] as number) >= (lcs[i * w + j + 1] as number))) {
      push(REMOVED, a.words[aFrom + i++] as string);
    } else {
      push(ADDED, b.words[bFrom + j++] as string);
    }
  }
}

/**
 * The ops from a to b, with the common prefix and suffix cut to the CONTEXT words that
 * can show, plus one more (never shown) standing for the rest, which renders as "…".
 */
function wordOps(a: DiffText, b: DiffText): Ops {
  const aLength = a.words.length;
  const bLength = b.words.length;
  const same = (i: number, j: number): boolean => a.hashes[i] === b.hashes[j] && a.words[i] === b.words[j];
  let start = 0;
  while (start < aLength && start < bLength && same(start, start)) start++;
  let end = 0;
  while (end < aLength - start && end < bLength - start && same(aLength - 1 - end, bLength - 1 - end)) end++;
  const ops: Ops = { kinds: [], words: [] };
  for (let k = Math.max(0, start - CONTEXT - 1); k < start; k++) {
    ops.kinds.push(SAME);
    ops.words.push(a.words[k] as string);
  }
  middleOps(a, start, aLength - end, b, start, bLength - end, ops);
  for (let k = aLength - end; k < Math.min(aLength, aLength - end + CONTEXT + 1); k++) {
    ops.kinds.push(SAME);
    ops.words.push(a.words[k] as string);
  }
  return ops;
}

/** Per op of the diff being rendered: 1 when it is a change or within CONTEXT of one. Reused. */
let keep = new Uint8Array(256);

/** Renders changed runs with CONTEXT words either side; "" when the word lists are the same. */
export function diffWordLists(a: DiffText, b: DiffText, cap = DIFF_CAP): string {
  const { kinds, words } = wordOps(a, b);
  const n = kinds.length;
  if (keep.length < n) keep = new Uint8Array(2 * n);
  keep.fill(0, 0, n);
  let changed = false;
  for (let k = 0; k < n; k++) {
    if (kinds[k] === SAME) continue;
    changed = true;
    for (let c = Math.max(0, k - CONTEXT); c <= Math.min(n - 1, k + CONTEXT); c++) keep[c] = 1;
  }
  if (!changed) return '';
  // Parts are joined only until the text is longer than the cap: the rest would be cut.
  let out = '';
  let k = 0;
  while (k < n && out.length <= cap) {
    let part: string;
    if (keep[k] === 0) {
      part = '…';
      while (k < n && keep[k] === 0) k++;
    } else {
      const kind = kinds[k];
      let text = words[k] as string;
      let run = k + 1;
      for (; run < n && keep[run] === 1 && kinds[run] === kind; run++) if (text.length <= cap) text += ` ${words[run] as string}`;
      part = kind === SAME ? text : kind === REMOVED ? `[-${text}-]` : `{+${text}+}`;
      k = run;
    }
    out = out === '' ? part : `${out} ${part}`;
  }
  return out.length <= cap ? out : `${out.slice(0, cap - 1).trimEnd()}…`;
}

/** The diff of two texts' words (see diffWords); "" when they have the same words. */
export function wordDiff(before: string, after: string, cap = DIFF_CAP): string {
  return before === after ? '' : diffWordLists(diffWords(before), diffWords(after), cap);
}
