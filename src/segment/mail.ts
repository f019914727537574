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

// Outlook's plain text writes a link as its text with the target straight after it:
// "Book on Eventbrite<https://…>", "Daniel Osei<mailto:…>". A target set apart by a space
// is a bare link, whose URL is what the reader saw, and stays.
const LINK_TARGET = /(?<=\S)<(?:https?:\/\/|mailto:|www\.)[^<>\s]*>/gi;

/** The lines with the link targets a mail client glued to their link text taken out. */
export function dropLinkTargets(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.text.includes('<'))) return lines;
  return lines.map((l) => {
    const text = l.text.includes('<') ? l.text.replace(LINK_TARGET, '') : l.text;
    return text === l.text ? l : { text: normaliseLine(text), line: l.line };
  });
}

/** Whole-line patterns for what the mail client put in: "[cid:image001.png@…]", "[image: logo]", "[https://…/logo.png]", the external-sender banner. */
export const MAIL_FURNITURE =
  '\\[(?:cid:[^\\]]*|image:[^\\]]*|https?://[^\\]\\s]+\\.(?:png|jpe?g|gif|bmp|svg)(?:\\?[^\\]\\s]*)?)\\]$' +
  '|-{2,}\\s*(?:original message|forwarded message)\\s*-{2,}$' +
  '|(?:\\[?external\\]?\\s*)?(?:caution|warning|external(?: email)?)\\s*[:–-]\\s*this (?:e-?mail|message) (?:originated|came|was sent|is) from outside';

const SIGN_OFF = /^(?:(?:kind|kindest|best|warm|warmest|many) regards|regards|(?:with )?(?:best|kind|warm) wishes|(?:with )?(?:many )?thanks|thank you|all the best|yours sincerely|yours faithfully)(?:[,.!]|, [\p{L}'-]+(?: [\p{L}'-]+)?[.!]?)?$/iu;

/** A valediction alone on its line, or with the sender's name after a comma ("Best wishes, Sam"): what follows is the signature, not the bulletin. */
export const isSignOff = (text: string): boolean => text.length <= 40 && SIGN_OFF.test(text);

// "Dear colleagues", "Hi all,", "Good afternoon everyone", and with a comma any short address: "Dear DCS colleagues,".
const GREETING = /^(?:(?:dear|hi|hello|good (?:morning|afternoon|evening))(?: (?:all|everyone|colleagues|all colleagues|team|both|friends))?[,.!:]?|(?:dear|hi|hello) (?:[\w'&-]+ ){0,3}[\w'&-]+,)$/i;

/** A salutation alone on its line ("Dear colleagues,", "Hi all,"): the sender's covering note opens here. */
export const isGreeting = (text: string): boolean => text.length <= 30 && GREETING.test(text);

const HEADER_FIELD = /^(from|sent|date|to|cc|bcc|subject|importance|reply-to|attachments|received|return-path|message-id|in-reply-to|references|thread-topic|mime-version|content-type|content-transfer-encoding|x-[a-z-]+)\s*:/i;
const MIME_FIELD = /^(?:mime-version|content-type|content-transfer-encoding)$/;
const MIME_TYPE = /^content-type\s*:\s*[a-z]+\/[a-z0-9.+-]+/i;
/** A line that continues an address field, as a mail client folds a long To: or Cc: list. */
const ADDRESS_FIELD = /^(?:to|cc|bcc)$/;
/** "From: 10.00" / "From: Monday 8 June" opens a time or date range in an event's lines, not a sender. */
const FROM_WHEN = /^from\s*:\s*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i;

/** A line a mail client's header block may hold ("From: …", "Cc:"): a wrapper never joins it to the line before. */
export const isMailHeaderField = (text: string): boolean => HEADER_FIELD.test(text);

export interface MailHeaders {
  /** Which lines belong to a mail header block. */
  lines: boolean[];
  /** Index of the Subject line of the last block, or -1. */
  subject: number;
}

/**
 * The header blocks a mail client writes above a message ("From:", "Sent:", "To:",
 * "Cc:", "Subject:" on consecutive lines, a long address list folded onto the next). A
 * block must hold "From:" and one of "Subject:", "Sent:" or "Date:", be a part's MIME
 * headers ("Content-Type:" …) alone, or a lone "Subject:" line opening the text, so an
 * event's "Date:" / "Venue:" lines are never one.
 */
export function findMailHeaders(lines: SourceLine[]): MailHeaders {
  const inBlock = lines.map(() => false);
  let subject = -1;
  let i = 0;
  while (i < lines.length) {
    // Nearly every line is no header field: pass it by without a block's bookkeeping.
    if (!HEADER_FIELD.test(lines[i]!.text)) {
      i++;
      continue;
    }
    let end = i;
    const fields = new Set<string>();
    let subjectAt = -1;
    let last = '';
    for (; end < lines.length; end++) {
      const text = lines[end]!.text;
      const field = HEADER_FIELD.exec(text)?.[1]?.toLowerCase();
      if (!field) {
        if (ADDRESS_FIELD.test(last) && text.includes('@')) continue;
        break;
      }
      if (!(field === 'from' && FROM_WHEN.test(text))) fields.add(field);
      last = field;
      if (field === 'subject') subjectAt = end;
    }
    const mime = [...fields].every((f) => MIME_FIELD.test(f)) && lines.slice(i, end).some((l) => MIME_TYPE.test(l.text));
    // A Subject line alone opening the text is the mail's, copied with its body.
    const leadingSubject = fields.size === 1 && subjectAt >= 0 && lines.slice(0, i).every((l) => l.text === '');
    if (mime || leadingSubject || (fields.has('from') && (fields.has('subject') || fields.has('sent') || fields.has('date')))) {
      for (let k = i; k < end; k++) inBlock[k] = true;
      if (subjectAt >= 0) subject = subjectAt;
    }
    i = end;
  }
  return { lines: inBlock, subject };
}

const SUBJECT_PREFIX = /^subject\s*:\s*(?:(?:re|fwd?|aw)\s*:\s*)*/i;

/** A Subject line's text after "Subject:" and any "RE:" / "FW:" prefixes. */
export const subjectText = (text: string): string => text.replace(SUBJECT_PREFIX, '');
