import fs from 'node:fs';
import { allEndpoints } from '../../api/registry.ts';
import { coveragePath, renderCoverage } from './coverage.ts';

/** `opencec docs`: regenerates the derived documents (docs/coverage.md). */
export function writeDocs(): string[] {
  fs.writeFileSync(coveragePath, renderCoverage(allEndpoints));
  return [coveragePath];
}
