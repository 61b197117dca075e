// Goal: house rules hold in every source file (STYLE rule 13). Method: scan src/ and report each
// violation with its file, line and the replacement to use.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

const files = sourceFiles(path.join(root, 'src')).map((file) => ({ file: path.relative(root, file), text: fs.readFileSync(file, 'utf8') }));
const production = files.filter((f) => !f.file.endsWith('.test.ts'));

function violations(targets: typeof files, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const { file, text } of targets) {
    text.split('\n').forEach((line, i) => {
      if (pattern.test(line) && !line.trimStart().startsWith('//') && !line.trimStart().startsWith('*')) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

const deterministicCore = production.filter((f) => /^src\/(domain|engine|stats|telephony\/sim|sim)\//.test(f.file));

describe('tidy', () => {
  it('keeps wall clock, timers and unseeded randomness out of the deterministic core (use Clock and Rng)', () => {
    expect(violations(deterministicCore, /Date\.now\(|new Date\(\)|Math\.random\(|setTimeout\(|setInterval\(|randomUUID\(/)).toEqual([]);
  });

  it('reads process.env only in src/app/config.ts', () => {
    expect(violations(production.filter((f) => f.file !== 'src/app/config.ts'), /process\.env/)).toEqual([]);
  });

  it('has no console.log (use the logger)', () => {
    expect(violations(production, /console\.log\(/)).toEqual([]);
  });

  it('has no FIXME, TODO or placeholder left behind', () => {
    expect(violations(production, /\b(FIXME|TODO|XXX)\b|not implemented/i)).toEqual([]);
  });

  it('keeps HTTP and SQL libraries out of the domain', () => {
    expect(violations(production.filter((f) => f.file.startsWith('src/domain/')), /from '(fastify|kysely|pg|better-sqlite3)'/)).toEqual([]);
  });

  it('keeps the domain free of async code (prefetch outside, apply synchronously)', () => {
    expect(violations(production.filter((f) => f.file.startsWith('src/domain/')), /\basync\b|\bawait\b/)).toEqual([]);
  });

  it('names files in kebab-case', () => {
    const bad = files.map((f) => f.file).filter((f) => !/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9-]+)*\.ts$/.test(path.basename(f)));
    expect(bad).toEqual([]);
  });

  it('keeps source files under 320 lines (ratchet: lower it, never raise it)', () => {
    const long = production.filter((f) => f.text.split('\n').length > 320).map((f) => `${f.file}: ${f.text.split('\n').length}`);
    expect(long).toEqual([]);
  });
});
