// The labels that structure an entry, and the section markers that structure an issue.
// Markers are matched after folding and with a small edit distance, because scrapes and
// editors misspell them ("Remiders from previous week", "Tools and Templates").
import { fold } from '../ids.js';

export const PROGRAMME_LABEL = /^programme\s*:\s*(.*)$/i;
export const UPDATE_LABEL = /^update\s*:\s*(.*)$/i;
export const ACTION_LABEL = /^action\s+req[a-z]*\s*[:–—-]?\s*(.*)$/i;

export type Marker = 'reminders' | 'tools' | 'contacts';

const MARKERS: Array<[Marker, string[]]> = [
  ['reminders', ['reminders from previous weeks', 'reminders from previous week', 'reminders from last week', 'reminders']],
  ['tools', ['tools templates', 'tools and templates', 'tools templates and resources']],
  ['contacts', ['contact details', 'contacts', 'useful contacts']],
];

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

// Every spelling starts with one of these letters; a typo in the first letter is rare
// enough that checking it first spares folding nearly every other line.
const MARKER_START = /^[^\p{L}\p{N}]*[rtcu]/iu;

/** Which section a line opens, if it is a marker line. */
export function markerOf(text: string): Marker | null {
  if (text.length > 48 || !MARKER_START.test(text)) return null;
  const folded = fold(text.replace(/^#+\s*/, ''));
  if (folded.length < 7) return null;
  for (const [marker, spellings] of MARKERS) {
    for (const spelling of spellings) {
      const limit = spelling.length >= 12 ? 2 : spelling.length >= 8 ? 1 : 0;
      if (editDistance(folded, spelling, limit) <= limit) return marker;
    }
  }
  return null;
}
