// The bad-input matrix, end to end: every input gives a result with warnings or one clear
// error line naming the file, with the documented exit code; never a stack trace or a hang.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document } from '../../src/schema.js';
import { HTML_NO_BULLETIN, SEED, asHtmlPage, mojibake, seedText, utf16be, utf16le, windows1252 } from './inputs.js';
import { type Outcome, asUnprivileged, finished, run } from './spawn.js';

let scratch: string;
let baseline: Document;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titles = (document: Document): string[] => document.items.map((i) => i.title);
const lines = (document: Document): number[] => document.items.map((i) => i.occurrences[0]!.line);

function write(name: string, content: string | Buffer): string {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'seslip-robust-'));
  chmodSync(scratch, 0o755); // the unprivileged user must reach what it may read
  const seed = run(['parse', SEED]);
  finished(seed);
  baseline = Document.parse(JSON.parse(seed.stdout));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One error line naming `source`, exit 1, and the good file alongside still parsed. */
function refused(source: string, reason: RegExp, options = {}): Outcome {
  const outcome = run(['parse', source, SEED, '--quiet'], options);
  finished(outcome);
  expect(outcome.code).toBe(1);
  expect(outcome.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(new RegExp(`^seslip: ${escape(source)}: ${reason.source}`))]);
  expect(Document.parse(JSON.parse(outcome.stdout)).issues.map((i) => i.source)).toEqual([SEED]);
  return outcome;
}

/** Exit 0, a valid document, nothing on stderr with --quiet, and the warning expected. */
function accepted(file: string, warning: string | null): Document {
  const outcome = run(['parse', file, '--quiet']);
  finished(outcome);
  expect(outcome.stderr).toBe('');
  expect(outcome.code).toBe(0);
  const document = Document.parse(JSON.parse(outcome.stdout));
  if (warning) expect(document.warnings.map((w) => w.code)).toContain(warning);
  else expect(document.warnings).toEqual(baseline.warnings.map((w) => ({ ...w, source: file })));
  return document;
}

describe('inputs that are not text, or no bulletin', () => {
  it.each([
    ['an empty file', '', /the file is empty$/],
    ['white space only', ' \n\t\r\n \u00a0\n', /the file holds only white space$/],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /this is a PNG image, not text$/],
    ['a ZIP archive', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), Buffer.alloc(200, 7)]), /this is a ZIP archive .*not text$/],
    ['binary data full of NULs', Buffer.concat([Buffer.from('UPDATE NO 1 '), Buffer.alloc(4096, 0)]), /binary data \(NUL bytes\), not text$/],
    ['text that is not a bulletin', 'Dear colleague,\n\nThank you for your letter of 3 May.\n\nYours sincerely\n', /.*not a SESLIP bulletin$/],
    ['an HTML page with no bulletin in it', HTML_NO_BULLETIN, /an HTML page with no bulletin in it.*$/],
  ])('%s', (_name, content, reason) => {
    refused(write(`${_name.replace(/\W+/g, '-')}.txt`, content), reason);
  });
});

describe('other encodings and damage give the same items, with a warning where repaired', () => {
  it.each([
    ['UTF-16LE with a BOM', () => utf16le(`\ufeff${seedText()}`)],
    ['UTF-16LE without a BOM', () => utf16le(seedText())],
    ['UTF-16BE with a BOM', () => utf16be(`\ufeff${seedText()}`)],
    ['UTF-8 with a BOM and CRLF line ends', () => `\ufeff${seedText().replace(/\n/g, '\r\n')}`],
  ])('%s', (name, content) => {
    const document = accepted(write(`${name.replace(/\W+/g, '-')}.txt`, content()), null);
    expect(titles(document)).toEqual(titles(baseline));
    expect(lines(document)).toEqual(lines(baseline));
  });

  it.each([
    ['Windows-1252', () => windows1252(seedText()), 'legacy-encoding'],
    ['mojibake ("â€™" for "’")', () => mojibake(seedText()), 'mojibake-repaired'],
    ['stray NUL bytes', () => seedText().replace(/\n\n/g, '\n\0\n'), 'nul-bytes'],
    ['HTML entities left in ("&amp;", "&rsquo;")', () => seedText().replace(/&/g, '&amp;').replace(/’/g, '&rsquo;').replace(/ – /g, ' &#8211; '), 'html-entities'],
  ])('%s', (name, content, warning) => {
    const document = accepted(write(`${name.replace(/\W+/g, '-')}.txt`, content()), warning);
    expect(titles(document)).toEqual(titles(baseline));
    expect(document.items.map((i) => [i.update, i.action])).toEqual(baseline.items.map((i) => [i.update, i.action]));
  });

  it('a bulletin truncated mid-word keeps the items before the cut and says where it stops', () => {
    const text = seedText();
    const cut = text.indexOf('undertaking a review') + 'undertaking a rev'.length;
    const document = accepted(write('truncated.txt', text.slice(0, cut)), 'truncated');
    expect(titles(document)).toEqual(titles(baseline).slice(0, 2));
    const truncated = document.warnings.find((w) => w.code === 'truncated');
    expect(truncated?.line).toBe(text.slice(0, cut).split('\n').length);
  });
});

