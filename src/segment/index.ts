// Stage 3: lines to the parts of an issue — header, entries (new and reminders), the
// Tools & Templates list and the Contact Details list.
import type { SourceLine } from '../model.js';
import type { Layout, Section } from '../schema.js';
import { InputError } from '../decode.js';
import { isBoilerplate } from './boilerplate.js';
import { findFurniture } from './furniture.js';
import { dropCampaignTargets, readCampaign } from './campaign.js';
import { BULLET, type RawEntry, isPublishedSentence, mentionsDate, splitByTitles, splitLabelled } from './entries.js';
import { type Header, findHeaders, isHeaderAlone, listedHeaders, nameHeader, subjectHeader } from './header.js';
import { type Marker, isActionLabel, isProgrammeLabel, isUpdateLabel, markerOf } from './labels.js';
import { dropLinkTargets, findMailHeaders, isGreeting, isSignOff, unquote } from './mail.js';
import { unmark } from './markup.js';
import { borderedRows } from './borders.js';
import { notesStart, withoutNotes } from './notes.js';
import { withoutOutlineNumbers } from './outline.js';
import { unwrap } from './unwrap.js';
import { findIssueLinks, findPageChrome, isPageEnd } from './web.js';

export interface SegmentWarning {
  code: string;
  message: string;
  line: number | null;
}

/** The issue a bulletin is: its header's number and date, or those its file's name gives. */
export interface IssueName {
  number: number | null;
  date: string | null;
}

export interface Segmented {
  header: Header | null;
  issue: IssueName | null;
  layout: Layout;
  entries: Array<RawEntry & { section: Section }>;
  tools: SourceLine[];
  contacts: SourceLine[];
  warnings: SegmentWarning[];
}

type Region = 'new' | Marker;

/** The most non-blank lines a sender's signature block and disclaimer run to. */
const MAX_SIGNATURE_LINES = 15;

const signatureBelow = (lines: SourceLine[], i: number): boolean => {
  // "The letter closes:" over it: the sign-off is quoted in the entry.
  if (lines.findLast((l, k) => k < i && l.text !== '')?.text.endsWith(':')) return false;
  let count = 0;
  for (let k = i + 1; k < lines.length && count <= MAX_SIGNATURE_LINES; k++) if (lines[k]!.text !== '') count++;
  return count <= MAX_SIGNATURE_LINES;
};

/** What a Tools & Templates line says of its document, with its date. */
const PUBLISHED = /\b(?:published|updated|released)\b/i;

/**
 * A dated publication line below a sign-off in Tools & Templates ("… published 14 June
 * 2021"): more of the list, so the sign-off is a note's close inside it, not the mail's.
 * A signature's own dated notice ("our office will be closed from 24 December …") is none.
 */
const datedBelow = (lines: SourceLine[], i: number, end: number): boolean => {
  for (let k = i + 1; k < end; k++) if (mentionsDate(lines[k]!.text) && PUBLISHED.test(lines[k]!.text)) return true;
  return false;
};

/** The most lines, and characters a line, of a sender's name and role under a sign-off inside a list. */
const MAX_NAME_LINES = 3;
const MAX_NAME_CHARS = 60;

/** The index of the last line of the name block under the sign-off at i (i itself if none). */
const signatureEnd = (lines: SourceLine[], i: number): number => {
  let last = i;
  let count = 0;
  for (let k = i + 1; k < lines.length && count < MAX_NAME_LINES; k++) {
    const text = lines[k]!.text;
    if (text === '') continue;
    if (text.length > MAX_NAME_CHARS || mentionsDate(text) || markerOf(text)) break;
    last = k;
    count++;
  }
  return last;
};

/** The most lines and characters an introduction or covering note runs to: more are entries the splitter lost. */
const MAX_NOTE_LINES = 4;
const MAX_NOTE_CHARS = 600;

