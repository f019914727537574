// One entry's text: title, the update part and the "Action Required:" part.
import type { SourceLine } from '../model.js';
import type { RawEntry } from '../segment/entries.js';
import { ACTION_LABEL, UPDATE_LABEL, isActionLabel, isUpdateLabel } from '../segment/labels.js';
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

/** A label line gives way to the text that follows it on the same line, if any: "Action Required: –" has none. */
function afterLabel(line: SourceLine, label: RegExp): SourceLine[] {
  const rest = label.exec(line.text)?.[1]?.trim() ?? '';
  return /[\p{L}\p{N}]/u.test(rest) ? [{ text: rest, line: line.line }] : [];
}

export function extractItemText(entry: RawEntry): ItemText {
  const update: SourceLine[] = [];
  let action: SourceLine[] | null = null;
  for (const line of entry.body) {
    if (isActionLabel(line.text)) {
      action ??= [];
      action.push(...afterLabel(line, ACTION_LABEL));
    } else if (action) {
      action.push(line);
    } else if (isUpdateLabel(line.text)) {
      update.push(...afterLabel(line, UPDATE_LABEL));
    } else {
      update.push(line);
    }
  }
  return {
    title: (ODD_SPACE.test(entry.title) ? entry.title.replace(/\s+/g, ' ') : entry.title).trim(),
    update: blocksToText(toBlocks(update)),
    action: action ? blocksToText(toBlocks(action)) : null,
    refersTo: findReferrals(entry.body.map((l) => l.text)),
  };
}
