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

// Tables as Google Docs' "Download > Plain text" writes them: every cell on a line of its
// own, the header row's too, an empty cell as an empty line, nothing where a row ends. Only
// the header row tells how many lines make a row: three lines or more in a row, each the name
// of a column ("Date", "Meeting", "Time", "Venue"). Each run of that many lines below it is a
// row while it reads as one (tableRow); the first run that does not ends the table.

/** A column's name, as a table's header row gives it. */
const COLUMN =
  /^(?:dates?|days?|when|times?|start|finish|meetings?|events?|sessions?|networks?|groups?|venues?|locations?|where|places?|names?|roles?|job titles?|titles?|organi[sz]ations?|council|authority|phone|telephone|tel|mobile|e-?mail|contact|details|notes|topics?|theme|lead|chair|deadline)$/i;
const MAX_COLUMN = 20;
/** A column that holds days: its cells name one. */
const DAY_COLUMN = /^(?:dates?|days?|when)$/i;
/** The longest cell a stacked row may hold: longer lines are the prose after the table. */
const MAX_CELL = 80;

/** Whether a line may be a cell of a stacked row: short, no sentence or label, no further heading. */
const isCell = (text: string): boolean => text.length <= MAX_CELL && !/[.:]$|\.\s/.test(text);

/** The cells of a stacked row from its lines, or null where they read as no row of this table. */
function tableRow(lines: string[], header: string[]): string[] | null {
  const cells = lines.map((line) => line.trim());
  const filled = cells.filter(Boolean).length;
  if (cells[0] === '' || filled < 2 || !cells.every((cell) => cell === '' || isCell(cell))) return null;
  // A diary's rows open with their day.
  if (DAY_COLUMN.test(header[0]!) && !/\d/.test(cells[0]!)) return null;
  return cells;
}

/** The stacked tables among raw lines, in the shape of ruledTables' answer. */
export function stackedTables(raw: string[]): Map<number, string[] | null> {
  const found = new Map<number, string[] | null>();
  for (let i = 0; i < raw.length; i++) {
    let width = 0;
    while (i + width < raw.length && raw[i + width]!.length <= MAX_COLUMN && COLUMN.test(raw[i + width]!.trim())) width++;
    if (width < 3) {
      i += width;
      continue;
    }
    const header = raw.slice(i, i + width).map((line) => line.trim());
    const table = new Map<number, string[] | null>([[i, header]]);
    for (let k = i + 1; k < i + width; k++) table.set(k, null);
    let j = i + width;
    for (let row: string[] | null; j + width <= raw.length && (row = tableRow(raw.slice(j, j + width), header)); j += width) {
      table.set(j, row);
      for (let k = j + 1; k < j + width; k++) table.set(k, null);
    }
    if (j > i + width) for (const [k, cells] of table) found.set(k, cells);
    i = j - 1;
  }
  return found;
}
