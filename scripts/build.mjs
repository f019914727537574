// Bundles the CLI and the library with esbuild. `npm install` runs this (prepare), so a
// fresh clone needs no separate build step. The CLI is one file so a cold start reads
// one module instead of hundreds.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
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

// V8 compiles a regular expression to machine code on its second run. chrono-node's
// patterns are huge, and a one-issue run executes most of them only a few times, so the
// compiling cost more than it saves (one-issue cold start: 0.61 s CPU with the default,
// 0.34 s with 1000). Hot patterns still compile after 1000 runs, so archives lose nothing.
// The flag must be set before the bundle creates its first pattern, hence the banner;
// only the CLI sets it, as the library must not change its host process's V8 flags.
const cliBanner = `import { setFlagsFromString as __seslipV8Flags } from 'node:v8'; __seslipV8Flags('--regexp-tier-up-ticks=1000'); ${common.banner.js}`;

await build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', minify: true, banner: { js: cliBanner } });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
// The worker threads of src/pool.ts, shared by both bundles (each finds it beside itself).
await build({ ...common, entryPoints: ['src/worker.ts'], outfile: 'dist/worker.js', minify: true });
