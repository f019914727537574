// Bad inputs made at test time from a real bulletin: other encodings, damage, HTML.
import { readFileSync } from 'node:fs';
import { fixture } from '../helpers/cli.js';

export const SEED = fixture('update-381-2019-12-06.txt');
export const seedText = (): string => readFileSync(SEED, 'utf8');

// Windows-1252 where it differs from Latin-1 (0x80-0x9F).
const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

export function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((c) => {
      const code = c.codePointAt(0)!;
      const byte = code < 0x80 || (code >= 0xa0 && code < 0x100) ? code : CP1252[c];
      if (byte === undefined) throw new Error(`no Windows-1252 byte for ${c}`);
      return byte;
    }),
  );
}

/**
 * UTF-8 text decoded once as Windows-1252, as a careless export does: "’" becomes "â€™".
 * The five bytes Windows-1252 leaves undefined pass through as C1 controls, as browsers do.
 */
export function mojibake(text: string): string {
  const byteToChar = new Map(Object.entries(CP1252).map(([c, b]) => [b, c]));
  return [...Buffer.from(text, 'utf8')].map((b) => byteToChar.get(b) ?? String.fromCharCode(b)).join('');
}

export const utf16le = (text: string): Buffer => Buffer.from(text, 'utf16le');
export const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/’/g, '&rsquo;').replace(/\u00a0/g, '&nbsp;');

/**
 * A bulletin as a browser's "save page": head, scripts, a menu, each paragraph a <p>, and
 * a heading where the scrape sets a one-line paragraph apart by two blank lines.
 */
export function asHtmlPage(text: string): string {
  const blocks = text.split(/(\n\s*\n)/);
  const body = blocks
    .map((block, i) => {
      if (i % 2 === 1 || block.trim() === '') return '';
      const apart = (gap: string | undefined): boolean => gap === undefined || gap.split('\n').length > 3;
      const lines = block.trim().split('\n').map(escapeHtml);
      if (lines.length === 1 && apart(blocks[i - 1]) && apart(blocks[i + 1])) return `<h2>${lines[0]}</h2>`;
      return `<p>${lines.join('<br>\n')}</p>`;
    })
    .filter((b) => b !== '')
    .join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"><title>SESLIP | Weekly update</title>',
    '<style>p { margin: 0 } .nav > li { display: inline }</style>',
    '<script>window.dataLayer = [{ "page": "update" }]; if (a < b) { track(); }</script>',
    '</head><body><nav><ul class="nav"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>',
    '<main><article>',
    body,
    '</article></main><!-- footer -->',
    '<footer><p>&copy; SESLIP</p></footer></body></html>',
  ].join('\n');
}

/** A generic web page with no bulletin in it. */
export const HTML_NO_BULLETIN = [
  '<!DOCTYPE html><html><head><title>Page not found</title></head>',
  '<body><h1>Sorry, we cannot find that page</h1><p>Try the <a href="/">home page</a>.</p></body></html>',
].join('\n');
