#!/usr/bin/env node
// Bundles src/ into dist/app/cli.js (run by `npm run build` and by npm's `prepare`, so `npm ci`
// ships compiled JavaScript). One file starts several times faster than hundreds of modules each
// resolved and loaded on start (docs/performance.md). Packages stay external: they load from
// node_modules as usual. Type-checking is `npm run typecheck`'s job, so this only transpiles. The
// stamp holds the time the build started, so that a source edited during the build reads as
// newer. Without esbuild (`npm ci --omit=dev`) it builds nothing: bin/opencec.js then runs the
// sources through tsx.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
let esbuild;
try {
  esbuild = createRequire(path.join(root, 'package.json'))('esbuild');
} catch {
  process.stderr.write('opencec build: esbuild is not installed; the CLI will run the sources through tsx\n');
  process.exit(0);
}
const startedMs = Date.now();
fs.rmSync(dist, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [path.join(root, 'src', 'app', 'cli.ts')],
  outfile: path.join(dist, 'app', 'cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
fs.writeFileSync(path.join(dist, '.built'), String(startedMs));
