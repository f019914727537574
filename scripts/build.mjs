// Bundles the CLI and the library with esbuild. `npm install` runs this (prepare), so a
// fresh clone needs no separate build step. The CLI is one file so a cold start reads
// one module instead of hundreds.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// Phones are read as UK numbers (src/extract/contacts.ts), so the bundles carry only the
// numbering plans of calling code +44 (GB, GG, IM, JE) instead of every country's: 83 kB
// of JSON less to compile at every start.
const ukPhoneMetadata = {
  name: 'uk-phone-metadata',
  setup(b) {
    // The ES module import is a .js wrapper around the .json beside it.
    b.onLoad({ filter: /libphonenumber-js[\\/]metadata\.min\.json(\.js)?$/ }, async (args) => {
      const all = JSON.parse(await readFile(args.path.replace(/\.js$/, ''), 'utf8'));
      const codes = { 44: all.country_calling_codes['44'] };
      const countries = Object.fromEntries(codes[44].map((country) => [country, all.countries[country]]));
      return { contents: JSON.stringify({ ...all, country_calling_codes: codes, countries, nonGeographic: {} }), loader: 'json' };
    });
  },
};

// src/dates/chrono.ts picks chrono-node's parsers by class name, which minifying renames.
// Pinning the name of those classes alone, not esbuild's keepNames for the whole bundle,
// spares the hot paths keepNames' wrapper around every closure they create (it cost ~5% of
// an archive run). Each parser module default-exports one class named after its file.
const chronoParserNames = {
  name: 'chrono-parser-names',
  setup(b) {
    b.onLoad({ filter: /chrono-node[\\/]dist[\\/]esm[\\/].*Parser\.js$/ }, async (args) => {
      const contents = await readFile(args.path, 'utf8');
      const name = /^export default class (\w+)/m.exec(contents)?.[1];
      if (!name) return undefined;
      return { contents: `${contents}\nObject.defineProperty(${name}, 'name', { value: '${name}' });\n`, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'bundle',
  logLevel: 'warning',
  plugins: [ukPhoneMetadata, chronoParserNames],
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __seslipRequire } from 'node:module'; const require = __seslipRequire(import.meta.url);" },
};

// The CLI is CommonJS so that bin/seslip.cjs can compile it with V8's code cache
// (vm.Script takes one; Node 20 has none for ES modules). vm.Script has no import() without
// a loader hook, so esbuild turns import() into require().
rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  format: 'cjs',
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.cjs',
  minify: true,
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__seslipModuleUrl' },
  banner: { js: "const __seslipModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
execFileSync(process.execPath, [fileURLToPath(new URL('./code-cache.cjs', import.meta.url))], { stdio: 'ignore' });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
// The worker threads of src/pool.ts, shared by both bundles (each finds it beside itself).
await build({ ...common, entryPoints: ['src/worker.ts'], outfile: 'dist/worker.js', minify: true });