// An introduction speaks to the reader or names the bulletin: "This update gives you the
// headlines …", "Please find below …", "Welcome to …", "This is the weekly update of …".
const ADDRESSES_READER = /\b(?:you|your|below|welcome|this (?:week['’]s |weekly |latest )?(?:update|bulletin|issue|edition)|the (?:weekly|latest) (?:update|bulletin))\b/i;

/** The heading of a list of the issue's headlines: "In this issue:", "Contents". */
const CONTENTS = /^(?:in this (?:issue|update|edition|week['’]s update)|contents)\s*:?$/i;

/** The lines without a contents list (its heading and the bullets under it): navigation, not lost entries. */
function withoutContents(lines: SourceLine[]): SourceLine[] {
  const at = lines.findIndex((l) => CONTENTS.test(l.text));
  let end = at + 1;
  while (at >= 0 && end < lines.length && BULLET.test(lines[end]!.text)) end++;
  return end > at + 1 ? [...lines.slice(0, at), ...lines.slice(end)] : lines;
}

/**
 * The text before the first new entry is the issue's introduction, its contents list or
 * the sender's covering note, not entries the splitter lost: short, with no "Action
 * Required:" label, and opened by a greeting, or standing above the heading that opens
 * the new items (`headed`), or addressed to the reader with no date.
 */
function isIntroduction(lines: SourceLine[], greeted: boolean, headed: boolean): boolean {
  const stray = withoutContents(lines);
  if (stray.length === 0) return true;
  // Under a greeting the note may name a day ("no update on 4 August"), and so may the
  // issue's introduction above the heading the entries stand under ("the office is closed
  // from 14 April"); unasked and unheaded, a date marks an entry the splitter lost.
  const placed = greeted || headed;
  if (stray.length > MAX_NOTE_LINES || stray.some((l) => isActionLabel(l.text) || (!placed && mentionsDate(l.text)))) return false;
  const text = stray.map((l) => l.text).join(' ');
  return text.length <= MAX_NOTE_CHARS && (placed || ADDRESSES_READER.test(text));
}

function detectLayout(regions: SourceLine[][]): Layout {
  const anyLine = (test: (text: string) => boolean): boolean => regions.some((lines) => lines.some((l) => test(l.text)));
  if (anyLine(isProgrammeLabel)) return 'labelled';
  if (anyLine(isActionLabel)) return 'blank-line';
  if (anyLine(isPublishedSentence)) return 'headline';
  return 'blank-line';
}

/**
 * The last line reads as cut off. Pages end with Contact Details, so a page that stops
 * in its entries without closing punctuation was cut; in the lists, a line stops early
 * when it leaves a bracket open or ends on a joining mark.
 */
function looksTruncated(last: SourceLine | undefined, region: Region): boolean {
  if (!last) return false;
  const text = last.text;
  const openBracket = (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
  if (openBracket || /[,;:–-]$/.test(text)) return true;
  if (region === 'contacts') return false;
  if (region === 'tools') return text.split(' ').length > 15 && /\p{L}$/u.test(text);
  return !/[.!?)"”’]$/.test(text) && !/\bhere$/i.test(text);
}

/** A line of prose that stops mid-sentence (on a word or a comma), no title: it has a sentence before it or the text goes on in lower case. */
const STOPS_ON_WORD = /[\p{L},;&]$/u;
const HAS_SENTENCE = /[.!?] \p{Lu}/u;
const OPENS_LOWER = /^\p{Ll}/u;

/** Whether the text before a page break goes on in the text after it: a paragraph the break cut in two. */
function runsOnAcross(before: string, after: string): boolean {
  return (
    STOPS_ON_WORD.test(before) &&
    (HAS_SENTENCE.test(before) || OPENS_LOWER.test(after)) &&
    /^[\p{L}\p{N}]/u.test(after) &&
    !BULLET.test(after) &&
    !isActionLabel(after) &&
    !isProgrammeLabel(after) &&
    !isUpdateLabel(after)
  );
}

function trailingBlanks(region: SourceLine[]): number {
  let n = 0;
  while (n < region.length && region[region.length - 1 - n]!.text === '') n++;
  return n;
}

/** "issue 412 of 2020-06-19", "issue 412", "the issue of 2020-06-19". */
const describeIssue = ({ number, date }: IssueName): string =>
  number === null ? `the issue of ${date}` : `issue ${number}${date === null ? '' : ` of ${date}`}`;

export interface SegmentOptions {
  /** The file's name or path, read for the issue where the text names none (a file of one bulletin only). */
  name?: string;
}

/**
 * Where a bulletin's parts lie in its lines: the header, the heading or label opening each
 * section, and the furniture to skip. (segment works in phases, each its own function:
 * V8 compiled the one function they were for 0.15–0.2 s at each of several deopts.)
 */
interface Frame {
  /** The section each line's heading or label opens, if any. */
  markers: Array<Marker | null>;
  furniture: boolean[];
  /** The bulletin's header lines, before a web page's after-matter. */
  headers: Header[];
  /** The header in the text, else the mail Subject's. */
  header: Header | null;
  /** Whether the header is in the text. */
  inBody: boolean;
  firstMarker: number;
  /** The last line holding a heading or label, -1 if none. */
  lastStructure: number;
  /** Where a web page's after-matter starts, -1 if none. */
  pageEnd: number;
}

/** The bulletin's section headings or labels: the text is one even with no header. */
const looksLikeBulletin = (lines: SourceLine[], firstMarker: number): boolean =>
  firstMarker >= 0 || lines.some((l) => isProgrammeLabel(l.text) || isActionLabel(l.text));

function frame(lines: SourceLine[]): Frame {
  // An entry's sentence opening with an earlier issue ("Update No 409 gave the link …") is
  // no header where the bulletin has one of its own, a line of number and date alone; nor
  // is a page's list of links to other issues, one header per line, with its caption
  // ("Previous Updates", which no longer opens the reminders there).
  const named = findHeaders(lines);
  const standing = named.filter((h) => isHeaderAlone(lines[h.index]!.text));
  const listed = listedHeaders(lines, standing);
  const links = findIssueLinks(lines, listed);
  const alone = standing.filter((h) => !listed.has(h.index));
  const markers = lines.map((l, i) => (links.has(i) ? null : markerOf(l.text)));
  const furniture = findFurniture(lines);
  for (const i of links) furniture[i] = true;
  const mail = findMailHeaders(lines);
  mail.lines.forEach((inBlock, i) => (furniture[i] ||= inBlock));
  const lastStructure = lines.findLastIndex((l, i) => markers[i] !== null || isActionLabel(l.text) || isProgrammeLabel(l.text) || isUpdateLabel(l.text));
  // A list with no bulletin header beside it keeps its headers: one of them must be the page's.
  const found = alone.length > 0 ? alone : standing.length > 0 ? standing : named;
  const firstHeader = found[0]?.index ?? -1;
  // A web page's menu above the header may name sections ("Contact", "Resources"): sections
  // open after the header.
  const firstMarker = markers.findIndex((m, i) => m !== null && i > firstHeader);
  // A web page's after-matter (share buttons, related pages, comments, footer) after the
  // bulletin's last heading or label and its header ends the bulletin: the earlier issues a
  // related-pages list names are no headers of this one, a comment's dates no events.
  const pageEnd = lines.findIndex((l, i) => i > lastStructure && i > firstHeader && isPageEnd(l.text));
  const headers = pageEnd < 0 ? found : found.filter((h) => h.index < pageEnd);
  // The header repeated at a page break is no place for the entries to start.
  const leading = headers.filter((h) => (firstMarker < 0 || h.index < firstMarker) && !furniture[h.index]);
  const inBody = leading.at(-1) ?? headers[0] ?? null;
  // A mail quoted inside an entry (below the header, with a heading or label still to come)
  // is the entry's text: its From/Sent/To/Subject lines stay. A block straight under the
  // header, with nothing but blank lines and furniture between, is the mail's own (a
  // printout titled with its Subject above it).
  if (inBody) {
    let i = inBody.index + 1;
    while (i < lastStructure && !mail.lines[i] && (lines[i]!.text === '' || furniture[i])) i++;
    while (i < lastStructure && (mail.lines[i] || lines[i]!.text === '')) i++;
    for (; i < lastStructure; i++) if (mail.lines[i]) furniture[i] = false;
  }
  // A bulletin mailed with no header in its body is named by the mail's Subject line.
  const header = inBody ?? (mail.subject >= 0 ? subjectHeader(lines, mail.subject, looksLikeBulletin(lines, firstMarker)) : null);

  // A post's byline, tags and pager stand around the bulletin: just below its header, after its last heading or label.
  findPageChrome(lines, furniture, header ? header.index + 1 : 0, lastStructure);
  return { markers, furniture, headers, header, inBody: inBody !== null, firstMarker, lastStructure, pageEnd };
}

/** The warnings on the issue's header, or InputError for text that is no bulletin. */
function headerWarnings(lines: SourceLine[], { header, inBody, headers, firstMarker }: Frame, fromName: IssueName | null): SegmentWarning[] {
  const warnings: SegmentWarning[] = [];
  if (header && !inBody) {
    warnings.push({ code: 'header-from-subject', message: `no header in the text: issue ${header.number} read from the mail's Subject line`, line: lines[header.index]!.line });
  }
  if (!header) {
    if (!looksLikeBulletin(lines, firstMarker)) {
      throw new InputError('no "UPDATE NO" header, section heading or "Action Required:" label: not a SESLIP bulletin');
    }
    if (fromName) {
      warnings.push({ code: 'header-from-filename', message: `no header in the text: ${describeIssue(fromName)} read from the file name`, line: null });
      if (fromName.date === null) warnings.push({ code: 'no-date', message: `the file name gives issue ${fromName.number} but no date`, line: null });
    } else {
      warnings.push({ code: 'no-header', message: 'no "UPDATE NO N <date>" header: issue number and date are null', line: null });
    }
  } else {
    if (header.date === null) {
      warnings.push({ code: 'no-date', message: `header of issue ${header.number} has no readable date`, line: lines[header.index]!.line });
    }
    if (fromName && ((fromName.number ?? header.number) !== header.number || (fromName.date ?? header.date) !== header.date)) {
      warnings.push({
        code: 'filename-mismatch',
        message: `the file name gives ${describeIssue(fromName)}, the header ${describeIssue(header)}: the header's is used`,
        line: lines[header.index]!.line,
      });
    }
    const other = headers.find((h) => h.number !== header.number);
    if (other) {
      warnings.push({
        code: 'conflicting-header',
        message: `headers name issues ${header.number} and ${other.number}; using ${header.number}`,
        line: lines[other.index]!.line,
      });
    }
  }
  return warnings;
}

/** Each section's lines, with furniture, the header and boilerplate blanked or cut; where the bulletin ends; whether a greeting opened it. */
function readRegions(lines: SourceLine[], { markers, furniture, headers, lastStructure, pageEnd }: Frame, start: number): { regions: Record<Region, SourceLine[]>; end: number; greeted: boolean } {
  const headerLines = new Set(headers.flatMap((h) => (h.dateBelow ? [h.index, h.index + 1] : [h.index])));
  const regions: Record<Region, SourceLine[]> = { new: [], reminders: [], tools: [], contacts: [] };
  let region = regions.new;
  // Blank lines on each side of the furniture last cut out: the page break leaves the
  // wider of the two gaps, so a title after it still stands between double blank lines.
  let gapBefore = 0;
  let gapAfter: number | null = null;
  // Where the bulletin ends: the file's end, a web page's after-matter, or a sign-off after
  // the closing lists (an email's "Kind regards" and the signature and disclaimer below it).
  let end = pageEnd < 0 ? lines.length : pageEnd;
  // A sign-off ends the bulletin only with no heading or label after it (lastStructure):
  // among the entries, with no more than a signature and disclaimer below (a letter quoted
  // inside an entry may close with "Kind regards" too); in Tools & Templates, with no
  // dated publication line below (a note between publications may close so too).
  // A salutation opening the new items ("Dear colleagues,") makes the few lines before the
  // first entry a covering note even where they do not speak to the reader (isIntroduction).
  let greeted = false;
  for (let i = start; i < end; i++) {
    if (furniture[i]) {
      if (gapAfter === null) gapBefore = trailingBlanks(region);
      gapAfter = 0;
      continue;
    }
    if (gapAfter !== null) {
      if (lines[i]!.text === '') {
        gapAfter++;
        continue;
      }
      const gap = gapAfter;
      const last = region.length - 1 - gapBefore;
      gapAfter = null;
      // A page break cut into a paragraph: its two halves are one line again.
      if (last >= 0 && markers[i] === null && runsOnAcross(region[last]!.text, lines[i]!.text)) {
        region.length = last + 1;
        region[last] = { text: `${region[last]!.text} ${lines[i]!.text}`, line: region[last]!.line };
        continue;
      }
      for (let k = gapBefore; k < gap; k++) region.push({ text: '', line: lines[i]!.line - gap + k });
    }
    const marker = markers[i];
    if (marker) {
      region = regions[marker];
      // A heading met again (repeated or misplaced in the scrape): a blank line keeps the
      // text before it from running on into the text after it, as one title.
      if (region.length > 0) region.push({ text: '', line: lines[i]!.line });
      continue;
    }
    const line = lines[i]!;
    if (isSignOff(line.text)) {
      if (i > lastStructure && (region === regions.tools ? !datedBelow(lines, i, end) : region === regions.contacts || signatureBelow(lines, i))) {
        end = i;
        break;
      }
      // A note's close between publications: it and the sender's name under it are no titles.
      if (region === regions.tools) {
        region.push({ text: '', line: line.line });
        i = signatureEnd(lines, i);
        continue;
      }
    }
    if (isGreeting(line.text) && region === regions.new && !regions.new.some((l) => l.text !== '')) {
      greeted = true;
      region.push({ text: '', line: line.line });
      continue;
    }
    // Keep blank structure where chrome is dropped: blank lines separate titles.
    const dropped = headerLines.has(i) || (line.text !== '' && isBoilerplate(line.text));
    region.push(dropped ? { text: '', line: line.line } : line);
  }
  return { regions, end, greeted };
}

export function segment(sourceLines: SourceLine[], { name }: SegmentOptions = {}): Segmented {
  const read = readCampaign(dropLinkTargets(unquote(sourceLines)));
  const unwrapped = unwrap(withoutOutlineNumbers(borderedRows(unmark(read.lines))));
  const unlinked = read.campaign ? dropCampaignTargets(unwrapped) : unwrapped;
  // A word processor's notes after the document (comments, footnotes) end the bulletin.
  const notes = notesStart(unlinked);
  const lines = notes < 0 ? unlinked : withoutNotes(unlinked, notes);
  const parts = frame(lines);
  const { header, markers, furniture } = parts;
  // A file named for its issue ("update-412-2020-06-19.txt") names a bulletin whose text lost
  // its header (a page saved from its second screen, a paste cut at the top); a header in
  // the text or the Subject wins.
  const fromName = name === undefined ? null : nameHeader(name);
  const warnings = headerWarnings(lines, parts, fromName);
  const start = header ? header.index + 1 : 0;
  const { regions, end, greeted } = readRegions(lines, parts, start);

  const newAt = markers.findIndex((m, i) => m === 'new' && i >= start && i < end);
  const newHeading = newAt < 0 ? undefined : lines[newAt]!.line;
  const layout = detectLayout([regions.new, regions.reminders]);
  const split = layout === 'labelled' ? splitLabelled : splitByTitles;
  const entries: Segmented['entries'] = [];
  for (const [name, section] of [['new', 'new'], ['reminders', 'reminder']] as const) {
    const { entries: found, stray, headings = [] } = split(regions[name]);
    for (const heading of headings) {
      warnings.push({ code: 'heading-dropped', message: `"${heading.text}" read as a section heading between entries, not as an item with no text`, line: heading.line });
    }
    for (const entry of found) entries.push({ title: entry.title, line: entry.line, lines: entry.lines, body: entry.body, section });
    // The heading that opens the new items ("New this week") stands between the stray text and the first entry.
    const headed = newHeading !== undefined && stray.every((l) => l.line < newHeading) && (found.length === 0 || found[0]!.line > newHeading);
    if (stray.length > 0 && !(name === 'new' && isIntroduction(stray, greeted, headed))) {
      warnings.push({
        code: 'stray-text',
        message: `${stray.length} line(s) before the first entry of the ${name === 'new' ? 'new items' : 'reminders'} belong to no item`,
        line: stray[0]!.line,
      });
    }
  }

  if (entries.length === 0) warnings.push({ code: 'no-items', message: 'no bulletin entries found', line: null });
  const hasSection = (marker: Marker): boolean => markers.some((m, i) => m === marker && i >= start && i < end);
  if (!hasSection('tools')) warnings.push({ code: 'missing-section', message: 'no "Tools & Templates" section', line: null });
  if (!hasSection('contacts')) warnings.push({ code: 'missing-section', message: 'no "Contact Details" section', line: null });

  const lastIndex = lines.findLastIndex((l, i) => i < end && l.text !== '' && !furniture[i]);
  let lastRegion: Region = 'new';
  for (let i = start; i <= lastIndex; i++) lastRegion = markers[i] ?? lastRegion;
  if (lastIndex >= start && !markers[lastIndex] && looksTruncated(lines[lastIndex], lastRegion)) {
    warnings.push({ code: 'truncated', message: 'the text stops mid-sentence: the page looks cut off', line: lines[lastIndex]!.line });
  }

  return {
    header,
    issue: header ?? fromName,
    layout: entries.length === 0 ? 'unknown' : layout,
    entries,
    tools: regions.tools,
    contacts: regions.contacts,
    warnings,
  };
}
