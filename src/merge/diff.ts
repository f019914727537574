// A short word-level diff for revisions: only the changed runs, each with a little context,
// as "[-removed-] {+added+}". The common prefix and suffix are trimmed first and the LCS
// table is only built for a bounded middle, so a diff never costs more than MAX_CELLS.
// Words stay offsets into their text until they are shown, and every buffer is reused:
// an archive has thousands of revisions.

const CONTEXT = 2;
const MAX_CELLS = 40_000;
export const DIFF_CAP = 300;
/** List markers of one unit; the others are "1." to "99)", as /^(?:\d{1,2}[.)]|[-–•*·▪○●])$/. */
const MARKER_UNITS = new Set([...'-–•*·▪○●'].map((c) => c.charCodeAt(0)));

const SAME = 0;
const REMOVED = 1;
const ADDED = 2;

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

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether text[start, end) is a list marker ("1.", "12)", "•", "-"). */
function isListMarker(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  switch (end - start) {
    case 1:
      return MARKER_UNITS.has(last);
    case 2:
      return (last === 0x2e || last === 0x29) && isDigit(text.charCodeAt(start));
    case 3:
      return (last === 0x2e || last === 0x29) && isDigit(text.charCodeAt(start)) && isDigit(text.charCodeAt(start + 1));
    default:
      return false;
  }
}

function grown(array: Int32Array, needed: number): Int32Array {
  if (array.length >= needed) return array;
  const bigger = new Int32Array(2 * needed);
  bigger.set(array);
  return bigger;
}

/**
 * A text's words for diffing: word k is text[starts[k], ends[k]), with a hash compared
 * first. The words a diff compares are the text split at white space, less list markers
 * ("1.", "•", "-"), which change with the scrape layout, not with the text.
 */
class DiffText {
  text = '';
  length = 0;
  starts: Int32Array = new Int32Array(64);
  ends: Int32Array = new Int32Array(64);
  hashes: Int32Array = new Int32Array(64);

  word(k: number): string {
    return this.text.slice(this.starts[k], this.ends[k]);
  }

  push(start: number, end: number, hash: number): void {
    if (this.length === this.starts.length) {
      this.starts = grown(this.starts, this.length + 1);
      this.ends = grown(this.ends, this.length + 1);
      this.hashes = grown(this.hashes, this.length + 1);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.hashes[this.length++] = hash;
  }
}

/** Fills `into` with the words of text[from, to); `to` is the text's end or white space. */
function splitInto(text: string, from: number, to: number, into: DiffText): void {
  into.text = text;
  into.length = 0;
  let start = -1;
  let h = 0;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 0x20;
    if (!isSpace(c)) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5 | 0; // an int32, as the hash is: else h would be a double
      }
      h = Math.imul(h ^ c, 0x01000193);
      continue;
    }
    if (start < 0 || isListMarker(text, start, i)) {
      start = -1;
      continue;
    }
    into.push(start, i, h);
    start = -1;
  }
}

/** Whether word i of a and word j of b are the same. */
function sameWord(a: DiffText, i: number, b: DiffText, j: number): boolean {
  if (a.hashes[i] !== b.hashes[j]) return false;
  const aStart = a.starts[i] as number;
  const bStart = b.starts[j] as number;
  const length = (a.ends[i] as number) - aStart;
  if ((b.ends[j] as number) - bStart !== length) return false;
  for (let k = 0; k < length; k++) if (a.text.charCodeAt(aStart + k) !== b.text.charCodeAt(bStart + k)) return false;
  return true;
}

/** The edit script being built: per op its kind (SAME, REMOVED, ADDED) and word, in a for SAME and REMOVED, else in b. */
const ops: { length: number; kinds: Int32Array; words: Int32Array } = { length: 0, kinds: new Int32Array(256), words: new Int32Array(256) };

function pushOp(kind: number, word: number): void {
  if (ops.length === ops.kinds.length) {
    ops.kinds = grown(ops.kinds, ops.length + 1);
    ops.words = grown(ops.words, ops.length + 1);
  }
  ops.kinds[ops.length] = kind;
  ops.words[ops.length++] = word;
}

