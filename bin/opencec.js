#!/usr/bin/env node
// Runs the compiled JavaScript in dist/ when it is at least as new as every source file (`npm ci`
// and `npm run build` make it), else the TypeScript sources through tsx, so a checkout works
// without a build step and `npx opencec ...` never runs stale compiled code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function builtAtMs() {
  try {
    return Number(fs.readFileSync(path.join(root, 'dist', '.built'), 'utf8'));
  } catch {
    return undefined;
  }
}

function newestSourceMs(directory) {
  let newest = fs.statSync(directory).mtimeMs;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMs(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const built = builtAtMs();
let cli;
if (built !== undefined && newestSourceMs(path.join(root, 'src')) <= built) {
  cli = path.join(root, 'dist', 'app', 'cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = path.join(root, 'src', 'app', 'cli.ts');
}
const { runCli } = await import(pathToFileURL(cli).href);
process.exitCode = await runCli(process.argv.slice(2));
