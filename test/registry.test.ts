// Goal: the endpoint registry and the documents derived from it stay true to the reference.
// Method: compare the registry with the reference catalog and regenerate docs/coverage.md.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allEndpoints } from '../src/api/registry.ts';
import { simEndpoints } from '../src/api/sim/index.ts';
import { catalogInterfaces, coveragePath, readCatalog, renderCoverage } from '../src/app/docs/coverage.ts';
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
      expect(paths, `${endpoint.section}`).toContain(toRoutePath(documented.uri).toLowerCase());
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

  it('keeps docs/coverage.md up to date (run `npm run docs`)', () => {
    expect(fs.readFileSync(coveragePath, 'utf8')).toBe(renderCoverage(allEndpoints, catalog));
  });
});
