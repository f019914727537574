// An entry cut into the pieces dates are judged in: its title, its sentences and its
// list items, each knowing the sentence that introduced its list ("... held at X on:").
import type { SourceLine } from '../model.js';

export interface Segment {
  /** Whitespace-collapsed text, list marker removed. */
  text: string;
  line: number;
  isTitle: boolean;
  /** A list item: a bulleted line, or a line under an introduction ending in ":". */
  isListItem: boolean;
  /** The sentence ending in ":" that the list this item belongs to hangs from. */
  intro: Segment | null;
  /**
   * For a list's introduction, the undated sentences before it on its line: "Each session
   * runs on Teams. Sessions will be recorded:" says where the listed days are held.
   */
  lead: string | null;
  /**
   * For a list's introduction with no such sentences, the entry's undated lines before it:
   * "… online forums on Microsoft Teams." in an Update says where the days its Action lists
   * under "Forums will be held on:" meet. Only a platform is read from them.
   */
  earlier?: string;
  /**
   * For a list item, the line its list hangs from, dated or not: "The forum meets on 29
   * March via Zoom. Later forums:" says where the listed days meet. Only a platform is
   * read from it.
   */
  above?: string;
  /** The value of a "Venue:"/"Where:" line in the block of "Date:"/"Time:" lines it is part of. */
  blockPlace?: string;
  /** A table row under a header row with a venue column ("Date | Meeting | Venue"). */
  underVenueColumn?: true;
  /**
   * The undated sentence straight after it on its line, which may say where it happens:
   * "… on 26 March, 13:00–14:30. The briefing is hybrid: in person at County Hall …".
   */
  next?: string;
}

/** A table header row with a venue column: "Date | Meeting | Venue". */
const VENUE_COLUMN = /(?:^|\s\|\s)(?:venue|where|location|place)(?:\s\|\s|$)/i;

/** One line of an event's details block: "Date: …", "Time: …", "When: …", "Venue: …". */
const DETAIL_LINE = /^(?:dates?|times?|when|where|venue|location|place)\s*:/i;
const WHEN_LINE = /^(?:dates?|when)\s*:/i;
const PLACE_LINE = /^(?:where|venue|location|place)\s*:\s*(\S.*)$/i;

/**
 * For each line of a details block (detail lines with only blank lines between them),
 * the value of the block's place line, if it has one.
 */
function blockPlaces(lines: SourceLine[]): Map<number, string> {
  const places = new Map<number, string>();
  let block: number[] = [];
  let place: string | undefined;
  let sawWhen = false;
  const close = (): void => {
    if (place !== undefined) for (const i of block) places.set(i, place);
    block = [];
    place = undefined;
    sawWhen = false;
  };
  lines.forEach((source, i) => {
    const text = source.text.trim();
    if (text === '') return;
    if (!DETAIL_LINE.test(text)) return close();
    // A second "Date:" or "When:" line starts the details of another event.
    const when = WHEN_LINE.test(text);
    if (when && sawWhen) close();
    sawWhen ||= when;
    block.push(i);
    place ??= PLACE_LINE.exec(text)?.[1];
  });
  close();
  return places;
}

// An emoji or arrow before a line ("📅 Tues 27 Jan, 6.30–8pm", "➡️ …") marks it as a list item as "•" does.
const BULLET = /^(?:[•·▪◦*–—-]|\d{1,2}[.)]|[\p{Extended_Pictographic}→➤►▸]\uFE0F?)\s+/u;
/** A line that reads as a dated list item even without a bullet: "5 June 2020". */
const DATED_START = /^(?:\d{1,2}(?:st|nd|rd|th)?\s|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s)/i;
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'no', 'rd', 'e.g', 'i.e', 'etc', 'approx', 'ref', 'vs']);
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\d])/gu;

