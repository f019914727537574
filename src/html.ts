// A web page saved instead of the page's text: its visible text, one block per line, so
// the rest of the pipeline reads it like a scrape. Line numbers then count lines of that
// text, not of the HTML.

/** The text opens with markup a web page opens with. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(?:!doctype\s+html|html|head|body)\b/i.test(text);
}

// Markup whose content is never shown on the page.
const HIDDEN = /<(script|style|head|template|noscript)\b[^>]*>[^]*?<\/\1\s*>/gi;
const COMMENT = /<!--[^]*?-->/g;
// Headings stand apart by two blank lines, as titles do in scrapes; other blocks by one.
const HEADING = /<\/?h[1-6]\b[^>]*>/gi;
const BLOCK = /<\/?(?:p|div|ul|ol|table|tr|section|article|header|footer|nav|main|aside|blockquote|pre|form|hr|dl|dt|dd)\b[^>]*>/gi;
const BREAK = /<br\b[^>]*>/gi;
const LIST_ITEM = /<li\b[^>]*>/gi;
const CELL = /<\/t[dh]\s*>/gi;
const TAG = /<\/?[a-z!][^>]*>/gi;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', rdquo: '”',
  ldquo: '“', ndash: '–', mdash: '—', hellip: '…', bull: '•', pound: '£', euro: '€', copy: '©',
};

const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi;

/** The character an entity stands for, or the entity itself when it names none. */
function character(entity: string, dec?: string, hex?: string, name?: string): string {
  if (name) return NAMED[name.toLowerCase()] ?? entity;
  const code = dec ? Number(dec) : parseInt(hex!, 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
}

export function decodeEntities(text: string): string {
  return text.replace(ENTITY, character);
}

/**
 * A plain-text scrape with entities the converter left in ("Tools &amp; Templates",
 * "3&nbsp;May"): decoded, with how many there were. No bulletin writes "&amp;" itself.
 */
export function repairEntities(text: string): { text: string; count: number } {
  if (!text.includes('&')) return { text, count: 0 };
  let count = 0;
  const repaired = text.replace(ENTITY, (entity: string, dec?: string, hex?: string, name?: string) => {
    const decoded = character(entity, dec, hex, name);
    if (decoded !== entity) count++;
    return decoded;
  });
  return { text: repaired, count };
}

// Marks for the breaks block tags make, so that the breaks of adjacent tags
// ("</p> <p>") merge into one instead of adding up.
const PARAGRAPH = '\u0001';
const SECTION = '\u0002';
const BREAKS = /[ \u0001\u0002]*[\u0001\u0002][ \u0001\u0002]*/g;

export function htmlToText(html: string): string {
  const text = html
    .replace(/[\u0001\u0002]/g, '')
    .replace(COMMENT, '')
    .replace(HIDDEN, '')
    // Source line breaks are spaces on a page; only the markup breaks lines.
    .replace(/\s+/g, ' ')
    .replace(HEADING, SECTION)
    .replace(BLOCK, PARAGRAPH)
    .replace(BREAK, '\n')
    .replace(LIST_ITEM, '\n• ')
    .replace(CELL, ' ')
    .replace(TAG, '')
    .replace(BREAKS, (run) => (run.includes(SECTION) ? '\n\n\n' : '\n\n'));
  return decodeEntities(text)
    .replace(/ *\n */g, '\n')
    .replace(/\n{4,}/g, '\n\n\n')
    .trim();
}
