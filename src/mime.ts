// Stage 2, for a mail saved raw with its MIME structure: a body in base64 or
// quoted-printable as its headers declare, in the charset they name, and a
// multipart/alternative mail's text/plain and text/html copies of one bulletin. The text
// is read as the mail client showed it: the plain copy alone (its HTML twin would repeat
// every entry), or the HTML copy's visible text when there is no plain one. Only what the
// headers say is decoded: text that merely looks like base64 stays as it is. Line numbers
// then count lines of the decoded text.
import { htmlToText } from './html.js';
import { decodeCharset, decodeQuotedPrintable } from './quoted.js';
import { isMboxSeparator } from './split.js';

const LINE_BREAK = /\r\n|\r|\n/;
/** A header the decoding depends on: the quick check that spares every other file. */
const ENCODED = /^content-(?:transfer-encoding\s*:\s*(?:base64|quoted-printable)|type\s*:\s*(?:multipart\/|text\/html))/im;
/** A Subject written in RFC 2047 encoded words ("=?utf-8?B?…?=", "=?iso-8859-1?Q?…?="): the name may be in it. */
const ENCODED_SUBJECT = /^subject\s*:.*=\?[^?\s]+\?[bq]\?/im;
const ENCODED_WORD = /=\?([^?\s]+)\?([bq])\?([^?\s]*)\?=/gi;
/** The white space between two encoded words, which a reader never sees. */
const BETWEEN_WORDS = /(?<=\?=)\s+(?==\?[^?\s]+\?[bq]\?)/gi;
const CONTENT_FIELD = /^content-(?:type|transfer-encoding)\s*:/i;
const FIELD = /^([A-Za-z][\w-]*)\s*:\s?(.*)$/;
/** A folded header's continuation: white space then text. */
const CONTINUATION = /^[ \t]+\S/;
const PARAM = /;\s*([\w-]+)\s*=\s*(?:"([^"]*)"|([^;\s]+))/g;
const BASE64_BODY = /^[A-Za-z0-9+/]*={0,2}$/;

export interface MimeCounts {
  /** Parts decoded from base64. */
  base64: number;
  /** Soft breaks and escape runs undone in quoted-printable parts. */
  quotedPrintable: number;
}

interface Entity {
  media: string;
  params: Map<string, string>;
  encoding: string;
  attachment: boolean;
  body: string[];
}

/** A header block's fields, folded lines joined: name (lower case) to value. */
function fields(block: string[]): Map<string, string> {
  const out = new Map<string, string>();
  let name = '';
  for (const line of block) {
    const field = FIELD.exec(line);
    if (field) {
      name = field[1]!.toLowerCase();
      out.set(name, field[2]!.trim());
    } else if (name && CONTINUATION.test(line)) out.set(name, `${out.get(name)!} ${line.trim()}`);
  }
  return out;
}

function entity(block: string[], body: string[]): Entity {
  const headers = fields(block);
  const type = headers.get('content-type') ?? 'text/plain';
  const params = new Map<string, string>();
  for (const m of type.matchAll(PARAM)) params.set(m[1]!.toLowerCase(), m[2] ?? m[3]!);
  return {
    media: type.split(';')[0]!.trim().toLowerCase(),
    params,
    encoding: (headers.get('content-transfer-encoding') ?? '').toLowerCase(),
    attachment: /^attachment\b/i.test(headers.get('content-disposition') ?? ''),
    body,
  };
}

/** A part's lines: its headers up to the first blank line, then its body. */
function part(lines: string[]): Entity {
  const blank = lines.findIndex((l) => l.trim() === '');
  return blank < 0 ? entity(lines, []) : entity(lines.slice(0, blank), lines.slice(blank + 1));
}

/** The parts between a multipart body's boundary lines (preamble and epilogue dropped). */
function parts(body: string[], boundary: string): Entity[] {
  const open = `--${boundary}`;
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of body) {
    const bare = line.trimEnd();
    if (bare === `${open}--`) break;
    if (bare === open) out.push((current = []));
    else current?.push(line);
  }
  return out.map(part);
}

