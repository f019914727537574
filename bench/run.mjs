// The benchmark behind `npm run bench` (which builds dist/ first). It writes synthetic
// archives of 200, 2,000 and 20,000 issues (bench/synth.mjs, fixed seed) to bench/out/,
// then for each size measures the real CLI on the folder (wall time, MB/s, issues/s, peak
// RSS), the library in-process (issues/s, main thread only and with the worker pool) and a
// naive baseline: a process running chrono-node en.GB over the whole text of every file.
// It also times a cold one-issue CLI run against `node -e 0` and pathological inputs
// against a normal issue, and prints PASS/FAIL per target.
//
//   node bench/run.mjs [--sizes 200,2000,20000] [--runs 3] [--baseline-sample 2000] [--lib-max 2000]
//
// Exits 1 when a target fails. bench/README.md explains each figure.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathologicalCases } from './pathological.mjs';
import { synthesise, templateFiles } from './synth.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.join(here, 'out');
const child = path.join(here, 'child.mjs');
const bin = path.join(here, '../bin/seslip.cjs');

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : process.argv[at + 1];
}
const SIZES = option('sizes', '200,2000,20000').split(',').map(Number);
// The baseline reads at most this many files of an archive (the first ones).
const BASELINE_SAMPLE = Number(option('baseline-sample', '2000'));
// The in-process library run is skipped above this size: it would repeat the CLI's work.
const LIB_MAX = Number(option('lib-max', '2000'));
// The CLI and the baseline run this many times each, interleaved, and the median counts:
// on a shared machine one run can be 30% off.
const RUNS = Number(option('runs', '3'));
const TIMEOUT_MS = 20 * 60_000;

const MB = 1e6;
const fmt = (n, digits = 1) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Writes the archive unless bench/out already holds the same one (same generator, fixtures and size). */
function archive(size) {
  const dir = path.join(out, `archive-${size}`);
  const hash = createHash('sha256').update(readFileSync(path.join(here, 'synth.mjs'))).update(String(size));
  for (const file of templateFiles()) hash.update(path.relative(here, file)).update(readFileSync(file));
  const stamp = hash.digest('hex');
  const stampFile = path.join(dir, '.stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const { name, text } of synthesise(size)) writeFileSync(path.join(dir, name), text);
  writeFileSync(stampFile, stamp);
  return dir;
}

function folderBytes(dir) {
  return spawnSync('du', ['-sb', '--exclude=.stamp', dir], { encoding: 'utf8' }).stdout.split('\t').map(Number)[0];
}

/** Runs bench/child.mjs in a fresh process; returns its wall time and its report. */
function measure(args, { stdout = 'ignore' } = {}) {
  const reportFile = path.join(out, `report-${process.pid}.json`);
  rmSync(reportFile, { force: true });
  const fd = stdout === 'null' ? openSync('/dev/null', 'w') : 'ignore';
  const started = performance.now();
  const run = spawnSync(process.execPath, [child, ...args], {
    stdio: ['ignore', fd, 'pipe'],
    env: { ...process.env, BENCH_REPORT: reportFile },
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * MB,
  });
  const wallMs = performance.now() - started;
  if (typeof fd === 'number') closeSync(fd);
  if (run.error || !existsSync(reportFile)) {
    return { failed: run.error?.code === 'ETIMEDOUT' ? `timed out after ${TIMEOUT_MS / 1000} s` : run.stderr.toString().trim().split('\n').slice(-3).join(' | '), wallMs };
  }
  return { wallMs, ...JSON.parse(readFileSync(reportFile, 'utf8')) };
}

/** The run with the median wall time; a failed run counts as the slowest. */
function medianRun(runs) {
  const failed = runs.find((r) => r.failed);
  return failed ?? [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)];
}

/** Wall time of a command, median of `runs`, interleaving commands so load drifts hit all alike. */
function coldStarts(commands, runs) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach((cmd, k) => {
      const started = performance.now();
      spawnSync(process.execPath, cmd, { stdio: 'ignore' });
      times[k].push(performance.now() - started);
    });
  }
  return times.map(median);
}

const results = { machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, memoryGb: Math.round(os.totalmem() / 2 ** 30) }, sizes: [], targets: [] };
const target = (name, pass, figure) => {
  results.targets.push({ name, pass, figure });
};

