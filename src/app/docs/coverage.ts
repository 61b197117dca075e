import fs from 'node:fs';
import path from 'node:path';
import type { ApiEndpoint } from '../../api/define-endpoint.ts';

interface CatalogEntry {
  id: string;
  title: string;
  leaf: boolean;
  method: string | null;
  uri: string | null;
  /** The server calls this interface (the client hosts it). */
  callback?: boolean;
}

/** The checkout's root: the nearest folder above this module with a package.json (the sources and the bundle in dist/ sit at different depths). */
function projectRoot(): string {
  let directory = import.meta.dirname;
  while (!fs.existsSync(path.join(directory, 'package.json')) && path.dirname(directory) !== directory) directory = path.dirname(directory);
  return directory;
}

export const catalogPath = path.join(projectRoot(), 'docs', 'reference', 'catalog.json');
export const coveragePath = path.join(projectRoot(), 'docs', 'coverage.md');

export function readCatalog(): CatalogEntry[] {
  return JSON.parse(fs.readFileSync(catalogPath, 'utf8')) as CatalogEntry[];
}

/**
 * URIs the catalog's extraction cut at a line break, as the sections print them. The catalog is
 * kept byte-identical to the shared one, so corrections are applied when it is read.
 */
const uriCorrections: Record<string, string> = {
  // CEC §12.1.14 (sections/12/12.1.14, lines 18–20): the query string sits on the next line.
  '12.1.14': '/agentgateway/resource/qualitycontrol/{agentid}/requestswitchinsertwhisperagent?whisperagentid={whisperagentid}&switchtype={switchtype}',
  // CEC §8.6 (sections/08/8.6, line 13): the catalog kept the Markdown escape of `ngcrmpfcore_js`.
  '8.6': '/apiaccess/ngcrmpfcore_js/csf/exam/sorcresult',
};

/** The interfaces of the reference: catalog sections that carry a URI (corrected where cut). */
export function catalogInterfaces(catalog: CatalogEntry[] = readCatalog()): CatalogEntry[] {
  return catalog.filter((entry) => entry.uri).map((entry) => (uriCorrections[entry.id] ? { ...entry, uri: uriCorrections[entry.id]! } : entry));
}

const compareSections = (a: string, b: string): number => {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x);
    const ny = Number(y);
    if (!Number.isNaN(nx) && !Number.isNaN(ny) && nx !== ny) return nx - ny;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

/**
 * Interfaces the reference lists that are not served by us but called by us (the client hosts
 * them), with where the behaviour lives.
 */
const implementedWithoutEndpoint: Record<string, string> = {
  '6.1.4.2': 'implemented (the server pushes events to the agent client\'s callbackUri: src/events/agent-event-hub.ts, http-push-sender.ts)',
  '6.3.6': 'implemented (the server pushes each speaker turn to the §6.3 subscription\'s serviceCallBackUri through the callback outbox, in order per call, with nlpResult from the tenant\'s chatbot: src/services/asr-subscription/asr-transcript-feed.ts, asr-nlp.ts)',
  // §10.14 describes the third-party robot's own interfaces: ODFS is their client (decision 1012).
  '10.14.1': 'implemented (the server logs in to the tenant\'s third-party robot: src/services/chatbot/robot-connector.ts, decision 1012)',
  '10.14.2': 'implemented (flow nlu nodes ask the tenant\'s third-party robot to recognise: src/services/chatbot/robot-connector.ts, decision 1012)',
};

/**
 * The callbacks the catalog marks (`"callback": true`): the server sends them to a customer
 * system's URL. Where each is sent from once its family exists; until then it is "not yet".
 */
export const callbacks: Record<string, { sentFrom: string | null; comesWith: string }> = {
  '6.2.14.2': { sentFrom: 'src/services/bidirectional/two-party-callbacks.ts', comesWith: 'bidirectional calls (§6.2, issue 11): call status events to the callbackUrl given at call creation' },
  '6.2.14.3': { sentFrom: 'src/services/bidirectional/two-party-callbacks.ts', comesWith: 'bidirectional calls (§6.2, issue 11): release events to the callbackUrl given at call creation' },
  '7.6.1': { sentFrom: 'src/services/outbound/results/result-push.ts', comesWith: 'outbound campaigns (§7, issue 11): call results to the campaign callback URL' },
  '14.4.2': { sentFrom: 'src/services/voice-notification/create-voice-notification.ts', comesWith: 'voice notification (§14, issue 11): release events to the callback URL of the notification' },
};