describe('an HTML page saved instead of text', () => {
  it('is read as its text, with an html-input warning', () => {
    const document = accepted(write('saved-page.txt', asHtmlPage(seedText())), 'html-input');
    expect(document.issues).toEqual([expect.objectContaining({ number: 381, date: '2019-12-06' })]);
    expect(titles(document)).toEqual(titles(baseline));
    expect(document.contacts.map((c) => c.name)).toEqual(baseline.contacts.map((c) => c.name));
  });
});

describe('paths', () => {
  it('a path that does not exist', () => {
    refused(path.join(scratch, 'missing', 'update.txt'), /no such file or directory$/);
  });

  it('a symlink loop, named or met inside a folder', () => {
    const link = path.join(scratch, 'loop-a.txt');
    symlinkSync(path.join(scratch, 'loop-b.txt'), link);
    symlinkSync(link, path.join(scratch, 'loop-b.txt'));
    refused(link, /too many levels of symbolic links \(a link loop\)$/);

    const tree = path.join(scratch, 'tree');
    mkdirSync(tree);
    writeFileSync(path.join(tree, 'update.txt'), readFileSync(SEED));
    symlinkSync(tree, path.join(tree, 'again')); // a folder that contains itself
    symlinkSync('self.txt', path.join(tree, 'self.txt'));
    const outcome = run(['parse', tree, '--quiet']);
    finished(outcome);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe(`seslip: ${path.join(tree, 'self.txt')}: too many levels of symbolic links (a link loop)\n`);
    expect(Document.parse(JSON.parse(outcome.stdout)).issues).toHaveLength(1);
  });

  it('a folder the user cannot read', () => {
    const locked = path.join(scratch, 'locked');
    mkdirSync(locked);
    writeFileSync(path.join(locked, 'update.txt'), readFileSync(SEED));
    chmodSync(locked, 0o000);
    try {
      refused(locked, /permission denied$/, asUnprivileged());
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe('size', () => {
  it('a 5 MB single line: refused as no bulletin, quickly', () => {
    const line = seedText().replace(/\s+/g, ' ');
    const file = write('one-line.txt', line.repeat(Math.ceil(5e6 / line.length)));
    const outcome = refused(file, /.*not a SESLIP bulletin$/);
    expect(outcome.seconds).toBeLessThan(10);
  });

  it('a 5 MB line inside a bulletin: one item, quickly', () => {
    const [header] = seedText().split('\n');
    const sentence = 'The network meets again on 5 June 2020 at County Hall to share practice. ';
    const file = write('long-line.txt', `${header}\n\nA very long item\n\n${sentence.repeat(Math.ceil(5e6 / sentence.length))}\n`);
    const outcome = run(['parse', file, '--format', 'csv', '--table', 'items', '--quiet']);
    finished(outcome);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout.split('\n')[0]).toMatch(/^id,title,/);
    expect(outcome.stdout).toContain('A very long item');
    expect(outcome.seconds).toBeLessThan(20);
  });

  it('a 50 MB file, with a 200,000-line paragraph and 50 MB after the contacts, in under a minute', { timeout: 90_000 }, () => {
    const text = seedText();
    const at = text.indexOf('Judicial Appeal'); // the first title: lines before it belong to no item
    const stray = `The programme continues to support local authorities.\n${'Noted.\n'.repeat(200_000)}\n\n`;
    const head = `${text.slice(0, at)}${stray}${text.slice(at)}`;
    const paragraph = '\nThe programme continues to support local authorities across the region with regular meetings.\n';
    const file = write('big.txt', `${head}${paragraph.repeat(Math.ceil((50 * 2 ** 20 - head.length) / paragraph.length))}`);
    const outcome = run(['parse', file, '--format', 'csv', '--table', 'warnings', '--quiet'], { timeout: 60_000 });
    finished(outcome);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^code,message,source,line\n/);
    expect(outcome.stdout).toContain('stray-text,200001 line(s) before the first entry');
  });
});

describe('a batch', () => {
  it('reports every bad input on its own line and still parses the good ones', () => {
    const bad = [
      write('batch-empty.txt', ''),
      write('batch-png.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4])),
      path.join(scratch, 'batch-missing.txt'),
      write('batch-letter.txt', 'Dear colleague,\n\nThank you.\n'),
    ];
    const outcome = run(['parse', bad[0]!, SEED, ...bad.slice(1), write('batch-utf16.txt', utf16le(seedText())), '--quiet']);
    finished(outcome);
    expect(outcome.code).toBe(1);
    const errors = outcome.stderr.trimEnd().split('\n');
    expect(errors.map((e) => e.split(': ')[1]).sort()).toEqual([...bad].sort());
    // Both are issue 381, so their order falls to the source path: compare as a set.
    expect(Document.parse(JSON.parse(outcome.stdout)).issues.map((i) => i.source).sort()).toEqual([path.join(scratch, 'batch-utf16.txt'), SEED].sort());
  });
});
