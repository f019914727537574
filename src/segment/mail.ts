// Bulletins kept as saved emails: a forward quotes the bulletin with "> " on every line,
// the mail client adds image placeholders and an external-sender banner, and the sender's
// sign-off ("Kind regards", a signature block, a disclaimer) follows the last section.
import type { SourceLine } from '../model.js';
import { normaliseLine } from '../normalise.js';

const QUOTE_PREFIX = /^(?:>\s?)+/;
/** Fewer quoted lines than this are a stray ">" in the text, not a quoted message. */
const MIN_QUOTED = 3;

const GT = 62;
const isQuoted = (text: string): boolean => text.charCodeAt(0) === GT;

/**
 * The lines with the quote markers of each quoted block taken off: a block is a run of
 * quoted and blank lines holding at least MIN_QUOTED quoted ones. Nested quotes ("> >")
 * lose every level. Lines keep their numbers.
 */
export function unquote(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => isQuoted(l.text))) return lines;
  const out = lines.slice();
  let i = 0;
  while (i < lines.length) {
    if (!isQuoted(lines[i]!.text)) {
      i++;
      continue;
    }
    let end = i;
    let quoted = 0;
    while (end < lines.length && (isQuoted(lines[end]!.text) || lines[end]!.text === '')) {
      if (isQuoted(lines[end]!.text)) quoted++;
      end++;
    }
    if (quoted >= MIN_QUOTED) {
      for (let k = i; k < end; k++) out[k] = { text: normaliseLine(lines[k]!.text.replace(QUOTE_PREFIX, '')), line: lines[k]!.line };
    }
    i = end;
  }
  return out;
}

/** Whole-line patterns for what the mail client put in: "[cid:image001.png@…]", "[image: logo]", "[https://…/logo.png]", the external-sender banner. */
export const MAIL_FURNITURE =
  '\\[(?:cid:[^\\]]*|image:[^\\]]*|https?://[^\\]\\s]+\\.(?:png|jpe?g|gif|bmp|svg)(?:\\?[^\\]\\s]*)?)\\]$' +
  '|(?:\\[?external\\]?\\s*)?(?:caution|warning|external(?: email)?)\\s*[:–-]\\s*this (?:e-?mail|message) (?:originated|came|was sent|is) from outside';

const SIGN_OFF = /^(?:(?:kind|kindest|best|warm|warmest|many) regards|regards|best wishes|with best wishes|many thanks|thanks|thank you|yours sincerely|yours faithfully)[,.!]?$/i;

/** A valediction alone on its line: what follows is the sender's signature, not the bulletin. */
export const isSignOff = (text: string): boolean => text.length <= 24 && SIGN_OFF.test(text);
