// Tables as pandoc's plain and Markdown writers set them (a Word document converted with
// `pandoc -t plain`): columns marked by a ruler of dash groups under the header row, rows
// aligned with spaces. In a multiline table (a full-width rule above the header and below
// the last row, rows a blank line apart) a cell wraps inside its column over several
// lines. Normalising collapses the spaces that say which column a word sits in, so the
// rows are read from the raw lines: each becomes one line of its cells.

/** The ruler under the header: a dash group per column, a space or more between them. */
const RULER = /^ *-+(?: +-+)+ *$/;
/** A full-width rule: the frame of a multiline table. */
const FRAME = /^ *-{3,} *$/;

const isBlank = (text: string): boolean => text.trim() === '';

/** Where each column starts, from the ruler's dash groups. */
function columnStarts(ruler: string): number[] {
  return [...ruler.matchAll(/-+/g)].map((m) => m.index);
}

/** A row's cells: the words of each of its lines that stand in each column, read top to bottom. */
function rowCells(lines: string[], starts: number[]): string[] {
  return starts.map((start, k) =>
    lines
      .map((line) => line.slice(start, starts[k + 1] ?? line.length).trim())
      .filter(Boolean)
      .join(' '),
  );
}

/**
 * The ruled tables among raw lines: for the index of each row's first line the row's
 * cells (the header row too), and null for the table's other lines (rules, a wrapped
 * cell's further lines, the blank lines between rows), whose text is in those cells.
 */
export function ruledTables(raw: string[]): Map<number, string[] | null> {
  const found = new Map<number, string[] | null>();
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    if (!line.includes('--') || found.has(i) || !RULER.test(line)) continue;
    const starts = columnStarts(line);
    let top = i;
    while (top > 0 && !isBlank(raw[top - 1]!) && !FRAME.test(raw[top - 1]!) && !found.has(top - 1)) top--;
    const framed = top > 0 && FRAME.test(raw[top - 1]!);
    // A multiline table: its frame above the header, or no header and the ruler as its frame.
    const multiline = framed || top === i;
    const table = new Map<number, string[] | null>();
    if (framed) table.set(top - 1, null);
    if (top < i) table.set(top, rowCells(raw.slice(top, i), starts));
    for (let k = top + 1; k <= i; k++) table.set(k, null);
    let j = i + 1;
    let closed = false;
    while (j < raw.length) {
      const text = raw[j]!;
      if (FRAME.test(text) || RULER.test(text)) {
        table.set(j++, null);
        closed = true;
        break;
      }
      if (isBlank(text)) {
        if (!multiline || j + 1 >= raw.length || isBlank(raw[j + 1]!)) break;
        table.set(j++, null);
        continue;
      }
      let end = j + 1;
      if (multiline) while (end < raw.length && !isBlank(raw[end]!) && !FRAME.test(raw[end]!) && !RULER.test(raw[end]!)) end++;
      table.set(j, rowCells(raw.slice(j, end), starts));
      for (let k = j + 1; k < end; k++) table.set(k, null);
      j = end;
    }
    // A multiline table is read only whole, closed by its frame: without it the lines
    // are no table pandoc wrote.
    const rows = [...table.values()].filter((cells) => cells !== null).length;
    if ((multiline && !closed) || rows < 2) continue;
    for (const [k, cells] of table) found.set(k, cells);
    i = j - 1;
  }
  return found;
}
