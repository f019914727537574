'use strict';
// Writes the V8 code cache that bin/seslip.cjs starts the CLI with: loads the bundle as the
// bin does, parses the bundled fixtures so that the functions a run needs are compiled,
// then saves them. scripts/build.mjs runs this in a child process and discards its output.
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const { load } = require('../bin/seslip.cjs');

const { cli, script, cacheFile } = load();
cli.main(['parse', path.join(__dirname, '../fixtures')]).then(() => writeFileSync(cacheFile, script.createCachedData()));
