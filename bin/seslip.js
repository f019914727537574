#!/usr/bin/env node
// `node bin/seslip.js` as before: the same CLI as bin/seslip.cjs, the package's bin, which
// starts a little faster (no ES module loader).
import { createRequire } from 'node:module';

const { load } = createRequire(import.meta.url)('./seslip.cjs');
process.exitCode = await load().cli.main(process.argv.slice(2));