/**
 * Sections the reference documents twice with the same method and path: one definition serves both,
 * registered under the section named here (a route is registered once).
 */
const sameInterfaceAs: Record<string, string> = {
  // CEC §6.2.9/§6.2.10 and §14.2/§14.3 print the same createVoiceNotification paths; chapter 14 is the fuller text.
  '6.2.9': '14.2',
  '6.2.10': '14.3',
};

function callbackStatus(id: string): string | undefined {
  const callback = callbacks[id];
  if (!callback) return undefined;
  return callback.sentFrom ? `implemented (callback, sent from ${callback.sentFrom})` : `not yet (callback the server sends; comes with ${callback.comesWith}; delivery through src/events/callback-outbox.ts)`;
}

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * docs/coverage.md: one row per interface of the reference with its status, derived from the
 * endpoint registry (STYLE rule 1). Sections the catalog lists without a URI (its extraction
 * missed them) appear once an endpoint implements them.
 */
export function renderCoverage(endpoints: readonly ApiEndpoint[], catalog: CatalogEntry[] = readCatalog()): string {
  const bySection = new Map<string, ApiEndpoint[]>();
  for (const endpoint of endpoints) {
    if (!/^\d/.test(endpoint.section)) continue;
    bySection.set(endpoint.section, [...(bySection.get(endpoint.section) ?? []), endpoint]);
  }
  const rows: Array<{ section: string; title: string; method: string; path: string; status: string }> = [];
  const seen = new Set<string>();
  for (const entry of catalogInterfaces(catalog)) {
    seen.add(entry.id);
    const twin = sameInterfaceAs[entry.id];
    const implemented = bySection.get(entry.id) ?? (twin ? bySection.get(twin) : undefined);
    const served = twin && implemented ? `${status(implemented)} (served by §${twin}, the same path)` : status(implemented);
    rows.push({ section: entry.id, title: entry.title, method: entry.method ?? implemented?.[0]?.method ?? '', path: entry.uri ?? '', status: implementedWithoutEndpoint[entry.id] ?? callbackStatus(entry.id) ?? served });
  }
  const titles = new Map(catalog.map((entry) => [entry.id, entry.title]));
  for (const [section, implemented] of bySection) {
    if (seen.has(section)) continue;
    rows.push({ section, title: titles.get(section) ?? implemented[0]!.summary, method: implemented[0]!.method, path: implemented[0]!.path, status: status(implemented) });
  }
  rows.sort((a, b) => compareSections(a.section, b.section));
  const counts = { implemented: 0, partial: 0, 'not yet': 0 };
  for (const row of rows) counts[row.status.startsWith('partial') ? 'partial' : row.status.startsWith('implemented') ? 'implemented' : 'not yet']++;
  const lines = [
    '# Coverage of the CEC 2.5 API Reference',
    '',
    'Generated from the endpoint registry (`src/api/registry.ts`) and the reference catalog',
    '(`docs/reference/catalog.json`) by `npm run docs`; a test fails when it is stale. Do not edit by hand:',
    'an endpoint that is partial says what is missing in its definition (`gaps`).',
    '',
    `Interfaces: ${rows.length}. Implemented: ${counts.implemented}. Partial: ${counts.partial}. Not yet: ${counts['not yet']}.`,
    '',
    '| Section | Interface | Method | Path | Status |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.section} | ${cell(r.title)} | ${r.method} | \`${cell(r.path)}\` | ${cell(r.status)} |`),
    '',
  ];
  return lines.join('\n');
}

function status(implemented: ApiEndpoint[] | undefined): string {
  if (!implemented?.length) return 'not yet';
  const gaps = implemented.map((e) => e.gaps).filter((g): g is string => Boolean(g));
  return gaps.length ? `partial: ${gaps.join('; ')}` : 'implemented';
}