/** Set bits of a 32-bit value. */
function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

// middleOps' word groups (an open-addressing table of them by hash, and each one's first
// word), match masks, bit rows and set bits below each chunk of a row.
let slots: Int32Array = new Int32Array(512);
let groupWord: Int32Array = new Int32Array(256);
let rowGroup: Int32Array = new Int32Array(256);
let columnGroup: Int32Array = new Int32Array(256);
let masks: Int32Array = new Int32Array(0);
let rows: Int32Array = new Int32Array(0);
let below: Int32Array = new Int32Array(0);

/**
 * Pushes the ops turning a's words [aFrom, aTo) into b's [bFrom, bTo): an LCS, or all out
 * and all in when too big.
 *
 * The LCS table is that of the bit-parallel algorithm (Allison and Dix; Hyyrö), 32 cells
 * per step: with both middles read backwards, row x holds the LCS lengths of a's last x
 * words against b's last y words as a bit vector, the length at column y being y less
 * the set bits below y. The walk is the classic one over the table: a word both have is
 * kept, else a's word goes out when that loses no length, else b's comes in.
 */
function middleOps(a: DiffText, aFrom: number, aTo: number, b: DiffText, bFrom: number, bTo: number): void {
  const m = aTo - aFrom;
  const n = bTo - bFrom;
  if (m * n > MAX_CELLS) {
    for (let i = aFrom; i < aTo; i++) pushOp(REMOVED, i);
    for (let j = bFrom; j < bTo; j++) pushOp(ADDED, j);
    return;
  }
  // Row x is a's word aTo-1-x, column y b's word bTo-1-y; each distinct word of a's middle
  // is a group with the mask of the columns holding it.
  let size = 16;
  while (size < 2 * m) size *= 2;
  slots = grown(slots, size);
  slots.fill(-1, 0, size);
  groupWord = grown(groupWord, m);
  rowGroup = grown(rowGroup, m);
  columnGroup = grown(columnGroup, n);
  /** The slot of a word's group, or of the empty slot where it would go. */
  const slotOf = (text: DiffText, word: number): number => {
    let slot = (text.hashes[word] as number) & (size - 1);
    for (let g = slots[slot] as number; g >= 0 && !sameWord(a, groupWord[g] as number, text, word); g = slots[slot] as number) {
      slot = (slot + 1) & (size - 1);
    }
    return slot;
  };
  let groups = 0;
  for (let x = 0; x < m; x++) {
    const word = aTo - 1 - x;
    const slot = slotOf(a, word);
    if ((slots[slot] as number) < 0) {
      groupWord[groups] = word;
      slots[slot] = groups++;
    }
    rowGroup[x] = slots[slot] as number;
  }
  const chunks = (n + 31) >>> 5;
  masks = grown(masks, groups * chunks);
  masks.fill(0, 0, groups * chunks);
  for (let y = 0; y < n; y++) {
    const g = slots[slotOf(b, bTo - 1 - y)] as number;
    columnGroup[y] = g;
    const at = g * chunks + (y >>> 5);
    if (g >= 0) masks[at] = (masks[at] as number) | (1 << (y & 31));
  }
  // rows[x*chunks + c]: chunk c of row x; below[x*(chunks+1) + c]: set bits of row x's chunks before c.
  rows = grown(rows, (m + 1) * chunks);
  below = grown(below, (m + 1) * (chunks + 1));
  rows.fill(-1, 0, chunks);
  for (let x = 0; x <= m; x++) {
    const row = x * chunks;
    if (x > 0) {
      // V' = (V + (V & M)) | (V & ~M), the sum carried from chunk to chunk.
      const mask = (rowGroup[x - 1] as number) * chunks;
      let carry = 0;
      for (let c = 0; c < chunks; c++) {
        const v = (rows[row - chunks + c] as number) >>> 0;
        const match = masks[mask + c] as number;
        const sum = v + ((v & match) >>> 0) + carry;
        carry = sum > 0xffffffff ? 1 : 0;
        rows[row + c] = sum | (v & ~match);
      }
    }
    let count = 0;
    for (let c = 0; c <= chunks; c++) {
      below[x * (chunks + 1) + c] = count;
      if (c < chunks) count += popcount(rows[row + c] as number);
    }
  }
  /** The LCS length of a's middle from i and b's from j. */
  const lcs = (i: number, j: number): number => {
    const x = m - i;
    const y = n - j;
    const c = y >>> 5;
    const bit = y & 31;
    const partial = bit === 0 ? 0 : popcount((rows[x * chunks + c] as number) & (-1 >>> (32 - bit)));
    return y - (below[x * (chunks + 1) + c] as number) - partial;
  };
  let i = 0;
  let j = 0;
  while (i < m || j < n) {
    if (i < m && j < n && rowGroup[m - 1 - i] === columnGroup[n - 1 - j]) {
      pushOp(SAME, aFrom + i++);
      j++;
    } else if (i < m && (j === n || lcs(i + 1, j) >= lcs(i, j + 1))) {
      pushOp(REMOVED, aFrom + i++);
    } else {
      pushOp(ADDED, bFrom + j++);
    }
  }
}

