// A short word-level diff for revisions: only the changed runs, each with a little context,
// as "[-removed-] {+added+}". The common prefix and suffix are trimmed first and the LCS
// table is only built for a bounded middle, so a diff never costs more than MAX_CELLS.

const CONTEXT = 2;
const MAX_CELLS = 40_000;
export const DIFF_CAP = 300;
const LIST_MARKER = /^(?:\d{1,2}[.)]|[-–•*·▪○●])$/;

type Op = { kind: '=' | '-' | '+'; word: string };

function middleOps(a: string[], b: string[]): Op[] {
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((word): Op => ({ kind: '-', word })), ...b.map((word): Op => ({ kind: '+', word }))];
  }
  const w = b.length + 1;
  // lcs[i*w+j]: LCS length of a[i..] and b[j..]
  const lcs = new Uint16Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] =
        a[i] === b[j] ? (lcs[(i + 1) * w + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * w + j] as number, lcs[i * w + j + 1] as number);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: '=', word: a[i++] as string });
      j++;
    } else if (i < a.length && (j === b.length || (lcs[(i + 1) * w + j] as number) >= (lcs[i * w + j + 1] as number))) {
      ops.push({ kind: '-', word: a[i++] as string });
    } else {
      ops.push({ kind: '+', word: b[j++] as string });
    }
  }
  return ops;
}

function wordOps(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const same = (words: string[]): Op[] => words.map((word) => ({ kind: '=', word }));
  return [
    ...same(a.slice(0, start)),
    ...middleOps(a.slice(start, a.length - end), b.slice(start, b.length - end)),
    ...same(a.slice(a.length - end)),
  ];
}

/** Renders changed runs with CONTEXT words either side; "" when the texts have the same words. */
export function wordDiff(before: string, after: string, cap = DIFF_CAP): string {
  // List markers ("1.", "•", "-") change with the scrape layout, not with the text.
  const split = (t: string) => t.split(/\s+/).filter((w) => w !== '' && !LIST_MARKER.test(w));
  const ops = wordOps(split(before), split(after));
  const keep = ops.map(() => false);
  ops.forEach((op, k) => {
    if (op.kind === '=') return;
    for (let c = Math.max(0, k - CONTEXT); c <= Math.min(ops.length - 1, k + CONTEXT); c++) keep[c] = true;
  });
  if (!ops.some((op) => op.kind !== '=')) return '';
  const parts: string[] = [];
  let k = 0;
  while (k < ops.length) {
    if (!keep[k]) {
      parts.push('…');
      while (k < ops.length && !keep[k]) k++;
      continue;
    }
    const op = ops[k] as Op;
    let run = k;
    while (run < ops.length && keep[run] && (ops[run] as Op).kind === op.kind) run++;
    const text = ops.slice(k, run).map((o) => o.word).join(' ');
    parts.push(op.kind === '=' ? text : op.kind === '-' ? `[-${text}-]` : `{+${text}+}`);
    k = run;
  }
  const out = parts.join(' ');
  return out.length <= cap ? out : `${out.slice(0, cap - 1).trimEnd()}…`;
}