/** A text part's body as text, in its transfer encoding and charset; null for a base64 body that is not base64 (an encoder pads to whole groups of four). */
function bodyText(e: Entity, counts: MimeCounts): string | null {
  const charset = e.params.get('charset');
  if (e.encoding === 'base64') {
    const data = e.body.join('').replace(/\s+/g, '');
    let bytes: string;
    try {
      bytes = data.length % 4 === 0 && BASE64_BODY.test(data) ? atob(data) : '';
    } catch {
      // Padding atob refuses: text under a wrong header.
      bytes = '';
    }
    if (bytes === '') return null;
    counts.base64++;
    return decodeCharset(Uint8Array.from(bytes, (c) => c.charCodeAt(0)), charset);
  }
  if (e.encoding === 'quoted-printable') {
    const decoded = decodeQuotedPrintable(e.body, charset);
    counts.quotedPrintable += decoded.count;
    return decoded.lines.map((l) => l.text).join('\n');
  }
  return e.body.join('\n');
}

/** A header's encoded words as the characters they spell; a word that does not decode stays. */
function decodeWords(header: string): string {
  if (!header.includes('=?')) return header;
  return header.replace(BETWEEN_WORDS, '').replace(ENCODED_WORD, (word: string, charset: string, kind: string, data: string) => {
    try {
      const bytes =
        kind.toLowerCase() === 'b'
          ? Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
          : Uint8Array.from(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), (c) => c.charCodeAt(0));
      return decodeCharset(bytes, charset);
    } catch {
      return word;
    }
  });
}

/** A header block with each folded line joined to the field it continues. */
function unfold(block: string[]): string[] {
  const unfolded: string[] = [];
  for (const l of block) {
    if (CONTINUATION.test(l) && unfolded.length > 0) unfolded[unfolded.length - 1] += ` ${l.trim()}`;
    else unfolded.push(l);
  }
  return unfolded;
}

/**
 * A message attached whole (message/rfc822: a mail forwarded as an attachment) as its
 * reader sees it opened: its header block (the Subject may name the issue), then what is
 * readable of its body.
 */
function attachedMessage(lines: string[], counts: MimeCounts): string {
  const inner = part(lines);
  const blank = lines.findIndex((l) => l.trim() === '');
  const block = blank < 0 ? lines : lines.slice(0, blank);
  return [...unfold(block).map(decodeWords), '', readable(inner, counts) ?? ''].join('\n');
}

/**
 * What a reader sees of an entity: a text part decoded (HTML as its visible text), a
 * multipart/alternative's plain copy (else its HTML, else its first readable part),
 * another multipart's readable parts in order, an attached message opened; null for
 * another attachment or other media.
 */
function readable(e: Entity, counts: MimeCounts): string | null {
  if (e.media === 'message/rfc822') return attachedMessage(e.body, counts);
  if (e.attachment) return null;
  if (e.media.startsWith('multipart/')) {
    const boundary = e.params.get('boundary');
    if (!boundary) return null;
    const inner = parts(e.body, boundary);
    if (e.media === 'multipart/alternative') {
      const rank = (p: Entity): number => (p.media === 'text/plain' ? 0 : p.media === 'text/html' ? 1 : 2);
      for (const p of inner.sort((a, b) => rank(a) - rank(b))) {
        const text = readable(p, counts);
        if (text !== null) return text;
      }
      return null;
    }
    const texts = inner.map((p) => readable(p, counts)).filter((t) => t !== null);
    return texts.length > 0 ? texts.join('\n\n') : null;
  }
  if (e.media !== 'text/plain' && e.media !== 'text/html') return null;
  const text = bodyText(e, counts);
  return text === null || e.media === 'text/plain' ? text : htmlToText(text);
}

/** A boundary line: "--" and the boundary, up to 70 characters with no space. */
const BOUNDARY_LINE = /^--(\S{1,70})$/;

/**
 * The parts under a boundary no header declared, as a multipart: two copies of one text
 * (text/plain and text/html, nothing else) are a multipart/alternative, else a
 * multipart/mixed read in order.
 */
function undeclaredParts(body: string[], boundary: string): Entity {
  const media = new Set(parts(body, boundary).map((p) => p.media));
  const copies = media.size === 2 && media.has('text/plain') && media.has('text/html');
  return { media: copies ? 'multipart/alternative' : 'multipart/mixed', params: new Map([['boundary', boundary]]), encoding: '', attachment: false, body };
}

