import path from 'node:path';

/**
 * The server's options, from command-line flags and then environment variables. This is the only
 * module that reads `process.env` (STYLE rule 13): everything else receives an AppConfig.
 */
export interface AppConfig {
  /** HTTP port (default 8043). */
  port: number;
  host: string;
  /** Directory for the embedded store and uploaded files. */
  dataDir: string;
  /** `postgres://...` for PostgreSQL; otherwise a SQLite file (default `<dataDir>/opencec.db`). */
  storeUrl: string;
  /** A tenant file replacing the demo tenant on first start. */
  tenantFile: string | undefined;
  /** `real` (wall clock) or `virtual` (moves only through the driver API). */
  clock: 'real' | 'virtual';
  /** The simulator's driver API under /sim/v1 (on by default, off with --no-sim). */
  simEnabled: boolean;
  /** Seed of the engine's random choices. */
  seed: number;
  logLevel: string;
  /** Address advertised to clients (querySysInfo's serviceIp and sipServiceIp). */
  publicHost: string;
  /** Node number in identifiers and GUIDs (0–1023). */
  nodeId: number;
  /** Agent GUIDs: dynamic (AUTHMODE=2, rotating on the poll; the default) or static (AUTHMODE=1). */
  guidMode: 'static' | 'dynamic';
  /** Flow control of the query interfaces (ref L12083: 5 per 2 s per agent, 15,000 per 2 s overall). */
  flowControl: boolean;
  /** Password of the system administrator (configuration login id 1), who may create tenants. */
  adminPassword: string;
  /** The system-wide ("global") AK/SK of the CC-CMS interfaces (note 08 §3.1, decision 0801). */
  globalAccessKey: string;
  globalSecretKey: string;
  /** The call center id (`ccId`, 1–65535) this server is, in the CC-CMS interfaces. */
  callCenterId: number;
  /** When recording files are written: `eager` as each segment stops, `lazy` on first read (decision 1301). */
  recordingFiles: 'eager' | 'lazy';
  /** The business software mall this AICC is connected to (§15.1.5, decision 1504). */
  mall: { softwareCloudUrl: string; clientId: string; privacyStatementId: string; privacyStatementUrl: string };
  /** The secret shared with the Huawei IMC; its callback keys derive from it (§15.1.3, decision 1505). */
  imcSecret: string;
  /** The access codes one-click trial tenants get, one each (§17.3, decision 1507). */
  trialAccessCodes: { first: string; last: string };
  /** Cluster mode (decision 1700): `redis://…` of the bus; absent on a single node. */
  busUrl: string | undefined;
  /** Prefix of this cluster's Redis keys and channels (pub/sub is global to a Redis server). */
  busPrefix: string;
  /** Where other nodes forward requests to this node (default http://<public-host>:<port>). */
  advertiseUrl: string | undefined;
  /** How long a VDN lease lasts without renewal; renewed every third of it. */
  leaseTtlMs: number;
}

const flagNames = ['port', 'host', 'data-dir', 'store', 'tenant', 'clock', 'seed', 'log-level', 'public-host', 'node-id', 'guid-mode', 'admin-password', 'global-ak', 'global-sk', 'cc-id', 'recording-files', 'mall-url', 'mall-client-id', 'privacy-statement-id', 'privacy-statement-url', 'imc-secret', 'trial-access-codes', 'bus', 'bus-prefix', 'advertise-url', 'lease-ttl-ms'] as const;
type FlagName = (typeof flagNames)[number];

export class ConfigError extends Error {}

