import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the browser pages (`web/` at the package root). The sources (src/web/) and the
 * bundle (dist/app/) sit at different depths, so the root is found by walking up to package.json.
 */
export const webRoot: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('opencec: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return path.join(dir, 'web');
})();

export function webAsset(relative: string): string {
  return path.join(webRoot, relative);
}

/** The package root (for files served from node_modules, e.g. the chart library). */
export const packageRoot: string = path.dirname(webRoot);