/** The index of the first Content-Type or Content-Transfer-Encoding field at or after `from`, or -1. */
function nextContentField(lines: string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (CONTENT_FIELD.test(lines[i]!)) return i;
  return -1;
}

/**
 * One message's lines with its body decoded after its header block and the block
 * unfolded (a boundary folded onto the next line is no stray text) with its encoded words
 * decoded, or the lines as they were when the headers ask for neither. A block that asks
 * for no decoding (a plain text part) is read past: a later one may (a raw message
 * forwarded inline).
 */
function decodeMessage(lines: string[], counts: MimeCounts): string[] {
  const isHeader = (l: string): boolean => FIELD.test(l) || CONTINUATION.test(l);
  const out: string[] = [];
  let changed = false;
  let from = 0;
  for (let at = nextContentField(lines, 0); at >= 0; at = nextContentField(lines, from)) {
    let start = at;
    while (start > from && isHeader(lines[start - 1]!)) start--;
    let end = at;
    while (end < lines.length && lines[end]!.trim() !== '' && isHeader(lines[end]!)) end++;
    if (end < lines.length && lines[end]!.trim() !== '') break;
    const block = lines.slice(start, end);
    const declared = entity(block, lines.slice(end + 1));
    // A part's headers straight under a boundary line the message never declared (its own
    // Content-Type lost): the parts are read from that line on, in place of their lines.
    const boundary = start > from && !declared.media.startsWith('multipart/') ? BOUNDARY_LINE.exec(lines[start - 1]!)?.[1] : undefined;
    const e = boundary ? undeclaredParts(lines.slice(start - 1), boundary) : declared;
    const encoded = e.media.startsWith('multipart/') || e.media === 'text/html' || e.encoding === 'base64' || e.encoding === 'quoted-printable';
    const text = encoded ? readable(e, counts) : null;
    const words = !boundary && block.some((l) => l.includes('=?'));
    if (text !== null || words) {
      out.push(...(boundary ? lines.slice(from, start - 1) : [...lines.slice(from, start), ...unfold(block).map(decodeWords)]));
      changed = true;
    } else out.push(...lines.slice(from, end));
    from = end;
    if (text !== null) {
      out.push('', ...text.split(LINE_BREAK));
      from = lines.length;
    }
    // A body its headers declare encoded but that does not decode is left as it is.
    if (encoded) break;
  }
  if (!changed) return lines;
  out.push(...lines.slice(from));
  return out;
}

/**
 * A raw mail, or an mbox of them, with each message's encoded body decoded (see the top
 * of this file), and how many parts and escapes that took; null for a text whose headers
 * ask for no decoding, as nearly every file's do.
 */
export function decodeMime(text: string): { text: string; counts: MimeCounts } | null {
  if (!(text.includes('ontent-') || text.includes('ONTENT-')) || !(ENCODED.test(text) || (text.includes('?=') && ENCODED_SUBJECT.test(text)))) return null;
  const lines = text.split(LINE_BREAK);
  const counts: MimeCounts = { base64: 0, quotedPrintable: 0 };
  const out: string[] = [];
  let changed = false;
  let from = 0;
  const flush = (to: number): void => {
    const message = lines.slice(from, to);
    const read = decodeMessage(message, counts);
    changed ||= read !== message;
    out.push(...read);
  };
  lines.forEach((l, i) => {
    if (!isMboxSeparator(l)) return;
    flush(i);
    out.push(l);
    from = i + 1;
  });
  flush(lines.length);
  return changed ? { text: out.join('\n'), counts } : null;
}

const ESCAPED_FROM = /^>(>*From )/gm;

/**
 * An mbox export with the body lines its writer escaped ("From the start of term" is
 * written ">From the start of term" so no reader takes it for a separator) restored.
 * Only a file that opens with a separator is an mbox; elsewhere ">From " is a quoted line.
 */
export function unescapeMbox(text: string): string {
  if (!text.startsWith('From ') || !/\n>+From /.test(text)) return text;
  const end = text.search(LINE_BREAK);
  return isMboxSeparator(end < 0 ? text : text.slice(0, end)) ? text.replace(ESCAPED_FROM, '$1') : text;
}