/** What every sentence end has: most lines have none, and are one sentence. */
const MAY_END = /[.!?]["”’)]?\s/;

/** Sentences of one line; "Dr." or "St." do not end one. */
export function sentences(text: string): Array<{ text: string; offset: number }> {
  if (!MAY_END.test(text)) {
    const whole = text.trim();
    return whole ? [{ text: whole, offset: 0 }] : [];
  }
  const out: Array<{ text: string; offset: number }> = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const word = /([\p{L}.]+)[.!?]["”’)]?\s+$/u.exec(text.slice(Math.max(start, match.index - 8), match.index + match[0].length));
    if (word?.[1] && ABBREVIATIONS.has(word[1].toLowerCase())) continue;
    const end = match.index + match[0].length;
    out.push({ text: text.slice(start, end).trim(), offset: start });
    start = end;
  }
  if (start < text.length) out.push({ text: text.slice(start).trim(), offset: start });
  return out.filter((s) => s.text.length > 0);
}

/** A table row: three or more cells split by tabs or runs of spaces. */
const CELL_GAP = /\t+| {3,}/;

/** Whitespace flatten would change; normalised lines (src/normalise.ts) have none. */
const UNFLAT = /[^\S ]| {2}|^ | $/;

/** The line's text with runs of whitespace collapsed and table cells joined by " | ". */
function flatten(text: string): string {
  if (!UNFLAT.test(text)) return text;
  if (!text.includes('\t') && !text.includes('   ')) return text.replace(/\s+/g, ' ').trim();
  const cells = text.trim().split(CELL_GAP);
  const joiner = cells.length >= 3 ? ' | ' : ' ';
  return cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).filter(Boolean).join(joiner);
}

/**
 * The entry's title and the pieces of its lines that `dated` says name a date or a time.
 * A line without one is only read for the list it may introduce ("... held on:"): its
 * pieces would hold no date to judge.
 */
export function segment(lines: SourceLine[], dated: (text: string) => boolean): Segment[] {
  const out: Segment[] = [];
  let intro: Segment | null = null;
  // Only pages with detail lines pay for finding their blocks.
  const places = lines.some((l) => DETAIL_LINE.test(l.text.trimStart())) ? blockPlaces(lines) : null;
  let venueColumn = false;
  // The entry's undated lines so far, for an introduction's `earlier`.
  const undatedLines: string[] = [];
  // The last line that is no list item, for a list item's `above`.
  let above: string | undefined;
  lines.forEach((source, i) => {
    const collapsed = flatten(source.text);
    if (!collapsed) return;
    if (i === 0) {
      out.push({ text: collapsed, line: source.line, isTitle: true, isListItem: false, intro: null, lead: null });
      return;
    }
    const row = collapsed.includes(' | ');
    if (!row) venueColumn = false;
    const bullet = BULLET.exec(collapsed);
    const text = bullet ? collapsed.slice(bullet[0].length) : collapsed;
    if (bullet || (intro && DATED_START.test(text))) {
      if (dated(text)) {
        out.push({ text, line: source.line, isTitle: false, isListItem: true, intro, lead: null, ...(above !== undefined && { above }), ...(venueColumn && row && { underVenueColumn: true }) });
      }
      return;
    }
    intro = null;
    above = text;
    const isDated = dated(text);
    if (!isDated && row) venueColumn = VENUE_COLUMN.test(collapsed);
    if (!isDated && !text.endsWith(':')) {
      undatedLines.push(text);
      return;
    }
    const undated: string[] = [];
    const blockPlace = places?.get(i);
    let previous: Segment | null = null;
    for (const sentence of sentences(text)) {
      const isIntro = sentence.text.endsWith(':');
      const lead = isIntro && undated.length > 0 ? undated.join(' ') : null;
      const piece: Segment = { text: sentence.text, line: source.line, isTitle: false, isListItem: false, intro: null, lead };
      if (isIntro && lead === null && undatedLines.length > 0) piece.earlier = undatedLines.join(' ');
      if (blockPlace !== undefined) piece.blockPlace = blockPlace;
      if (venueColumn && row) piece.underVenueColumn = true;
      if (isDated) out.push(piece);
      intro = isIntro ? piece : null;
      const own = isDated && dated(sentence.text);
      if (!own) {
        undated.push(sentence.text);
        if (previous) previous.next = sentence.text;
      }
      previous = own ? piece : null;
    }
  });
  return out;
}
