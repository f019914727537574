// The command line: a thin shell over the library. It wires arguments to parseArchive,
// writes data to stdout (or --out), and messages to stderr.
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { parseArchive } from './api.js';
import { toCsv } from './emit/csv.js';
import { ensureDirectory, removePendingWrites, writeAtomically } from './emit/files.js';
import { toIcs } from './emit/ics.js';
import { jsonChunks } from './emit/json.js';
import { toNdjsonLines } from './emit/ndjson.js';
import { type Document, TABLES, type TableName, jsonSchema } from './schema.js';

export const EXIT = { ok: 0, inputFailed: 1, usage: 2, internal: 3, interrupted: 130, terminated: 143 } as const;

const FORMATS = ['json', 'ndjson', 'csv', 'ics'] as const;
type Format = (typeof FORMATS)[number];

interface ParseFlags {
  format: Format;
  table: TableName;
  out?: string;
  csvGuard: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

const EXAMPLES = `
Examples:
  $ seslip parse issue.txt                      one issue as JSON
  $ seslip parse archive/ --out tables/         a folder: one CSV per table + seslip.json
  $ seslip parse archive/ --format ndjson | jq 'select(.type == "event")'
  $ seslip parse archive/ --format csv --table events > events.csv
  $ seslip parse archive/ --format ics > seslip.ics
  $ cat issue.txt | seslip parse -

Exit codes: 0 all inputs parsed, 1 some inputs failed (the rest are still written),
2 usage error, 3 internal error, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
An interrupted --out run leaves each file in <dir> complete or not there at all.`;

class Terminal {
  constructor(private readonly quiet: boolean) {}
  error(message: string): void {
    process.stderr.write(`seslip: ${message}\n`);
  }
  note(message: string): void {
    if (!this.quiet) process.stderr.write(`seslip: ${message}\n`);
  }
}

const WRITE_SIZE = 1 << 16;

/** Writes chunks to stdout in writes of about 64 kB, waiting when the pipe is full. */
async function writeOut(chunks: Iterable<string>): Promise<void> {
  let pending: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    const text = pending.join('');
    pending = [];
    size = 0;
    if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  };
  for (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= WRITE_SIZE) await flush();
  }
  if (size > 0) await flush();
}

function progressReporter(enabled: boolean): ((done: number, total: number) => void) | undefined {
  if (!enabled) return undefined;
  const started = performance.now();
  return (done, total) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? (done / seconds).toFixed(0) : '…';
    process.stderr.write(`\rseslip: ${done}/${total} files, ${rate} files/s${done === total ? '\n' : ''}`);
  };
}

async function writeTables(document: Document, dir: string, csvGuard: boolean): Promise<string[]> {
  await ensureDirectory(dir);
  const written: string[] = [];
  for (const table of TABLES) {
    const file = path.join(dir, `${table}.csv`);
    await writeAtomically(file, toCsv(document, table, { guardFormulas: csvGuard }));
    written.push(file);
  }
  const json = path.join(dir, 'seslip.json');
  await writeAtomically(json, `${JSON.stringify(document, null, 2)}\n`);
  written.push(json);
  return written;
}

async function runParse(inputs: string[], flags: ParseFlags, terminal: Terminal): Promise<number> {
  const { document, failures } = await parseArchive(inputs, {
    // SESLIP_WORKERS=0 parses on the main thread only (for measuring and debugging).
    workers: process.env.SESLIP_WORKERS ? Number(process.env.SESLIP_WORKERS) : undefined,
    onProgress: progressReporter(Boolean(process.stderr.isTTY) && !flags.quiet && inputs.length > 0),
  });
  for (const failure of failures) terminal.error(`${failure.source}: ${failure.reason}`);

  if (flags.out) {
    const written = await writeTables(document, flags.out, flags.csvGuard);
    terminal.note(`wrote ${written.length} files to ${flags.out}`);
  } else if (flags.format === 'json') {
    await writeOut(jsonChunks(document));
  } else if (flags.format === 'ndjson') {
    await writeOut(toNdjsonLines(document));
  } else if (flags.format === 'csv') {
    await writeOut([toCsv(document, flags.table, { guardFormulas: flags.csvGuard })]);
  } else {
    await writeOut([toIcs(document)]);
  }

  if (flags.verbose) {
    for (const w of document.warnings) terminal.note(`${w.source ?? '-'}${w.line ? `:${w.line}` : ''}: ${w.code}: ${w.message}`);
  } else if (document.warnings.length > 0) {
    terminal.note(`${document.warnings.length} warning(s) in the output ("warnings"); --verbose lists them here`);
  }
  return failures.length > 0 ? EXIT.inputFailed : EXIT.ok;
}

function program(terminal: { quiet: boolean }, run: (code: Promise<number>) => void): Command {
  const cli = new Command('seslip')
    .description('Turn scraped SESLIP weekly bulletins into data: items, events, deadlines, publications, contacts.')
    .version(process.env.SESLIP_VERSION ?? '0.1.0')
    .showHelpAfterError('(run seslip --help for usage)')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text.startsWith('error:') ? `seslip: ${text}` : text) });

  cli
    .command('parse')
    .description('parse bulletins: files, folders (recursively, *.txt) or - for standard input')
    .argument('<inputs...>', 'files, folders, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format on stdout').choices(FORMATS).default('json'))
    .addOption(new Option('-t, --table <table>', 'which table --format csv writes').choices(TABLES).default('items'))
    .option('-o, --out <dir>', 'write one CSV per table and seslip.json into <dir> instead of stdout')
    .option('--no-csv-guard', 'write CSV cells as they are, without guarding spreadsheet formulas')
    .option('-q, --quiet', 'print nothing on stderr but errors')
    .option('-v, --verbose', 'list every warning on stderr')
    .addHelpText('after', EXAMPLES)
    .action((inputs: string[], flags: ParseFlags) => {
      terminal.quiet = Boolean(flags.quiet);
      run(runParse(inputs, flags, new Terminal(terminal.quiet)));
    });

  cli
    .command('schema')
    .description('print the JSON Schema of the output document')
    .action(() => run(writeOut([`${JSON.stringify(jsonSchema(), null, 2)}\n`]).then(() => EXIT.ok)));
  return cli;
}

/**
 * Ctrl-C and kill remove the file half-written to --out, then exit 128 + signal number as
 * shells do. Node runs the handler between files, not in the middle of parsing one.
 */
function exitOnSignals(): void {
  const signals = [['SIGINT', EXIT.interrupted], ['SIGTERM', EXIT.terminated]] as const;
  for (const [signal, code] of signals) {
    process.once(signal, () => {
      void removePendingWrites().then(() => {
        process.stderr.write(`seslip: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'}\n`);
        process.exit(code);
      });
    });
  }
}

/** Runs the CLI and resolves to the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  exitOnSignals();
  const state = { quiet: false };
  let pending: Promise<number> = Promise.resolve(EXIT.ok);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A closed pipe (`| head`) is the reader's choice, not a failure.
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
  });
  try {
    await program(state, (code) => (pending = code)).parseAsync(argv, { from: 'user' });
    return await pending;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`seslip: internal error: ${message.split('\n')[0]}\n`);
    if (process.env.SESLIP_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return EXIT.internal;
  }
}
