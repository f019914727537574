// Puts the issues in archive order and reports what looks wrong with the archive as a whole:
// gaps in the numbering, two files claiming one number, and dates running backwards.
import type { ParsedIssue } from '../model.js';
import type { Warning } from '../schema.js';

const byText = (a: string | null, b: string | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/**
 * Numbered issues by number, date, source. Issues without a number are slotted in by date
 * before the first numbered issue dated after them (undated ones last), so that the merge
 * still sees the archive in time order.
 */
export function sortIssues(issues: readonly ParsedIssue[]): ParsedIssue[] {
  const numbered = issues
    .filter((i) => i.number !== null)
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0) || byText(a.date, b.date) || byText(a.source, b.source));
  const loose = issues
    .filter((i) => i.number === null)
    .sort((a, b) => byText(a.date, b.date) || byText(a.source, b.source));
  const out: ParsedIssue[] = [];
  let n = 0;
  for (const issue of loose) {
    while (n < numbered.length) {
      const next = numbered[n] as ParsedIssue;
      if (issue.date !== null && next.date !== null && issue.date < next.date) break;
      out.push(next);
      n++;
    }
    out.push(issue);
  }
  return out.concat(numbered.slice(n));
}

function warning(code: string, message: string, source: string): Warning {
  return { code, message, source, line: null };
}

function range(from: number, to: number): string {
  return from === to ? `${from}` : `${from}–${to}`;
}

/** Archive-level warnings for issues already in `sortIssues` order. */
export function archiveWarnings(sorted: readonly ParsedIssue[]): Warning[] {
  const numbered = sorted.filter((i) => i.number !== null);
  const out: Warning[] = [];
  let latestDated: ParsedIssue | null = null;
  numbered.forEach((issue, k) => {
    const prev = numbered[k - 1];
    const number = issue.number as number;
    if (prev) {
      const prevNumber = prev.number as number;
      if (number === prevNumber) {
        out.push(warning('duplicate-issue', prev.source === issue.source ? `issue ${number} is twice in ${issue.source}` : `issue ${number} is in both ${prev.source} and ${issue.source}`, issue.source));
      } else if (number > prevNumber + 1) {
        const missing = range(prevNumber + 1, number - 1);
        out.push(warning('missing-issue', `issue ${missing} missing between ${prevNumber} and ${number}`, issue.source));
      }
    }
    if (issue.date === null) return;
    if (latestDated?.date && latestDated.number !== number && issue.date < latestDated.date) {
      out.push(
        warning(
          'date-order',
          `issue ${number} is dated ${issue.date}, before issue ${latestDated.number} (${latestDated.date})`,
          issue.source,
        ),
      );
    }
    if (!latestDated?.date || issue.date > latestDated.date) latestDated = issue;
  });
  return out;
}
