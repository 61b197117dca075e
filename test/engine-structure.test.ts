// Goal: the engine stays a house of capability folders with imports going downward only (STYLE:
// no import cycles; docs/architecture.md "The engine"). Method: parse every relative import of
// src/engine (type-only ones included), look for a cycle by depth-first search, and check that a
// folder reaches another folder only through its index.ts and only downward in the declared order.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const engineRoot = path.resolve(import.meta.dirname, '../src/engine');
/** Lowest first: a folder may import only folders before it. */
// inspection (§12.1) sits above sessions: its commands sign agents out and reset their skills, and
// it acts on calls and work states below; nothing below knows it except through a reaction.
// conference (§6.1.6) sits above call-control: a conference call's legs are calls' legs, and calls hand over through reactions.
// dialer (ch. 7 outbound) sits on top: it places calls through calls, routing and ivr, and nothing knows it but through reactions.
const layers = ['core', 'records', 'routing', 'ivr', 'agent-state', 'calls', 'call-control', 'conference', 'sessions', 'inspection', 'media-play', 'system-calls', 'dialer', 'chat', 'queries'];
/** What `queries` may read (it answers questions about state; it does not act). */
const queriesMayImport = new Set(['core']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

const rel = (file: string) => path.relative(engineRoot, file);
const graph = new Map<string, string[]>();
for (const file of sourceFiles(engineRoot)) {
  const text = fs.readFileSync(file, 'utf8');
  const targets = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from '(\.[^']+)'/gms)].map((m) => path.resolve(path.dirname(file), m[1]!));
  graph.set(rel(file), targets.filter((t) => t.startsWith(engineRoot + path.sep)).map(rel));
}

/** One import cycle, as a path of files, or null. */
function findCycle(edges: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...trail.slice(trail.indexOf(node)), node];
    state.set(node, 'open');
    trail.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

const folderOf = (file: string) => (file.includes(path.sep) ? file.split(path.sep)[0]! : null);

describe('engine structure', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toBeNull();
  });

  it('has no import cycle in src/engine', () => {
    expect(graph.size).toBeGreaterThan(40);
    expect(findCycle(graph)).toBeNull();
  });

  it('keeps every file in a capability folder with an entry file, except the door and the assembly', () => {
    const loose = [...graph.keys()].filter((f) => folderOf(f) === null).sort();
    expect(loose).toEqual(['apply-config.ts', 'engine-registry.ts', 'index.ts', 'shutdown.ts', 'tenant-engine.ts']);
    const folders = new Set([...graph.keys()].map(folderOf).filter((f): f is string => f !== null));
    expect([...folders].sort()).toEqual([...layers].sort());
    for (const folder of folders) expect(graph.has(path.join(folder, 'index.ts')), folder).toBe(true);
  });

  it('lets a folder import another only through its index.ts, and only downward', () => {
    const wrong: string[] = [];
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      for (const target of targets) {
        const to = folderOf(target);
        if (to === null || to === from) {
          if (from !== null && to === null) wrong.push(`${file} → ${target}: a folder does not import the engine's root files`);
          if (from !== null && to === from && path.basename(target) === 'index.ts') wrong.push(`${file} → ${target}: files of a folder import each other directly`);
          continue;
        }
        if (path.basename(target) !== 'index.ts') wrong.push(`${file} → ${target}: import the folder's index.ts`);
        if (from === null) continue;
        const downward = from === 'queries' ? queriesMayImport.has(to) : layers.indexOf(to) < layers.indexOf(from);
        if (!downward) wrong.push(`${file} → ${target}: ${from} may not import ${to} (upward); register a reaction instead`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets the rest of src import the engine only through its door', () => {
    const srcRoot = path.resolve(engineRoot, '..');
    const wrong: string[] = [];
    for (const file of sourceFiles(srcRoot).filter((f) => !f.startsWith(engineRoot + path.sep))) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
        const target = path.resolve(path.dirname(file), m[1]!);
        if (target.startsWith(engineRoot + path.sep) && target !== path.join(engineRoot, 'index.ts')) wrong.push(`${path.relative(srcRoot, file)} → ${m[1]}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
