// One measured run in its own process, so each figure has a clean heap and its own peak
// RSS. The parent (bench/run.mjs) times the process from outside; this file writes what
// only the process itself knows to the JSON file named by BENCH_REPORT.
//
//   node bench/child.mjs cli parse DIR          the real CLI (bin/seslip.cjs), stdout as given
//   node bench/child.mjs lib DIR [WORKERS]      parseArchive + JSON text, in-process timing
//   node bench/child.mjs baseline DIR [LIMIT]   chrono.en.GB.parse of every file's whole text
//   node bench/child.mjs issue FILE [REPEAT]    parseIssue + JSON text of one file, after warm-up
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const here = path.dirname(new URL(import.meta.url).pathname);
const [mode, ...args] = process.argv.slice(2);
/**
 * CPU ms of the main JS thread and of all the process's other threads (V8's compiler and
 * GC helpers, libuv, workers), and ms the main thread was ready to run but waited for a
 * core; from Linux's /proc/self/task/<tid>/schedstat, null elsewhere.
 */
function threadCpu() {
  try {
    const figures = { mainMs: 0, otherMs: 0, mainWaitMs: 0 };
    for (const tid of readdirSync('/proc/self/task')) {
      const [run, wait] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ').map((n) => Number(n) / 1e6);
      if (Number(tid) === process.pid) [figures.mainMs, figures.mainWaitMs] = [run, wait];
      else figures.otherMs += run;
    }
    return figures;
  } catch {
    return null;
  }
}
const report = (figures) => {
  if (process.env.BENCH_REPORT) writeFileSync(process.env.BENCH_REPORT, JSON.stringify({ ...figures, maxRssKb: process.resourceUsage().maxRSS, cpu: threadCpu() }));
};
const txtFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));

if (mode === 'cli') {
  // Started as bin/seslip.cjs starts it: the bundle compiled with its code cache.
  const { createRequire } = await import('node:module');
  const { load } = createRequire(import.meta.url)(path.join(here, '../bin/seslip.cjs'));
  process.on('exit', () => report({}));
  process.exitCode = await load().cli.main(args);
} else if (mode === 'lib') {
  const { parseArchive } = await import(path.join(here, '../dist/index.js'));
  const started = performance.now();
  const { document } = await parseArchive([args[0]], { workers: args[1] === undefined ? undefined : Number(args[1]) });
  const json = JSON.stringify(document, null, 2);
  report({ ms: performance.now() - started, items: document.items.length, jsonBytes: json.length });
} else if (mode === 'baseline') {
  const chrono = await import('chrono-node');
  const files = txtFiles(args[0]).slice(0, args[1] ? Number(args[1]) : undefined);
  const started = performance.now();
  let bytes = 0;
  let found = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    bytes += Buffer.byteLength(text);
    // The issue date from the file name is the reference date a naive reader would use.
    const date = /(\d{4})-(\d\d)-(\d\d)\.txt$/.exec(file);
    const reference = date ? new Date(Date.UTC(+date[1], +date[2] - 1, +date[3], 12)) : new Date();
    found += chrono.en.GB.parse(text, reference).length;
  }
  report({ ms: performance.now() - started, files: files.length, bytes, found });
} else if (mode === 'issue') {
  const { parseIssue, InputError } = await import(path.join(here, '../dist/index.js'));
  const input = readFileSync(args[0]);
  const repeat = Number(args[1] ?? 1);
  const once = () => {
    try {
      JSON.stringify(parseIssue(input, { source: args[0] }));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
    }
  };
  // Warm up on the fixtures, so the figure is steady-state cost, not first-use compilation.
  for (const file of txtFiles(path.join(here, '../fixtures/layout-2020'))) parseIssue(readFileSync(file), { source: file });
  once();
  const started = performance.now();
  for (let i = 0; i < repeat; i++) once();
  report({ ms: (performance.now() - started) / repeat, bytes: input.length });
} else {
  throw new Error(`unknown mode ${mode}`);
}
