// Bulletins copied from a web page as a whole ("select all, copy", or a page kept by the
// Internet Archive's Wayback Machine): the page around the bulletin comes with it. Around
// the text stand a post's byline and tags, "Print" and "Download as PDF" links, a breadcrumb
// and a pager; after it the page's after-matter: share buttons, related pages (which may
// name earlier issues), comments with their dates, the site's footer.
import { MONTH_PATTERN } from '../dates/calendar.js';
import type { SourceLine } from '../model.js';

/** Share buttons: "Share this page", "Share on LinkedIn", "Share:". */
const SHARE = 'share(?: this(?: \\w+)?| on \\w+)?:?';
/** A pager: "Previous update | Next update", "« Previous post", "Next update ›". */
const PAGER =
  '[«‹←<]?\\s*(?:previous|prev|older|newer)\\b.{0,40}\\|\\s*(?:next|newer|older)\\b.{0,40}' +
  '|[«‹←<]\\s*(?:previous|prev|older)(?: \\w+){0,2}|(?:next|newer)(?: \\w+){0,2}\\s*[»›→>]';

/** Whole-line patterns for the page's own links and labels, cut wherever they stand (furniture.ts): no bulletin line reads so. */
export const WEB_FURNITURE =
  'print(?: this (?:page|post|article|update))?$' +
  // "Download as PDF (245KB)", "Download this update as a PDF".
  '|download(?: this (?:page|post|update))?(?: as)?(?: an?)? pdf(?:\\s*\\(\\s*[\\d.,]+\\s*[kmg]?b\\s*\\))?$' +
  `|${SHARE}$`;

// The post's byline, tags, breadcrumb and pager: page chrome only around the bulletin,
// straight after its header and after its last heading or label (findPageChrome). Among
// the entries a line of the same shape is the bulletin's own: "Next steps →", "Tags: …".
const PAGE_CHROME = new RegExp(
  // "Posted on 14 May 2021 by Admin", "Posted by Admin on 3 June 2020": a byline dates the post, not an event.
  '^(?:posted (?:on|by)\\b[^.!?]{0,80}\\d[^.!?]{0,40}$' +
    // A date-first byline: "December 16, 2022 by seslipadmin", "16 December 2022 by Admin".
    `|(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH_PATTERN}|${MONTH_PATTERN} \\d{1,2}(?:st|nd|rd|th)?),? (?:19|20)\\d\\d by [\\w.' -]{1,40}$` +
    // Not "Categories:", which an awards entry lists its categories under.
    '|(?:tags|tagged(?: with)?|filed under)\\s*:.{0,150}$' +
    // A breadcrumb: "Home > News > Weekly updates", "Home › Updates", "Home / News"; not
    // "Home/School Transport Review", whose slash joins two words.
    '|home(?:\\s*[>›»]|\\s+/)\\s*\\S.{0,150}$' +
    `|${PAGER}$)`,
  'i',
);

/** A line of the post's chrome (byline, tags, breadcrumb, pager), which stands only around the bulletin. */
export const isPageChrome = (text: string): boolean => text !== '' && text.length <= 200 && PAGE_CHROME.test(text);

/**
 * Marks as furniture the page chrome in the run of chrome, furniture and blank lines that
 * opens the bulletin at line `start` (just below its header), and after line `last`, the
 * bulletin's last heading or label.
 */
export function findPageChrome(lines: SourceLine[], furniture: boolean[], start: number, last: number): void {
  for (let i = start; i < lines.length && i <= last; i++) {
    const chrome = isPageChrome(lines[i]!.text);
    if (!chrome && !furniture[i] && lines[i]!.text !== '') break;
    furniture[i] ||= chrome;
  }
  for (let i = Math.max(last + 1, start); i < lines.length; i++) if (isPageChrome(lines[i]!.text)) furniture[i] = true;
}

// A share bar's buttons, copied as loose lines under its "Share this:" heading: "Tweet",
// "Facebook", "Email", WordPress's "Like this:" / "Like Loading...". Alone on a line such a
// word may be the bulletin's own ("Email" over an address): only under the heading.
const SHARE_HEADING = new RegExp(`^${SHARE}$`, 'i');
const SHARE_BUTTON =
  /^(?:tweet|twitter|x|facebook|linkedin|e-?mail|print|whatsapp|pinterest|reddit|pocket|telegram|tumblr|bluesky|threads|mastodon|more|copy link|like this:?|(?:like )?loading\.*|click to (?:share on \w+|email a link to a friend|print)(?: \(opens in new window\))?)$/i;

