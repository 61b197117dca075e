#!/usr/bin/env node
// Compiles src/ to dist/ (run by `npm run build` and by npm's `prepare`, so `npm ci` ships
// compiled JavaScript): type-checking is `npm run typecheck`'s job, so this only transpiles. The
// stamp holds the time the build started, so that a source edited during the build reads as
// newer. Without TypeScript (`npm ci --omit=dev`) it builds nothing: bin/opencec.js then runs the
// sources through tsx.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
let tsc;
try {
  tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  process.stderr.write('opencec build: typescript is not installed; the CLI will run the sources through tsx\n');
  process.exit(0);
}
const startedMs = Date.now();
fs.rmSync(dist, { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
fs.writeFileSync(path.join(dist, '.built'), String(startedMs));
