// One entry's text: title, the update part and the "Action Required:" part.
import type { SourceLine } from '../model.js';
import type { RawEntry } from '../segment/entries.js';
import { type LabelKind, isActionLabel, isUpdateLabel, labelText } from '../segment/labels.js';
import { blocksToText, toBlocks } from './body.js';
import { findReferrals } from './referrals.js';

export interface ItemText {
  title: string;
  update: string | null;
  action: string | null;
  refersTo: string[];
}

// White space other than single spaces: titles are normalised lines, which rarely hold any.
const ODD_SPACE = /[^\S ]| \s/;

// Emoji and symbols the editor puts before a title ("📅 Save the date", "★ New"): decoration,
// not words of the title. Only when words follow, so a title never becomes empty.
const DECORATION = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+(?=[\p{L}\p{N}])/u;

// A "new" tag before a title ("NEW: Kinship workshop", "New – Survey", "[NEW] Forum", "NEW!
// Fostering hub"): a flag on the entry, not words of its title. "New" without a stop or a
// bracket is the title's own word ("New kinship guidance"); "NEW" in capitals only before
// a word in lower case after its capital, so an all-capitals title keeps it.
const NEW_TAG = /^(?:[[(](?:NEW|New|new)[\])]\s*(?:[:!–—-]\s*)?|(?:NEW|New|new)(?:!\s*(?:[:–—-]\s*)?|\s*[:–—-]\s+)|NEW\s+(?=\p{Lu}\p{Ll}))(?=[\p{L}\p{N}])/u;

function cleanTitle(title: string): string {
  const spaced = (ODD_SPACE.test(title) ? title.replace(/\s+/g, ' ') : title).trim();
  // Plain titles start below U+2000, where no emoji or symbol lies: skip the pattern.
  const bare = spaced.charCodeAt(0) >= 0x2000 ? spaced.replace(DECORATION, '') : spaced;
  return /^[[(]?new/i.test(bare) ? bare.replace(NEW_TAG, '') : bare;
}

/** Part of a line as a line of its own, if it holds a word or figure: "Action Required: –" leaves none. */
function asLine(text: string, line: number): SourceLine[] {
  const rest = text.trim();
  return /[\p{L}\p{N}]/u.test(rest) ? [{ text: rest, line }] : [];
}

/** A label line gives way to the text that follows it on the same line, if any. */
const afterLabel = (line: SourceLine, kind: LabelKind): SourceLine[] => asLine(labelText(kind, line.text) ?? '', line.line);

/** "No action required." alone on its line, where the label would stand: the entry's action, as written. */
const NO_ACTION = /^no\s+(?:further\s+)?action\s+(?:is\s+)?(?:required|needed)\.?$/i;

/** The label after a dash inside a line: "Please complete every tab – ACTION REQUIRED: return it by …". */
const INLINE_ACTION = /\s[–—-]\s+action\s+required\s*:\s*/i;

export function extractItemText(entry: RawEntry): ItemText {
  const update: SourceLine[] = [];
  let action: SourceLine[] | null = null;
  for (const line of entry.body) {
    const inline = action || isActionLabel(line.text) ? null : INLINE_ACTION.exec(line.text);
    if (inline) {
      // The words before the label stay the update's; what follows it opens the action.
      update.push(...asLine(line.text.slice(0, inline.index), line.line));
      action = asLine(line.text.slice(inline.index + inline[0].length), line.line);
    } else if (isActionLabel(line.text)) {
      action ??= [];
      action.push(...afterLabel(line, 'action'));
    } else if (action) {
      action.push(line);
    } else if (NO_ACTION.test(line.text)) {
      action = [line];
    } else if (isUpdateLabel(line.text)) {
      update.push(...afterLabel(line, 'update'));
    } else {
      update.push(line);
    }
  }
  return {
    title: cleanTitle(entry.title),
    update: blocksToText(toBlocks(update)),
    action: action ? blocksToText(toBlocks(action)) : null,
    refersTo: findReferrals(entry.body.map((l) => l.text)),
  };
}