/** The common prefix of a's and b's words, in words, of which the first `head` are known. */
function commonWords(a: DiffText, b: DiffText, head: number): number {
  let start = head;
  while (start < a.length && start < b.length && sameWord(a, start, b, start)) start++;
  return start;
}

/**
 * Fills ops with the ops from a to b whose first `start` words are the same, the common
 * prefix and suffix cut to the CONTEXT words that can show, plus one more (never shown)
 * standing for the rest, which renders as "…". The last `tail` words are known to be the
 * same.
 */
function wordOps(a: DiffText, b: DiffText, start: number, tail: number): void {
  let end = Math.min(tail, a.length - start, b.length - start);
  while (end < a.length - start && end < b.length - start && sameWord(a, a.length - 1 - end, b, b.length - 1 - end)) end++;
  ops.length = 0;
  for (let k = Math.max(0, start - CONTEXT - 1); k < start; k++) pushOp(SAME, k);
  middleOps(a, start, a.length - end, b, start, b.length - end);
  for (let k = a.length - end; k < Math.min(a.length, a.length - end + CONTEXT + 1); k++) pushOp(SAME, k);
}

/** Per op of the diff being rendered: 1 when it is a change or within CONTEXT of one. Reused. */
let keep = new Uint8Array(256);

/** The parts of the diff being rendered, reused, and the text of the last run read. */
const parts: string[] = [];
let runText = '';

/**
 * A run of ops of one kind from k: its words joined by spaces, as long slices of their
 * text as single spaces between them allow, and no longer than needed to pass `cap`.
 * Returns the op after the run; the text is left in `runText`.
 */
function runOf(k: number, n: number, a: DiffText, b: DiffText, cap: number): number {
  const { kinds, words } = ops;
  const kind = kinds[k];
  const { text, starts, ends } = kind === ADDED ? b : a;
  let from = starts[words[k] as number] as number;
  let to = ends[words[k] as number] as number;
  runText = '';
  let run = k + 1;
  for (; run < n && keep[run] === 1 && kinds[run] === kind; run++) {
    if (runText.length + to - from > cap) continue;
    const word = words[run] as number;
    if (starts[word] !== to + 1 || text.charCodeAt(to) !== 0x20) {
      runText = runText === '' ? text.slice(from, to) : `${runText} ${text.slice(from, to)}`;
      from = starts[word] as number;
    }
    to = ends[word] as number;
  }
  runText = runText === '' ? text.slice(from, to) : `${runText} ${text.slice(from, to)}`;
  return run;
}

/**
 * Renders the changed runs of ops with CONTEXT words either side; "" when there are none.
 * The parts are joined once, so the diff is one flat string rather than slices that
 * would keep both texts alive, and only until they are longer than the cap: the rest
 * would be cut.
 */
