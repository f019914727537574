#!/usr/bin/env node
'use strict';
// Starts the CLI bundle (dist/cli.cjs) with V8's code cache of it, which the build writes
// after a warm-up run (scripts/code-cache.cjs): compiling the bundle's functions was about
// a fifth of a one-issue run. Node 20 has no compile cache of its own, so the bundle is
// compiled through vm.Script, which takes one. A cache V8 cannot use (another Node
// version) is ignored and the bundle compiles as usual.
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const path = require('node:path');
const { Script } = require('node:vm');

// V8 compiles a regular expression to machine code on its second run. chrono-node's
// patterns are huge, and a one-issue run executes most of them only a few times, so
// compiling them all costs more than it saves; after 100 runs a pattern is hot. (1000 cost
// a 2,000-issue run ~0.4 s of main-thread CPU interpreting patterns, chrono's over whole
// batches of windows, against nothing measurable on a one-issue run.)
// Set before the bundle creates its first pattern, and before the code cache is made or
// read (V8 accepts a cache only under the flags it was made with). Only the CLI sets it:
// the library must not change its host process's V8 flags.
require('node:v8').setFlagsFromString('--regexp-tier-up-ticks=100');

const BUNDLE = path.join(__dirname, '../dist/cli.cjs');

/** The cache's file: named by the bundle's content, so a rebuilt bundle never meets a stale cache. */
const cacheFile = (source) => `${BUNDLE}.${createHash('sha1').update(source).digest('hex').slice(0, 16)}.cache`;

/** The bundle's exports, and its script (for the build to make the cache from). */
function load() {
  const source = readFileSync(BUNDLE, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile(source));
  } catch {
    cachedData = undefined;
  }
  const script = new Script(wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return { cli: module.exports, script, cacheFile: cacheFile(source) };
}

if (require.main === module) {
  load()
    .cli.main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
} else {
  module.exports = { load };
}
