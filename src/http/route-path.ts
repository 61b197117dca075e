/**
 * Path spellings the reference documents for the same interface (note 01 §3.1, note 02 §8.5):
 * the configuration family with and without `/rest`, and the `voicecall` module misprinted as
 * `voicercall`, `voicerecall` and `voicell`. Incoming URLs are rewritten to one canonical form
 * before routing, and routes are registered under that same form, so every variant reaches the
 * same handler. Letter case is handled by the case-insensitive router.
 */
const rewrites: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\/apiaccess\/(?!rest\/)(cc-management\/)/i, '/apiaccess/rest/$1'],
  [/^\/agentgateway\/resource\/(?:voicercall|voicerecall|voicell)\//i, '/agentgateway/resource/voicecall/'],
  // CC-iSales behind the gateway (change history, ref L962): `/service-cloud/rest/isales/...` (note 04 §3.1).
  [/^\/service-cloud\/rest\/isales\//i, '/rest/isales/'],
  // The quality check behind API Fabric (`/apiaccess/CCSQM/…`, `/apiaccess/CCISQM/…`) or without it (note 07 §8.4 item 21).
  [/^\/apiaccess\/(ccsqm|ccisqm)\//i, '/$1/'],
];

export function canonicalUrl(url: string): string {
  for (const [pattern, replacement] of rewrites) {
    if (pattern.test(url)) return url.replace(pattern, replacement);
  }
  return url;
}

/** `/a/{id}/b?x={x}` → `/a/:id/b`, canonicalised. */
export function toRoutePath(documentedPath: string): string {
  const withoutQuery = documentedPath.split('?')[0]!;
  return canonicalUrl(withoutQuery.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1'));
}

/** `/a/{id}/b?x={x}` → `/a/{id}/b` (the OpenAPI form). */
export function toOpenApiPath(documentedPath: string): string {
  return documentedPath.split('?')[0]!;
}
