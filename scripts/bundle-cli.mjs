// The `newsbrief` command as one bundle of our own modules (and zod's ~100 small ones), so a
// cold start opens a few files instead of ~200: about a quarter of `newsbrief brief` was
// module loading. Bundled from tsc's output in dist/; the other packages stay in node_modules.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));

await build({
  entryPoints: ['dist/adapters/cli/main.js'],
  outdir: 'dist/cli',
  bundle: true,
  // Subcommands load on demand, as in the sources.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: Object.keys(dependencies).filter((name) => name !== 'zod'),
  sourcemap: true,
  logLevel: 'warning',
});
