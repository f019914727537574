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

/**
 * The words a diff compares: the text split at white space, less list markers ("1.",
 * "•", "-"), which change with the scrape layout, not with the text.
 */
export function diffWords(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    const word = text.slice(start, i);
    start = -1;
    if (word.length > LIST_MARKER_MAX || !LIST_MARKER.test(word)) words.push(word);
  }
  return words;
}

/** The LCS table of middleOps, reused: every revision of an archive needs one. */
let table = new Uint16Array(0);

/** Appends the ops turning a[aFrom..aTo) into b[bFrom..bTo): an LCS, or all out and all in when too big. */
function middleOps(a: readonly string[], aFrom: number, aTo: number, b: readonly string[], bFrom: number, bTo: number, ops: Ops): void {
  const push = (kind: number, word: string): void => {
    ops.kinds.push(kind);
    ops.words.push(word);
  };
  const m = aTo - aFrom;
  const n = bTo - bFrom;
  if (m * n > MAX_CELLS) {
    for (let i = aFrom; i < aTo; i++) push(REMOVED, a[i] as string);
    for (let j = bFrom; j < bTo; j++) push(ADDED, b[j] as string);
    return;
  }
  // Words as small integers, so the table's inner loop compares numbers.
  const idOf = new Map<string, number>();
  const ids = (words: readonly string[], from: number, to: number): Int32Array => {
    const out = new Int32Array(to - from);
    for (let k = from; k < to; k++) {
      const word = words[k] as string;
      let id = idOf.get(word);
      if (id === undefined) idOf.set(word, (id = idOf.size));
      out[k - from] = id;
    }
    return out;
  };
  const x = ids(a, aFrom, aTo);
  const y = ids(b, bFrom, bTo);
  const w = n + 1;
  // lcs[i*w+j]: LCS length of x[i..] and y[j..]. The table is reused, so its last row
  // and column, the empty suffixes, are cleared here.
  if (table.length < (m + 1) * w) table = new Uint16Array(MAX_CELLS + 2 * Math.max(m, n) + 1);
  const lcs = table;
  lcs.fill(0, m * w, (m + 1) * w);
  for (let i = m - 1; i >= 0; i--) {
    const xi = x[i] as number;
    lcs[i * w + n] = 0;
    for (let j = n - 1; j >= 0; j--) {
      lcs[i * w + j] = xi === y[j] ? (lcs[(i + 1) * w + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * w + j] as number, lcs[i * w + j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    if (i < m && j < n && x[i] === y[j]) {
      push(SAME, a[aFrom + i++] as string);
      j++;
    } else if (i < m && (j === n || (lcs[(i + 1) * w + j] as number) >= (lcs[i * w + j + 1] as number))) {
      push(REMOVED, a[aFrom + i++] as string);
    } else {
      push(ADDED, b[bFrom + j++] as string);
    }
  }
}

/**
 * The ops from a to b, with the common prefix and suffix cut to the CONTEXT words that
 * can show, plus one more (never shown) standing for the rest, which renders as "…".
 */
function wordOps(a: readonly string[], b: readonly string[]): Ops {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const ops: Ops = { kinds: [], words: [] };
  for (let k = Math.max(0, start - CONTEXT - 1); k < start; k++) {
    ops.kinds.push(SAME);
    ops.words.push(a[k] as string);
  }
  middleOps(a, start, a.length - end, b, start, b.length - end, ops);
  for (let k = a.length - end; k < Math.min(a.length, a.length - end + CONTEXT + 1); k++) {
    ops.kinds.push(SAME);
    ops.words.push(a[k] as string);
  }
  return ops;
}

/** Renders changed runs with CONTEXT words either side; "" when the word lists are the same. */
export function diffWordLists(a: readonly string[], b: readonly string[], cap = DIFF_CAP): string {
  const { kinds, words } = wordOps(a, b);
  const keep = new Uint8Array(kinds.length);
  let changed = false;
  kinds.forEach((kind, k) => {
    if (kind === SAME) return;
    changed = true;
    for (let c = Math.max(0, k - CONTEXT); c <= Math.min(kinds.length - 1, k + CONTEXT); c++) keep[c] = 1;
  });
  if (!changed) return '';
  const parts: string[] = [];
  let k = 0;
  while (k < kinds.length) {
    if (keep[k] === 0) {
      parts.push('…');
      while (k < kinds.length && keep[k] === 0) k++;
      continue;
    }
    const kind = kinds[k];
    let run = k;
    while (run < kinds.length && keep[run] === 1 && kinds[run] === kind) run++;
    const text = words.slice(k, run).join(' ');
    parts.push(kind === SAME ? text : kind === REMOVED ? `[-${text}-]` : `{+${text}+}`);
    k = run;
  }
  const out = parts.join(' ');
  return out.length <= cap ? out : `${out.slice(0, cap - 1).trimEnd()}…`;
}

/** The diff of two texts' words (see diffWords); "" when they have the same words. */
export function wordDiff(before: string, after: string, cap = DIFF_CAP): string {
  return before === after ? '' : diffWordLists(diffWords(before), diffWords(after), cap);
}
