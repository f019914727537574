// Bulletins kept as a mail-campaign service's plain-text version (Mailchimp's "view plain
// text", the text/plain part of a campaign mail). The service writes headings as
// "** Title", rules of dashes or equals signs between blocks, links as
// "link text (https://…)", and adds "View this email in your browser (…)" above the
// bulletin and its footer (copyright, mailing address, "unsubscribe from this list")
// below it; a preview copy leaves its merge tags ("*|FNAME|*", "*|UNSUB|*") unexpanded.
// Read back, each line holds what the mail showed:
//  - a "** " heading is set apart by two blank lines, as titles are in plain scrapes; one
//    wrapped onto a second line over the rule under it is one line;
//  - rules are blank lines; merge tags go, and so do the browser line and the footer;
//  - link targets go and their link text stays, but only after unwrap (dropLinkTargets):
//    a text hard-wrapped with its targets in was wrapped at a width they count towards.
// Only a text showing two kinds of such markup, one of them the service's own (a "** "
// heading, a merge tag, the browser line or the footer), is read so.
import type { SourceLine } from '../model.js';
import { normaliseLine } from '../normalise.js';
import { headingWriter } from './markup.js';

const HEADING = /^\*\* +(?=\S)/;
const RULE = /^(?:-{20,}|={20,})$/;
const MERGE_TAG = /\s*\*\|[A-Za-z][^|]{0,80}?\|\*/g;
const HAS_MERGE_TAG = /\*\|[A-Za-z][^|]{0,80}?\|\*/;
/** "(https://…)", "(mailto:…)", "(*|UNSUB|*)" after a link's text. */
const TARGET = String.raw`\((?:https?:\/\/|mailto:|\*\|)[^()\s]*\)`;
const LINK_TARGET = new RegExp(String.raw`\s*${TARGET}`, 'gi');
const HAS_LINK_TARGET = new RegExp(String.raw`\S\s${TARGET}`, 'i');
/** A target a wrapper put at the start of a line of its own, too long to share the line of its text. */
const LEADING_TARGET = new RegExp(String.raw`^${TARGET}\s*`, 'i');
/** A line of one link named in a few words: a social bar's ("** Twitter (https://…)", "| ** Website (…)"). */
const LINKS_ONLY = /^(?:\|\s*)?(?:\*\*\s+)?\p{L}[\p{L} &'’-]{0,40}\s\((?:https?:\/\/|\*\|)[^()\s]*\)$/iu;
const BROWSER = /^(?:having trouble viewing this e-?mail\??\s*)?view (?:this e-?mail |this newsletter |it )?(?:in|on) (?:your|a) (?:web )?browser\.?$/i;
// The service's footer: each opens it, whichever comes first, and no bulletin line reads so alone.
const FOOTER = new RegExp(
  '^(?:' +
    [
      String.raw`(?:copyright\s*)?(?:©|\(c\)).{0,150}`,
      'our mailing address is:?',
      String.raw`want to change how you receive these e-?mails\??`,
      'you (?:are receiving|received) this e-?mail because.*',
      String.raw`(?:you can )?(?:\*\*\s*)?update your preferences.*`,
      String.raw`(?:or )?(?:\*\*\s*)?unsubscribe from this list.*`,
      'add us to your address book.*',
      'forward this e-?mail to a friend.*',
      String.raw`why did i get this\?.*`,
      'e-?mail marketing powered by .{1,40}',
    ].join('|') +
    ')$',
  'i',
);

const withoutTags = (text: string): string => (text.includes('*|') ? normaliseLine(text.replace(MERGE_TAG, '')) : text);
const withoutTargets = (text: string): string => (text.includes('(') ? normaliseLine(text.replace(LINK_TARGET, '')) : text);
const isBrowserLine = (text: string): boolean => text.length <= 200 && BROWSER.test(withoutTargets(text));

/** The kinds of markup only such a service writes; rules and link targets a plain scrape may show by chance. */
const OWN_KINDS = ['heading', 'tag', 'browser', 'footer'];

/** The text is a campaign's plain-text version: two kinds of its markup, one of them the service's own. */
export function isCampaign(lines: SourceLine[]): boolean {
  const kinds = new Set<string>();
  const found = (): boolean => kinds.size >= 2 && OWN_KINDS.some((k) => kinds.has(k));
  for (let i = 0; i < lines.length && !found(); i++) {
    const text = lines[i]!.text;
    if (text === '') continue;
    if (HEADING.test(text)) kinds.add('heading');
    else if (RULE.test(text)) kinds.add('rule');
    if (text.includes('*|') && HAS_MERGE_TAG.test(text)) kinds.add('tag');
    if (isBrowserLine(text)) kinds.add('browser');
    // A copyright line closes many a web page: only the service's other footer lines are its own.
    if (text.length <= 200 && FOOTER.test(text) && !/^(?:copyright|©|\(c\))/i.test(text)) kinds.add('footer');
    if (text.includes('(') && (HAS_LINK_TARGET.test(text) || LEADING_TARGET.test(text))) kinds.add('link');
  }
  return found();
}

/**
 * Where the footer starts: its first line after the last heading of the bulletin (a
 * social bar's link headings are no part of it), with the social bar, rules and blank
 * lines above it; the text's length where there is none.
 */
function footerStart(lines: SourceLine[]): number {
  const lastHeading = lines.findLastIndex((l) => HEADING.test(l.text) && !LINKS_ONLY.test(l.text));
  let at = lines.findIndex((l, i) => i > lastHeading && l.text.length <= 200 && FOOTER.test(l.text));
  if (at < 0) return lines.length;
  while (at > 0 && [/^$/, RULE, LINKS_ONLY].some((p) => p.test(lines[at - 1]!.text))) at--;
  return at;
}

/** The most lines a wrapper breaks a heading into. */
const MAX_HEADING_LINES = 3;

/**
 * A campaign's plain text read as the mail showed it (headings set apart, rules, merge
 * tags, the browser line and the footer gone; link targets are dropCampaignTargets' to take,
 * after unwrap); other text as it is. Lines keep their numbers.
 */
export function readCampaign(lines: SourceLine[]): { lines: SourceLine[]; campaign: boolean } {
  if (!isCampaign(lines)) return { lines, campaign: false };
  const end = footerStart(lines);
  const { out, push } = headingWriter();
  for (let i = 0; i < end; i++) {
    const { text, line } = lines[i]!;
    if (RULE.test(text) || isBrowserLine(text)) {
      push({ text: '', line }, false);
      continue;
    }
    if (HEADING.test(text)) {
      push({ text: withoutTags(text.replace(HEADING, '')), line }, true);
      // A heading over a rule may run on over a line or two a wrapper broke it into: they
      // stay under it, for unwrap to join back as it joins any wrapped line.
      let k = i + 1;
      while (k < end && k - i < MAX_HEADING_LINES && lines[k]!.text !== '' && !RULE.test(lines[k]!.text) && !HEADING.test(lines[k]!.text)) k++;
      if (k < end && RULE.test(lines[k]!.text)) {
        for (let j = i + 1; j < k; j++) out.push(lines[j]!);
        i = k - 1;
      }
      continue;
    }
    const shown = withoutTags(text);
    // A line of merge tags alone ("*|MC_PREVIEW_TEXT|*") showed nothing.
    push(shown === text ? lines[i]! : { text: /^[\p{P}\s]*$/u.test(shown) ? '' : shown, line }, false);
  }
  return { lines: out, campaign: true };
}

/** A line going on from the one before: in lower case, or with a dash or a stop. */
const GOES_ON = /^(?:\p{Ll}|[–—-]\s|[.,;:)])/u;

/** Two pieces of one line: a space between, none before a stop. */
const joinOn = (text: string, rest: string): string => (rest === '' ? text : /^[.,;:)]/.test(rest) ? text + rest : `${text} ${rest}`);

/**
 * The lines without a campaign's link targets ("Book here (https://…)" reads "Book here").
 * A target alone at a line's start was put there by a wrapper, for want of room beside its
 * link text: what follows it on its line, and the next line where that goes on in lower
 * case or with a dash, join the line before.
 */
export function dropCampaignTargets(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { text, line } = lines[i]!;
    const previous = out.at(-1);
    if (previous && previous.text !== '' && LEADING_TARGET.test(text)) {
      let joined = joinOn(previous.text, text.replace(LEADING_TARGET, ''));
      const next = lines[i + 1]?.text ?? '';
      if (next !== '' && GOES_ON.test(next)) {
        joined = joinOn(joined, next);
        i++;
      }
      out[out.length - 1] = { text: withoutTargets(joined), line: previous.line };
      continue;
    }
    const shown = withoutTargets(text);
    out.push(shown === text ? lines[i]! : { text: shown, line });
  }
  return out;
}
