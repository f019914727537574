// Bundles the CLI and the library with esbuild. `npm install` runs this (prepare), so a
// fresh clone needs no separate build step. The CLI is one file so a cold start reads
// one module instead of hundreds.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'bundle',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __seslipRequire } from 'node:module'; const require = __seslipRequire(import.meta.url);" },
};

await build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', minify: true });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
