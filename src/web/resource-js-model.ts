import type { ApiEndpoint } from '../api/define-endpoint.ts';

/**
 * The gateway's JavaScript API as data: one object per resource family, one method per interface.
 * It is derived from the endpoint registry, so the script lists exactly the interfaces served
 * (decision 1600).
 */
export interface ResourceMethod {
  readonly name: string;
  readonly httpMethod: string;
  /** The path under `/agentgateway/resource`, with `{param}` placeholders (e.g. `/onlineagent/{agentid}/sayfree`). */
  readonly path: string;
  /** Query keys of the documented path: a value is a literal to send by default, null to send only when given. */
  readonly query: ReadonlyArray<readonly [key: string, literal: string | null]>;
  readonly section: string;
}

export interface ResourceFamily {
  readonly objectName: string;
  readonly methods: readonly ResourceMethod[];
}

const gatewayPrefix = '/agentgateway/resource/';

/** The object names of the vendor's JS API; a family not listed takes its segment in PascalCase. */
const objectNames: Readonly<Record<string, string>> = {
  onlineagent: 'OnlineAgent',
  voicecall: 'VoiceCall',
  calldata: 'CallData',
  agentgroup: 'AgentGroup',
  queuedevice: 'QueueDevice',
  qualitycontrol: 'QualityControl',
  recordplay: 'RecordPlay',
  recordfile: 'RecordFile',
  mediacall: 'MediaCall',
  agentconf: 'AgentConf',
  agentevent: 'AgentEventDispatcher',
  config: 'AgentConfig',
};

export function resourceFamilies(endpoints: readonly ApiEndpoint[]): ResourceFamily[] {
  const families = new Map<string, ResourceMethod[]>();
  for (const endpoint of endpoints) {
    if (!endpoint.path.toLowerCase().startsWith(gatewayPrefix)) continue;
    const [pathPart, queryPart] = endpoint.path.slice(gatewayPrefix.length - 1).split('?') as [string, string | undefined];
    const segment = pathPart.split('/')[1]!.toLowerCase();
    const objectName = objectNames[segment] ?? segment.charAt(0).toUpperCase() + segment.slice(1);
    const methods = families.get(objectName) ?? [];
    families.set(objectName, methods);
    methods.push({
      name: uniqueName(methods, methodName(endpoint.name), endpoint.method),
      httpMethod: endpoint.method,
      path: pathPart,
      query: parseQuery(queryPart),
      section: endpoint.section,
    });
  }
  return [...families].map(([objectName, methods]) => ({ objectName, methods }));
}

/** `mediacall/transfer` → `transfer`; anything that is not an identifier character is dropped. */
function methodName(name: string): string {
  const last = name.split('/').pop() ?? name;
  const cleaned = last.replace(/[^A-Za-z0-9_$]/g, '');
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned || 'call';
}

/** Two interfaces of one family with one name (they differ by HTTP method) keep both: the second gets the method as suffix. */
function uniqueName(taken: readonly ResourceMethod[], name: string, httpMethod: string): string {
  const names = new Set(taken.map((method) => method.name));
  if (!names.has(name)) return name;
  const suffixed = `${name}${httpMethod.charAt(0)}${httpMethod.slice(1).toLowerCase()}`;
  let candidate = suffixed;
  for (let n = 2; names.has(candidate); n += 1) candidate = `${suffixed}${n}`;
  return candidate;
}

/** `reason={reason}&prolong={false}&mediaType=3` → reason and prolong when given, mediaType 3 by default. */
function parseQuery(query: string | undefined): Array<[string, string | null]> {
  if (!query) return [];
  return query
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [key, value = ''] = pair.split('=') as [string, string | undefined];
      return [key, /^\{.*\}$/.test(value) || value === '' ? null : value];
    });
}
