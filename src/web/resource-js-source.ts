import fs from 'node:fs';
import path from 'node:path';
import type { ResourceFamily } from './resource-js-model.ts';
import { webAsset } from './web-root.ts';

/**
 * The text of `GET /agentgateway/resource-js`: the REST runtime (web/resource-js/rest-runtime.js)
 * followed by one object per family, each method a one-line call of the runtime with its HTTP
 * method, path template and query keys (decision 1600). Built once at start.
 */
export function resourceJsSource(families: readonly ResourceFamily[], fallbackApiUrl: string): string {
  const runtime = fs.readFileSync(webAsset(path.join('resource-js', 'rest-runtime.js')), 'utf8').replace('__API_URL__', fallbackApiUrl);
  const lines: string[] = [runtime, '// Generated from the OpenCEC endpoint registry: one object per gateway family.'];
  for (const family of families) {
    lines.push('', `var ${family.objectName} = {};`);
    for (const method of family.methods) {
      lines.push(
        `/** CEC §${method.section}: ${method.httpMethod} ${method.path} */`,
        `${family.objectName}.${method.name} = function (_params) { return REST._call(_params, ${JSON.stringify(method.httpMethod)}, ${JSON.stringify(method.path)}, ${JSON.stringify(method.query)}); };`,
      );
    }
  }
  lines.push('');
  return lines.join('\n');
}