function render(a: DiffText, b: DiffText, cap: number): string {
  const { kinds } = ops;
  const n = ops.length;
  if (keep.length < n) keep = new Uint8Array(2 * n);
  keep.fill(0, 0, n);
  let changed = false;
  for (let k = 0; k < n; k++) {
    if (kinds[k] === SAME) continue;
    changed = true;
    for (let c = Math.max(0, k - CONTEXT); c <= Math.min(n - 1, k + CONTEXT); c++) keep[c] = 1;
  }
  if (!changed) return '';
  parts.length = 0;
  let length = -1;
  let k = 0;
  while (k < n && length <= cap) {
    let part: string;
    if (keep[k] === 0) {
      part = '…';
      while (k < n && keep[k] === 0) k++;
    } else {
      const kind = kinds[k];
      k = runOf(k, n, a, b, cap);
      part = kind === SAME ? runText : kind === REMOVED ? `[-${runText}-]` : `{+${runText}+}`;
    }
    parts.push(part);
    length += 1 + part.length;
  }
  const out = parts.join(' ');
  return out.length <= cap ? out : `${out.slice(0, cap - 1).trimEnd()}…`;
}

/**
 * The length of the common prefix of a and b. A plain loop: revisions differ early
 * (a third of the way in on the benchmark archive), where bisecting with slices took
 * twice as long.
 */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length, at most `max`, of the common suffix of a and b. */
function commonSuffix(a: string, b: string, max: number): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (a.endsWith(b.slice(b.length - mid, b.length - low), a.length - low)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The start of the word at i: the last q ≤ i at the text's start or after white space. */
function wordStart(text: string, i: number): number {
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The end of the word at i: the first r ≥ i at the text's end or at white space. */
function wordEnd(text: string, i: number): number {
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Where the `count` words (list markers aside) before i, a word's start, begin; 0 when there are fewer. */
function wordsBefore(text: string, i: number, count: number): number {
  while (count > 0 && i > 0) {
    let end = i;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    i = wordStart(text, end);
    if (i < end && !isListMarker(text, i, end)) count--;
  }
  return i;
}

/** Where the `count` words (list markers aside) after i, a word's end, end; the text's end when there are fewer. */
function wordsAfter(text: string, i: number, count: number): number {
  while (count > 0 && i < text.length) {
    let start = i;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    i = wordEnd(text, start);
    if (start < i && !isListMarker(text, start, i)) count--;
  }
  return i;
}

/** The words of the two texts being diffed, reused. */
const older = new DiffText();
const newer = new DiffText();

/**
 * The diff of two texts' words (see diffWords); "" when they have the same words.
 *
 * Revisions mostly change a few words, so only a window of each text is split: from
 * CONTEXT + 1 words before the first character where they differ to as many after the
 * last, found by comparing characters natively. The words outside it are the same in both
 * texts and would be cut from the diff but for that context. The one case where they
 * would count, the common words running on from the changed ones into the words after
 * the window, takes the whole texts.
 */
export function wordDiff(before: string, after: string, cap = DIFF_CAP): string {
  if (before === after) return '';
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
  const changedFrom = wordStart(before, prefix);
  const changedTo = wordEnd(before, before.length - suffix);
  const from = wordsBefore(before, changedFrom, CONTEXT + 1);
  const to = wordsAfter(before, changedTo, CONTEXT + 1);
  const shift = after.length - before.length;
  splitInto(before, from, to, older);
  splitInto(after, from, to + shift, newer);
  let head = 0;
  while (head < older.length && (older.starts[head] as number) < changedFrom) head++;
  let tail = 0;
  while (tail < older.length - head && (older.starts[older.length - 1 - tail] as number) >= changedTo) tail++;
  let start = commonWords(older, newer, head);
  if ((start > older.length - tail && to < before.length) || (start > newer.length - tail && to + shift < after.length)) {
    splitInto(before, 0, before.length, older);
    splitInto(after, 0, after.length, newer);
    start = commonWords(older, newer, 0);
    tail = 0;
  }
  wordOps(older, newer, start, tail);
  return render(older, newer, cap);
}
