// Stage 2b, between normalise and segment: a file that holds several bulletins (an mbox
// export of the mailing list, a scrape that saved several weekly pages into one file, a
// digest) to one text per issue. Each part keeps its lines' numbers in the file, so a
// warning still names the line of the file it came from.
import type { SourceLine } from './model.js';
import { findHeaders, isHeaderAlone, isProgrammeName, listedHeaders } from './segment/header.js';
import { type Marker, isActionLabel, isProgrammeLabel, markerOf } from './segment/labels.js';

/**
 * The separator an mbox writes before each message: "From <sender> <asctime>" ("From
 * seslip@seslip.org.uk Fri Apr 16 13:02:11 2021", Thunderbird's "From - Fri …"). The
 * sender and the weekday keep a sentence ("From 9am until 12:30 on …") from reading as one.
 */
const MBOX_FROM = /^From (?:\S*@\S*|-|MAILER-DAEMON)\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s.{0,40}\b\d{1,2}:\d{2}\b.{0,30}$/i;

export const isMboxSeparator = (text: string): boolean => text.startsWith('From ') && MBOX_FROM.test(text);

/**
 * Where a header was run onto the line before it, by files joined with `cat` where the
 * first did not end in a line break ("…(Elsewhere Council)UPDATE NO 405 22 May 2020"):
 * straight after a letter, figure or closing mark, never after a space or an opening
 * bracket, as an entry's "see Update No 380 …" stands.
 */
const HEADER_WORDS = /update\s+(?:no\.?|number)\s*\d/gi;
const PROGRAMME_BEFORE = /seslip\s+$/i;
const GLUED_AFTER = /[\p{L}\d.)\]"”’]$/u;

/** Where a header run onto a line starts in it, if one is. */
function gluedAt(text: string): number | undefined {
  // Found by its words first, then the mark before them checked: a pattern looking behind
  // at every place in the line was the stage's main cost (every "Update:" label has "pdate").
  if (!text.includes('PDATE') && !text.includes('pdate')) return undefined;
  HEADER_WORDS.lastIndex = 0;
  for (let words = HEADER_WORDS.exec(text); words; words = HEADER_WORDS.exec(text)) {
    const at = PROGRAMME_BEFORE.exec(text.slice(0, words.index))?.index ?? words.index;
    if (at > 0 && GLUED_AFTER.test(text.slice(Math.max(0, at - 2), at))) return at;
  }
  return undefined;
}

/** The lines with a dated header run onto the end of a line put on a line of its own (the same line number). */
function unglue(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  lines.forEach((l, i) => {
    const at = gluedAt(l.text);
    const tail = at === undefined ? null : { text: l.text.slice(at), line: l.line };
    if (tail && findHeaders([tail])[0]?.date) {
      out ??= lines.slice(0, i);
      out.push({ text: l.text.slice(0, at), line: l.line }, tail);
    } else out?.push(l);
  });
  return out ?? lines;
}

/** A section heading or entry label: a bulletin's body, not a page's menu or related-pages list. */
const isStructure = (text: string): boolean => {
  // A converted page's label stands in bold ("**Action Required:** …"): its markup is read only after the split.
  const shown = text.startsWith('**') || text.startsWith('__') ? text.replace(/\*\*|__/g, '') : text;
  return markerOf(shown) !== null || isActionLabel(shown) || isProgrammeLabel(shown);
};

/**
 * The file's issues, one list of lines each: cut at each mbox separator (the separator
 * itself blanked) and at each issue header naming another number than the part it
 * stands in. The header repeated at a page break names the same number and cuts
 * nothing; a header quoted in a reply ("> UPDATE NO 380") is no header until the
 * segmenter unquotes it, so a quoted bulletin stays in the mail that quotes it. A header
 * of another number with a section heading or label above it cuts only where a section
 * heading of the part above comes again below it, before the next cut: an earlier issue
 * named in a menu above the header, linked inside an entry or listed among related pages
 * below the bulletin heads no bulletin, and a header dated as the part's own is its own
 * header misread. A bare "Update 28 (Friday 1st July 2011)" of another number cuts too
 * when its line ends at its date. Only a line that holds nothing but a header cuts: an
 * entry's sentence opening with an earlier issue ("Update No 409 gave the link …") stays
 * in its entry, and a page's list of links to other issues, one header per line, heads
 * none. A header run onto the line before it is put on its own line first. A file
 * of one issue costs one look at each line.
 */
export function splitIssues(file: SourceLine[]): SourceLine[][] {
  const lines = unglue(file);
  const separators: number[] = [];
  lines.forEach((l, i) => {
    if (isMboxSeparator(l.text)) separators.push(i);
  });
  const alone = findHeaders(lines, { anyBare: true }).filter((h) => isHeaderAlone(lines[h.index]!.text));
  const listed = listedHeaders(lines, alone);
  const headers = alone.filter((h) => !listed.has(h.index));
  if (separators.length === 0 && headers.every((h) => h.number === headers[0]!.number)) return [lines];

  const text = separators.length === 0 ? lines : lines.slice();
  for (const i of separators) text[i] = { text: '', line: lines[i]!.line };
  const structured = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (isStructure(text[i]!.text)) return true;
    return false;
  };
  const startsOver = (from: number, at: number, to: number): boolean => {
    const seen = new Set<Marker>();
    for (let i = from; i < at; i++) {
      const marker = markerOf(text[i]!.text);
      if (marker) seen.add(marker);
    }
    // A bulletin of labels alone, with no section heading, starts over at its labels.
    if (seen.size === 0) return structured(at, to);
    for (let i = at; i < to; i++) if (seen.has(markerOf(text[i]!.text)!)) return true;
    return false;
  };
  // Headers and separators in file order; a separator is a header of no number.
  const marks = [...headers.map((h) => ({ index: h.index, number: h.number as number | null, date: h.date })), ...separators.map((index) => ({ index, number: null, date: null }))].sort(
    (a, b) => a.index - b.index,
  );
  const cuts: number[] = [0];
  let number: number | null = null;
  let date: string | null = null;
  marks.forEach((mark, k) => {
    const start = cuts.at(-1)!;
    if (mark.number === null) {
      if (text.slice(start, mark.index).some((l) => l.text !== '')) cuts.push(mark.index);
      number = null;
      date = null;
      return;
    }
    if (number === null || mark.number === number) {
      number = mark.number;
      date ??= mark.date;
      return;
    }
    // Two weeks' issues never share a date: the same date under another number is this
    // issue's header misread (OCR) or mistyped.
    if (date !== null && mark.date === date) return;
    if (structured(start, mark.index)) {
      // A bulletin starts over below a header that heads one: a section heading the part
      // above already had comes again. A related-pages list below the bulletin has none, and
      // an earlier issue linked inside an entry is followed by this bulletin's later sections.
      const next = marks.find((m, j) => j > k && m.number !== mark.number)?.index ?? text.length;
      if (!startsOver(start, mark.index, next)) return;
      // The programme's name set alone above the header ("SESLIP" over "Update 28 (…)") is its issue's.
      cuts.push(mark.index > start && isProgrammeName(text[mark.index - 1]!.text) ? mark.index - 1 : mark.index);
    }
    // With no bulletin before it, the earlier header was a menu's link: this one heads the part.
    number = mark.number;
    date = mark.date;
  });
  return cuts.map((at, k) => text.slice(at, cuts[k + 1] ?? text.length));
}