/** The loose button lines under each share bar's heading (blank lines between them allowed). */
export function findShareButtons(lines: SourceLine[], furniture: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!furniture[i] || !SHARE_HEADING.test(lines[i]!.text)) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const text = lines[j]!.text;
      if (text === '') continue;
      if (text.length > 60 || !SHARE_BUTTON.test(text)) break;
      furniture[j] = true;
      i = j;
    }
  }
}

// The page's after-matter, from its first line on: share buttons, a related-pages list,
// a comments section, a pager, a link back to the listing, the copyright line. No bulletin line reads so alone on its line.
const PAGE_END = new RegExp(
  `^(?:${SHARE}|${PAGER}` +
    '|related (?:pages|posts|articles|links|content|updates|news|stories)|recent posts|you (?:may|might) also like' +
    '|(?:\\d{1,4}|no|one) (?:comments?|responses?|replies)' +
    '|leave a (?:reply|comment)|comments are closed' +
    // A link back to the listing: "Back to Weekly Updates", "Return to all news".
    '|(?:back|return) to (?:all |the )?(?:[\\w-]+ ){0,2}(?:updates|news|posts|articles|bulletins|newsletters|blog)' +
    '|(?:copyright\\s*)?(?:©|\\(c\\))\\s*(?:copyright\\s*)?(?:19|20)\\d\\d\\b.{0,150})$',
  'i',
);

export const isPageEnd = (text: string): boolean => text.length <= 200 && PAGE_END.test(text);

// The Wayback Machine's toolbar, copied with the page: it opens with the archived address
// ("The Wayback Machine - https://web.archive.org/web/2019…/https://…") and runs through
// capture counts, a calendar and "About this capture" down to its "TIMESTAMPS" tab.
const WAYBACK_START = /^the wayback machine\s*[-–—]\s*https?:\/\/web\.archive\.org\//i;
const WAYBACK_END = /^timestamps$/i;
/** The toolbar's last tab may be followed by its "loading" placeholder. */
const WAYBACK_TAIL = /^loading\.*$/i;
/** The most lines the toolbar runs to, "About this capture" with a collection's description included. */
const MAX_TOOLBAR_LINES = 40;

/** The Wayback Machine's toolbar: its address line, and down to its "TIMESTAMPS" tab when that follows. */
export function findWaybackToolbar(lines: SourceLine[]): boolean[] {
  const toolbar = lines.map(() => false);
  lines.forEach((l, i) => {
    if (!WAYBACK_START.test(l.text)) return;
    toolbar[i] = true;
    const last = lines.findIndex((m, j) => j > i && j <= i + MAX_TOOLBAR_LINES && WAYBACK_END.test(m.text));
    if (last < 0) return;
    const end = WAYBACK_TAIL.test(lines[last + 1]?.text ?? '') ? last + 1 : last;
    for (let j = i; j <= end; j++) toolbar[j] = true;
  });
  return toolbar;
}

/** A caption over a list of issues, or the link under it: "Previous Updates", "Recent issues:", "View all updates". */
const ISSUE_LIST_WORD = /\b(?:updates?|issues?|bulletins?|newsletters?|editions?|archive)\b/i;
const MAX_ISSUE_LIST_CAPTION = 40;
const MAX_ISSUE_LIST_CAPTION_WORDS = 5;
const isIssueListCaption = (text: string): boolean =>
  text.length <= MAX_ISSUE_LIST_CAPTION && text.split(' ').length <= MAX_ISSUE_LIST_CAPTION_WORDS && !/[\d.!?]/.test(text) && ISSUE_LIST_WORD.test(text);

/**
 * The lines of a page's lists of links to other issues: their header lines (`listed`,
 * header.ts), with the caption above a list and the link below it where they name issues
 * ("Previous Updates" over the list, "View all updates" under it). Only beside such a list
 * is "Previous Updates" no section heading of the bulletin.
 */
export function findIssueLinks(lines: SourceLine[], listed: Set<number>): Set<number> {
  const links = new Set(listed);
  for (const i of listed) {
    for (const step of [-1, 1]) {
      let j = i + step;
      while (lines[j]?.text === '') j += step;
      if (lines[j] && isIssueListCaption(lines[j]!.text)) links.add(j);
    }
  }
  return links;
}
