// End-to-end: the bundled binary, its stdout, stderr and exit code.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Document } from '../../src/schema.js';
import { spawnSync } from 'node:child_process';
import { BIN, ROOT, fixture, seslip } from '../helpers/cli.js';

const SEED = fixture('update-381-2019-12-06.txt');
const LABELLED = fixture('update-383-2019-12-20.txt');
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'seslip-e2e-'));
  // Readable by the unprivileged user the permission test runs as.
  chmodSync(scratch, 0o755);
});

const noStackTrace = (stderr: string): void => expect(stderr).not.toMatch(/^\s+at /m);

describe('output formats', () => {
  it('writes a valid JSON document by default', () => {
    const run = seslip(['parse', SEED]);
    expect(run.code).toBe(0);
    const document = Document.parse(JSON.parse(run.stdout));
    expect(document.issues).toEqual([{ number: 381, date: '2019-12-06', source: SEED, layout: 'blank-line' }]);
    expect(document.items).toHaveLength(6);
    expect(run.stderr).toBe('');
  });

  it('streams NDJSON, one typed record per line', () => {
    const run = seslip(['parse', SEED, LABELLED, '--format', 'ndjson']);
    expect(run.code).toBe(0);
    const records = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { type: string });
    const types = new Set(records.map((r) => r.type));
    expect([...types]).toEqual(expect.arrayContaining(['issue', 'item', 'event', 'publication', 'contact']));
    expect(records.filter((r) => r.type === 'issue')).toHaveLength(2);
    expect(records.filter((r) => r.type === 'contact')).toHaveLength(10);
  });

  it('writes one table as CSV with a header row from the schema', () => {
    const run = seslip(['parse', SEED, '--format', 'csv', '--table', 'contacts']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('id,name,role,organisation,phone,email,history');
    expect(lines).toHaveLength(11);
    expect(lines.some((l) => l.includes('+447803147072'))).toBe(true);
  });

  it('guards spreadsheet formulas in CSV unless told not to', () => {
    const guarded = seslip(['parse', LABELLED, '--format', 'csv', '--table', 'items']);
    expect(guarded.stdout).toContain("\"'- Permanency Planning");
    const raw = seslip(['parse', LABELLED, '--format', 'csv', '--table', 'items', '--no-csv-guard']);
    expect(raw.stdout).not.toContain("'- Permanency Planning");
    expect(raw.stdout).toContain('"- Permanency Planning');
  });

  it('--out writes every table and the JSON document, and no temporary files', () => {
    const out = path.join(scratch, 'tables');
    const run = seslip(['parse', SEED, LABELLED, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/wrote 8 files/);
    expect(readdirSync(out).sort()).toEqual(
      ['contacts.csv', 'deadlines.csv', 'events.csv', 'issues.csv', 'items.csv', 'publications.csv', 'seslip.json', 'warnings.csv'],
    );
    const document = Document.parse(JSON.parse(readFileSync(path.join(out, 'seslip.json'), 'utf8')));
    expect(readFileSync(path.join(out, 'items.csv'), 'utf8').trimEnd().split('\n').length).toBeGreaterThan(document.items.length);
  });

  it('writes an iCalendar of events and deadlines with CRLF line ends', () => {
    const run = seslip(['parse', SEED, '--format', 'ics', '-q']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(run.stdout.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const json = Document.parse(JSON.parse(seslip(['parse', SEED, '-q']).stdout));
    const dayEvents = json.events.filter((e) => e.date.length === 10).length;
    const liveDeadlines = json.deadlines.filter((d) => d.date.length === 10 && !d.superseded).length;
    expect(run.stdout.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(dayEvents + liveDeadlines);
    expect(run.stdout).toContain('DTSTART;TZID=Europe/London:20200124T103000');
  });

  it('runs the same from bin/seslip.js, the ES module entry, exit codes included', () => {
    const esm = path.join(ROOT, 'bin/seslip.js');
    for (const args of [['parse', LABELLED], ['parse', path.join(ROOT, 'no-such-file.txt')]]) {
      const viaCjs = seslip(args);
      const viaEsm = spawnSync(process.execPath, [esm, ...args], { encoding: 'utf8', cwd: ROOT });
      expect(viaEsm.stdout).toBe(viaCjs.stdout);
      expect(viaEsm.stderr).toBe(viaCjs.stderr);
      expect(viaEsm.status).toBe(viaCjs.code);
    }
  });

  it('reads standard input for -', () => {
    const run = seslip(['parse', '-'], { input: readFileSync(LABELLED) });
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout) as Document;
    expect(document.issues[0]).toMatchObject({ number: 383, source: '-' });
  });

  it('prints the JSON Schema', () => {
    const run = seslip(['schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toMatch(/json-schema/);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['items', 'events', 'contacts']));
  });

  it('--help shows examples and exit codes', () => {
    const run = seslip(['parse', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Examples:/);
    expect(run.stdout).toMatch(/Exit codes:/);
  });

  it('shows progress on stderr only when it is a terminal', () => {
    const archive = fixture('archive');
    expect(seslip(['parse', archive]).stderr).not.toMatch(/files\/s/);
    // script(1) gives the binary a pseudo-terminal, as an interactive shell would.
    const command = `${process.execPath} ${BIN} parse ${archive} > /dev/null`;
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toMatch(/\rseslip: 7\/7 files, \d+ files\/s/);
    const quiet = spawnSync('script', ['-qec', `${command} --quiet`, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
    expect(quiet.stdout).toBe('');
  });

  it('--verbose lists warnings with file and line; --quiet prints nothing', () => {
    const truncated = path.join(scratch, 'cut.txt');
    writeFileSync(truncated, `${readFileSync(SEED, 'utf8').slice(0, 3000)}`);
    const verbose = seslip(['parse', truncated, '--verbose']);
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toMatch(new RegExp(`${truncated.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: truncated: `));
    const quiet = seslip(['parse', truncated, '--quiet']);
    expect(quiet.stderr).toBe('');
  });
});

describe('files holding several bulletins', () => {
  const SECOND = fixture('layout-2020/update-405-2020-05-22.txt');

  it('reads two bulletins saved into one file as two issues, each with its own items and contacts', () => {
    // As `cat` joins them: the first file has no final line break, so the second's header runs onto its last line.
    const input = Buffer.concat([readFileSync(SEED), readFileSync(SECOND)]);
    const run = seslip(['parse', '-'], { input });
    expect(run.code).toBe(0);
    const document = Document.parse(JSON.parse(run.stdout));
    const alone = [SEED, SECOND].map((file) => Document.parse(JSON.parse(seslip(['parse', file]).stdout)));
    expect(document.issues.map((i) => [i.number, i.date])).toEqual([
      [381, '2019-12-06'],
      [405, '2020-05-22'],
    ]);
    const firstLines = readFileSync(SEED, 'utf8').split('\n').length;
    expect(readFileSync(SEED, 'utf8').endsWith('\n')).toBe(false);
    for (const [k, one] of alone.entries()) {
      const number = one.issues[0]!.number;
      const mine = document.items.filter((item) => item.occurrences.every((o) => o.issue === number));
      expect(mine.map((item) => item.title).sort()).toEqual(one.items.map((item) => item.title).sort());
      // Lines are the file's: the second bulletin's start after the first's.
      expect(mine.every((item) => (k === 0 ? item.occurrences[0]!.line <= firstLines : item.occurrences[0]!.line > firstLines))).toBe(true);
    }
    expect(document.contacts).toHaveLength(alone[0]!.contacts.length + alone[1]!.contacts.length);
    const codes = document.warnings.map((w) => w.code);
    expect(codes).toContain('several-issues');
    expect(codes).not.toContain('conflicting-header');
    expect(codes).not.toContain('unparsed-contact');
  });

  it('reads an mbox of two messages as two issues, a reminder repeated in the second as one item', () => {
    const message = (number: number, date: string, stamp: string, entries: string[]): string[] => [
      `From seslip@seslip.org.uk ${stamp}`,
      'From: SESLIP Programme <seslip@seslip.org.uk>',
      `Date: ${stamp}`,
      `Subject: SESLIP Update No ${number} - ${date}`,
      '',
      `UPDATE NO ${number} ${date}`,
      '',
      ...entries,
      'Contact Details',
      '',
      'Programme Manager: Ann Other (Elsewhere Council)',
      '',
    ];
    const entry = (title: string, text: string): string[] => ['', title, '', '', text, '', 'Action Required:', '', 'For information.', '', ''];
    const survey = entry('Workforce Survey 2021', 'The survey closes on Friday 30 April 2021.');
    const mbox = [
      ...message(451, '16 April 2021', 'Fri Apr 16 13:02:11 2021', [...entry('Fostering Pilot Findings', 'A webinar will be held on Wednesday 28 April 2021, 10am – 11am.'), 'Reminders from previous weeks', '', ...survey]),
      ...message(452, '23 April 2021', 'Fri Apr 23 12:47:55 2021', [...entry('Youth Justice Leads', 'The leads meet on Thursday 6 May 2021, 2pm – 4pm.'), 'Reminders from previous weeks', '', ...survey]),
    ].join('\n');
    const file = path.join(scratch, 'list.mbox.txt');
    writeFileSync(file, mbox);
    const run = seslip(['parse', file]);
    expect(run.code).toBe(0);
    const document = Document.parse(JSON.parse(run.stdout));
    expect(document.issues.map((i) => i.number)).toEqual([451, 452]);
    const occurrences = Object.fromEntries(document.items.map((item) => [item.title, item.occurrences.map((o) => `${o.issue}:${o.section}`)]));
    expect(occurrences).toEqual({
      'Fostering Pilot Findings': ['451:new'],
      'Workforce Survey 2021': ['451:reminder', '452:reminder'],
      'Youth Justice Leads': ['452:new'],
    });
    expect(document.events.map((e) => e.date).sort()).toEqual(['2021-04-28', '2021-05-06']);
    expect(document.contacts).toHaveLength(1);
    expect(document.warnings.find((w) => w.code === 'several-issues')).toMatchObject({ source: file, line: mbox.split('\n').indexOf('From seslip@seslip.org.uk Fri Apr 23 12:47:55 2021') + 1 });
  });
});

describe('bad input: one line naming the file, the rest still written', () => {
  const failsWith = (file: string, reason: RegExp): void => {
    const run = seslip(['parse', file, SEED]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes(file))).toHaveLength(1);
    expect(lines.find((l) => l.includes(file))).toMatch(new RegExp(`^seslip: .*: ${reason.source}`));
    noStackTrace(run.stderr);
    const document = Document.parse(JSON.parse(run.stdout));
    expect(document.issues.map((i) => i.number)).toEqual([381]);
  };

  it('a missing file', () => failsWith(path.join(scratch, 'nope.txt'), /no such file or directory/));

  it('an empty file', () => {
    const file = path.join(scratch, 'empty.txt');
    writeFileSync(file, '');
    failsWith(file, /the file is empty/);
  });

  it('a binary file', () => {
    const file = path.join(scratch, 'image.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    failsWith(file, /this is a PNG image, not text/);
  });

  it('text that is not a bulletin', () => {
    const file = path.join(scratch, 'letter.txt');
    writeFileSync(file, 'Dear colleague,\n\nThank you for your letter of 3 May.\n\nYours sincerely\n');
    failsWith(file, /not a SESLIP bulletin/);
  });

  it('a directory with no .txt files', () => {
    const dir = path.join(scratch, 'no-text');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'notes.md'), '# notes');
    failsWith(dir, /no \.txt files in this directory/);
  });

  it('an unreadable file', () => {
    const file = path.join(scratch, 'secret.txt');
    writeFileSync(file, readFileSync(LABELLED));
    chmodSync(file, 0o000);
    // root reads anything: run as an unprivileged user where we can.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = seslip(['parse', file, SEED], asUser);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^seslip: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: permission denied$`, 'm'));
    noStackTrace(run.stderr);
    expect((JSON.parse(run.stdout) as Document).issues).toHaveLength(1);
  });

  it('reads a folder recursively and reports its bad files', () => {
    const dir = path.join(scratch, 'archive');
    mkdirSync(path.join(dir, 'nested'), { recursive: true });
    writeFileSync(path.join(dir, 'a.txt'), readFileSync(SEED));
    writeFileSync(path.join(dir, 'nested', 'b.txt'), readFileSync(LABELLED));
    writeFileSync(path.join(dir, 'nested', 'c.txt'), '');
    const run = seslip(['parse', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/c\.txt: the file is empty/);
    expect((JSON.parse(run.stdout) as Document).issues.map((i) => i.number)).toEqual([381, 383]);
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['parse'], /missing required argument/],
    [['parse', SEED, '--format', 'xml'], /Allowed choices are json, ndjson, csv, ics/],
    [['parse', SEED, '--bogus'], /unknown option/],
    [['frobnicate'], /unknown command/],
  ])('%j', (args, message) => {
    const run = seslip(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    noStackTrace(run.stderr);
  });
});