console.log(`seslip benchmark — node ${process.version}, ${results.machine.cpus} cores (${results.machine.cpu}), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
mkdirSync(out, { recursive: true });

console.log('\n== Archive throughput (CLI: `seslip parse DIR > /dev/null`, full pipeline incl. merge and JSON) ==');
console.log('  issues      MB   CLI s   MB/s  issues/s  peak RSS | lib issues/s 1 thread  pool | baseline MB/s  issues/s  (files) | seslip/baseline');
for (const size of SIZES) {
  const started = performance.now();
  const dir = archive(size);
  const generatedS = (performance.now() - started) / 1000;
  const bytes = folderBytes(dir);
  const cliRuns = [];
  const baseRuns = [];
  for (let run = 0; run < (size > LIB_MAX ? 1 : RUNS); run++) {
    cliRuns.push(measure(['cli', 'parse', dir], { stdout: 'null' }));
    baseRuns.push(measure(['baseline', dir, String(BASELINE_SAMPLE)]));
  }
  const cli = medianRun(cliRuns);
  const base = medianRun(baseRuns);
  // The pool at one worker per spare core (at least one), even where the CLI would start none.
  const lib = size <= LIB_MAX ? measure(['lib', dir, String(Math.max(1, os.cpus().length - 1))]) : null;
  const alone = size <= LIB_MAX ? measure(['lib', dir, '0']) : null;
  const row = { size, bytes, generatedS, cli, lib, libOneThread: alone, baseline: base, cliRuns, baselineRuns: baseRuns };
  results.sizes.push(row);
  if (cli.failed || base.failed || lib?.failed || alone?.failed) {
    console.log(`  ${String(size).padStart(6)}  FAILED: ${cli.failed ?? lib?.failed ?? alone?.failed ?? base.failed}`);
    continue;
  }
  row.cliMBps = bytes / MB / (cli.wallMs / 1000);
  row.cliIssuesPerS = size / (cli.wallMs / 1000);
  row.libIssuesPerS = lib ? size / (lib.ms / 1000) : null;
  row.libOneThreadIssuesPerS = alone ? size / (alone.ms / 1000) : null;
  // Like the CLI's, the baseline's figure is its whole process: start-up, reading, parsing.
  row.baselineMBps = base.bytes / MB / (base.wallMs / 1000);
  row.baselineIssuesPerS = base.files / (base.wallMs / 1000);
  row.ratio = row.cliMBps / row.baselineMBps;
  console.log(
    `  ${String(size).padStart(6)}  ${fmt(bytes / MB).padStart(6)}  ${fmt(cli.wallMs / 1000).padStart(6)}  ${fmt(row.cliMBps, 2).padStart(5)}  ${fmt(row.cliIssuesPerS, 0).padStart(8)}  ${fmt(cli.maxRssKb / 1024, 0).padStart(5)} MB |` +
      ` ${alone ? `${fmt(row.libOneThreadIssuesPerS, 0).padStart(21)} ${fmt(row.libIssuesPerS, 0).padStart(5)}` : '               skipped'} | ${fmt(row.baselineMBps, 2).padStart(13)}  ${fmt(row.baselineIssuesPerS, 0).padStart(8)}  (${base.files}) | ${fmt(row.ratio, 2).padStart(6)}x`,
  );
}
const cpuRows = results.sizes.filter((r) => r.cli?.cpu && r.baseline?.cpu);
if (cpuRows.length > 0) {
  // Whether a second JS thread could pay: what the process's other threads (V8 compiling
  // and collecting garbage) already take of the cores, and how long the main thread waited for one.
  console.log('\n  CPU of the median runs, s: main thread / other threads (main thread waiting for a core)');
  for (const r of cpuRows) {
    const c = (x) => `${fmt(x.mainMs / 1000, 2)} / ${fmt(x.otherMs / 1000, 2)} (${fmt(x.mainWaitMs / 1000, 2)})`;
    console.log(`  ${String(r.size).padStart(6)}  CLI ${c(r.cli.cpu)} in ${fmt(r.cli.wallMs / 1000, 2)} s   baseline ${c(r.baseline.cpu)} in ${fmt(r.baseline.wallMs / 1000, 2)} s`);
  }
}
if (SIZES.some((s) => s > LIB_MAX)) console.log(`  (lib issues/s: parseArchive + JSON.stringify in-process, on the main thread only and with the default worker pool; skipped above ${LIB_MAX} issues, where the CLI figure says the same)`);
if (SIZES.some((s) => s > BASELINE_SAMPLE)) console.log(`  (baseline on the first ${BASELINE_SAMPLE} files of larger archives: chrono alone would take minutes; its rate does not depend on archive size)`);

const bySize = new Map(results.sizes.filter((r) => r.ratio).map((r) => [r.size, r]));
const two = bySize.get(2000);
const twenty = bySize.get(20000);
if (two) {
  target('full pipeline >= 1.5x naive chrono baseline (MB/s, 2,000 issues)', two.ratio >= 1.5, `${fmt(two.ratio, 2)}x`);
  target('peak RSS for 2,000 issues <= 300 MB', two.cli.maxRssKb / 1024 <= 300, `${fmt(two.cli.maxRssKb / 1024, 0)} MB`);
}
if (two && twenty) {
  const growth = twenty.cli.wallMs / two.cli.wallMs;
  target('linear time: 20,000 issues <= 11x the time of 2,000', growth <= 11, `${fmt(growth, 1)}x`);
}

console.log('\n== Cold start: one issue (fixtures/update-381-2019-12-06.txt), median of 15 runs ==');
const one = path.join(here, '../fixtures/update-381-2019-12-06.txt');
const [nodeMs, parseMs, versionMs] = coldStarts([['-e', '0'], [bin, 'parse', one], [bin, '--version']], 15);
const coldRatio = parseMs / nodeMs;
results.coldStart = { nodeMs, parseMs, versionMs, ratio: coldRatio };
console.log(`  node -e 0 ${fmt(nodeMs, 0)} ms   seslip --version ${fmt(versionMs, 0)} ms   seslip parse (one issue) ${fmt(parseMs, 0)} ms   ratio ${fmt(coldRatio, 2)}x`);
target('cold `seslip parse` of one issue <= 3x `node -e 0`', coldRatio <= 3, `${fmt(coldRatio, 2)}x`);

console.log('\n== Pathological input: time per MB against a normal issue (parseIssue + JSON, warm) ==');
const pathDir = path.join(out, 'pathological');
mkdirSync(pathDir, { recursive: true });
const normal = measure(['issue', path.join(here, '../fixtures/layout-2020/update-447-2021-03-12.txt'), '20']);
const normalMsPerMB = normal.ms / (normal.bytes / MB);
console.log(`  normal issue            ${fmt(normal.bytes / 1000, 1).padStart(7)} kB  ${fmt(normal.ms, 2).padStart(9)} ms  ${fmt(normalMsPerMB, 0).padStart(7)} ms/MB`);
results.pathological = { normal: { ...normal, msPerMB: normalMsPerMB }, cases: [] };
for (const { name, text } of pathologicalCases()) {
  const file = path.join(pathDir, `${name}.txt`);
  writeFileSync(file, text);
  const run = measure(['issue', file, '2']);
  if (run.failed) {
    console.log(`  ${name.padEnd(22)}  FAILED: ${run.failed}`);
    results.pathological.cases.push({ name, failed: run.failed });
    target(`pathological "${name}" <= 10x a normal issue per MB`, false, run.failed);
    continue;
  }
  const msPerMB = run.ms / (run.bytes / MB);
  const times = msPerMB / normalMsPerMB;
  results.pathological.cases.push({ name, ...run, msPerMB, times });
  console.log(`  ${name.padEnd(22)}  ${fmt(run.bytes / 1000, 1).padStart(7)} kB  ${fmt(run.ms, 2).padStart(9)} ms  ${fmt(msPerMB, 0).padStart(7)} ms/MB  ${fmt(times, 2).padStart(6)}x`);
  target(`pathological "${name}" <= 10x a normal issue per MB`, times <= 10, `${fmt(times, 2)}x`);
}

console.log('\n== Targets ==');
for (const t of results.targets) console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.figure}`);
writeFileSync(path.join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n(figures in ${path.relative(process.cwd(), path.join(out, 'results.json'))})`);
rmSync(path.join(out, `report-${process.pid}.json`), { force: true });
process.exitCode = results.targets.every((t) => t.pass) ? 0 : 1;
