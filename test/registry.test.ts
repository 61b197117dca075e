// Goal: the endpoint registry and the documents derived from it stay true to the reference.
// Method: compare the registry with the reference catalog and regenerate docs/coverage.md.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allEndpoints } from '../src/api/registry.ts';
import { simEndpoints } from '../src/api/sim/index.ts';
import { callbacks, catalogInterfaces, catalogPath, coveragePath, readCatalog, renderCoverage } from '../src/app/docs/coverage.ts';
import path from 'node:path';
import { toRoutePath } from '../src/http/route-path.ts';

const catalog = readCatalog();
const sections = new Set(catalog.map((entry) => entry.id));

describe('endpoint registry', () => {
  it('names only sections the reference has', () => {
    const unknown = allEndpoints.filter((e) => !sections.has(e.section) && !e.section.startsWith('ext.')).map((e) => e.section);
    expect(unknown).toEqual([]);
  });

  it('uses the documented path of its section, up to case and the documented variants', () => {
    const byId = new Map(catalogInterfaces(catalog).map((entry) => [entry.id, entry]));
    for (const endpoint of allEndpoints) {
      const documented = byId.get(endpoint.section);
      if (!documented?.uri) continue;
      const paths = [endpoint.path, ...(endpoint.pathAliases ?? [])].map((p) => toRoutePath(p).toLowerCase());
      // iKBS (§9.2) prints a second URI per section, the SIA one with `ByAKSK` appended (ref L31666).
      const documentedPaths = [documented.uri, ...(endpoint.section.startsWith('9.2.') ? [`${documented.uri}ByAKSK`] : [])].map((p) => toRoutePath(p).toLowerCase());
      expect(paths.some((p) => documentedPaths.includes(p)), `${endpoint.section} ${endpoint.path}`).toBe(true);
    }
  });

  it('registers each method and path once', () => {
    const seen = new Set<string>();
    for (const endpoint of [...allEndpoints, ...simEndpoints]) {
      for (const p of [endpoint.path, ...(endpoint.pathAliases ?? [])]) {
        const key = `${endpoint.method} ${toRoutePath(p).toLowerCase()}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('lists every callback the catalog marks, and only those', () => {
    const marked = catalog.filter((entry) => (entry as { callback?: boolean }).callback).map((entry) => entry.id);
    expect(marked.sort()).toEqual(Object.keys(callbacks).sort());
    const coverage = fs.readFileSync(coveragePath, 'utf8');
    for (const id of marked) expect(coverage).toMatch(new RegExp(`\\| ${id.replaceAll('.', '\\.')} \\|.*callback`));
  });

  it('keeps docs/coverage.md up to date (run `npm run docs`)', () => {
    expect(fs.readFileSync(coveragePath, 'utf8')).toBe(renderCoverage(allEndpoints, catalog));
  });
});

// The project keeps a copy of the shared reference catalog so that a checkout stands alone; when
// the shared one is revised, the copy must follow (and docs/coverage.md with it).
const sharedCatalog = path.resolve(import.meta.dirname, '../../shared/spec/catalog.json');
describe.skipIf(!fs.existsSync(sharedCatalog))('the catalog copy', () => {
  it('is identical to ../shared/spec/catalog.json', () => {
    expect(fs.readFileSync(catalogPath, 'utf8')).toBe(fs.readFileSync(sharedCatalog, 'utf8'));
  });
});