export function parseConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): AppConfig {
  const flags = parseFlags(argv);
  const pick = (flag: FlagName, envName: string): string | undefined => flags.values.get(flag) ?? env[envName];
  const dataDir = path.resolve(pick('data-dir', 'OPENCEC_DATA_DIR') ?? './data');
  const clock = pick('clock', 'OPENCEC_CLOCK') ?? 'real';
  if (clock !== 'real' && clock !== 'virtual') throw new ConfigError(`--clock must be real or virtual, not ${clock}`);
  const guidMode = pick('guid-mode', 'OPENCEC_GUID_MODE') ?? 'dynamic';
  if (guidMode !== 'static' && guidMode !== 'dynamic') throw new ConfigError(`--guid-mode must be static or dynamic, not ${guidMode}`);
  const recordingFiles = pick('recording-files', 'OPENCEC_RECORDING_FILES') ?? 'eager';
  if (recordingFiles !== 'eager' && recordingFiles !== 'lazy') throw new ConfigError(`--recording-files must be eager or lazy, not ${recordingFiles}`);
  const trialCodes = /^([0-9]{1,24})-([0-9]{1,24})$/.exec(pick('trial-access-codes', 'OPENCEC_TRIAL_ACCESS_CODES') ?? '4100-4199');
  if (!trialCodes || trialCodes[1]!.length !== trialCodes[2]!.length || trialCodes[1]! > trialCodes[2]!) throw new ConfigError('--trial-access-codes must be a range of equally long numbers, first-last (e.g. 4100-4199)');
  const mallUrl = pick('mall-url', 'OPENCEC_MALL_URL') ?? 'https://software.huawei.com';
  const privacyStatementId = pick('privacy-statement-id', 'OPENCEC_PRIVACY_STATEMENT_ID') ?? 'opencec-aicc-privacy';
  const storeUrl = pick('store', 'OPENCEC_STORE_URL') ?? path.join(dataDir, 'opencec.db');
  const busUrl = pick('bus', 'OPENCEC_BUS_URL');
  if (busUrl !== undefined && !/^rediss?:\/\//.test(busUrl)) throw new ConfigError(`--bus must be a redis:// URL, not ${busUrl}`);
  // The leases and fences live in the shared store: a cluster needs PostgreSQL (decision 1700).
  if (busUrl !== undefined && !/^postgres(ql)?:\/\//.test(storeUrl)) throw new ConfigError('--bus needs --store postgres://… (the nodes share the store)');
  const simFromEnv = env.OPENCEC_SIM === undefined ? true : !['0', 'false', 'off', 'no'].includes(env.OPENCEC_SIM.toLowerCase());
  return {
    port: integer(pick('port', 'OPENCEC_PORT') ?? '8043', 'port', 0, 65535),
    host: pick('host', 'OPENCEC_HOST') ?? '0.0.0.0',
    dataDir,
    storeUrl,
    tenantFile: pick('tenant', 'OPENCEC_TENANT_FILE'),
    clock,
    simEnabled: flags.booleans.has('no-sim') ? false : simFromEnv,
    seed: integer(pick('seed', 'OPENCEC_SEED') ?? '1', 'seed', 0, 2 ** 32 - 1),
    logLevel: pick('log-level', 'OPENCEC_LOG_LEVEL') ?? 'info',
    publicHost: pick('public-host', 'OPENCEC_PUBLIC_HOST') ?? '127.0.0.1',
    nodeId: integer(pick('node-id', 'OPENCEC_NODE_ID') ?? '0', 'node-id', 0, 1023),
    guidMode,
    adminPassword: pick('admin-password', 'OPENCEC_ADMIN_PASSWORD') ?? 'Admin@123',
    globalAccessKey: pick('global-ak', 'OPENCEC_GLOBAL_AK') ?? 'global-ak',
    globalSecretKey: pick('global-sk', 'OPENCEC_GLOBAL_SK') ?? 'global-sk',
    callCenterId: integer(pick('cc-id', 'OPENCEC_CC_ID') ?? '1', 'cc-id', 1, 65535),
    recordingFiles,
    mall: {
      softwareCloudUrl: mallUrl,
      clientId: pick('mall-client-id', 'OPENCEC_MALL_CLIENT_ID') ?? 'opencec',
      privacyStatementId,
      privacyStatementUrl: pick('privacy-statement-url', 'OPENCEC_PRIVACY_STATEMENT_URL') ?? `${mallUrl}/privacy/${privacyStatementId}`,
    },
    imcSecret: pick('imc-secret', 'OPENCEC_IMC_SECRET') ?? 'imc-secret',
    trialAccessCodes: { first: trialCodes[1]!, last: trialCodes[2]! },
    busUrl,
    busPrefix: pick('bus-prefix', 'OPENCEC_BUS_PREFIX') ?? 'opencec:',
    advertiseUrl: pick('advertise-url', 'OPENCEC_ADVERTISE_URL'),
    leaseTtlMs: integer(pick('lease-ttl-ms', 'OPENCEC_LEASE_TTL_MS') ?? '10000', 'lease-ttl-ms', 300, 600_000),
    flowControl: flags.booleans.has('no-flow-control') ? false : !['0', 'false', 'off', 'no'].includes((env.OPENCEC_FLOW_CONTROL ?? 'on').toLowerCase()),
  };
}

function parseFlags(argv: readonly string[]): { values: Map<FlagName, string>; booleans: Set<string> } {
  const values = new Map<FlagName, string>();
  const booleans = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new ConfigError(`unexpected argument ${arg}`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (name === 'no-sim' || name === 'no-flow-control') {
      booleans.add(name);
      continue;
    }
    if (!(flagNames as readonly string[]).includes(name)) throw new ConfigError(`unknown option --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new ConfigError(`--${name} needs a value`);
    values.set(name as FlagName, value);
  }
  return { values, booleans };
}

function integer(text: string, name: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`--${name} must be an integer in [${min}, ${max}], not ${text}`);
  return n;
}
