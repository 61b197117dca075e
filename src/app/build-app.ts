import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { SecretSource } from '../auth/index.ts';
import type { AdvanceableClock, Clock } from '../domain/time/index.ts';
import { createCredentialGuards } from '../http/auth/index.ts';
import { createAgentGuards } from '../api/agent-gateway/c4-guard.ts';
import { createSiaGuards } from '../api/knowledge/sia-guard.ts';
import { createMallGuards } from '../api/oma/index.ts';
import { configureFlowControl } from '../api/agent-gateway/flow-control.ts';
import { createHttpServer } from '../http/create-server.ts';
import { registerEndpoints } from '../http/register-endpoints.ts';
import { registerWeb } from '../web/register-web.ts';
import { toOpenApiPath } from '../http/route-path.ts';
import { allEndpoints } from '../api/registry.ts';
import { simEndpoints } from '../api/sim/index.ts';
import { resumeVoiceReviews } from '../api/config-ivr/index.ts';
import { ensureRollupCurrent } from '../stats/historical/index.ts';
import { recoverVdn } from '../services/cti/takeover.ts';
import { resumePackages } from '../services/ccfs/ccfs-packages.ts';
import { packageLimits } from '../api/ccfs/query-packages.endpoint.ts';
import { installInvocationLog } from '../api/outbound/lists/index.ts';
import { resumeImports } from '../services/outbound/lists/index.ts';
import { stopEngine } from '../engine/index.ts';
import type { ApiServices } from '../api/services.ts';
import { inTransaction, openStore, withStartupLock } from '../store/index.ts';
import { composeLeases, type ClusterLog, type LeaseNode } from './compose-leases.ts';
import { RedisBus } from '../cluster/bus/index.ts';
import { VirtualClock } from '../sim/virtual-clock.ts';
import type { AppConfig } from './config.ts';
import { composeServices } from './compose-services.ts';
import { assertLimits, limits } from './limits.ts';
import { SystemClock } from './system-clock.ts';
import { ensureTenants } from './ensure-tenants.ts';
import type { TenantSpec } from '../tenancy/index.ts';
import type { Switch } from '../telephony/switch.port.ts';
import { createForwarder, propagateCacheInvalidations, type ClusterMembership } from './compose-cluster.ts';
import { checkSharedDataDir } from './shared-data-dir.ts';
import { composeCcfsLockout, observeCluster, redisBoard, type ClusterObservation } from './compose-observation.ts';

export interface BuildOptions {
  config: AppConfig;
  /** Overrides the clock chosen by config (tests pass a VirtualClock). */
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  secrets?: SecretSource;
  passwordCostN?: number;
  /** Provision this tenant (instead of the demo tenant or a tenant file) when the store is empty. */
  tenant?: TenantSpec;
  /** The telephone network (default: the built-in simulated one). */
  telephony?: Switch;
  /**
   * Cluster mode (issue 17): VDNs owned elsewhere are forwarded to their owner and changes travel
   * on the bus. Absent, the node serves every VDN itself, as a single node always has.
   */
  cluster?: ClusterMembership;
  /**
   * Close, at start, the calls and sessions an earlier stop left open, VDN by VDN (default true).
   * A cluster node passes false: each VDN's live state is taken over by whichever node wins its
   * lease (takeOverVdn, decision 1720), never closed by a node that does not own it.
   */
  recoverAtStart?: boolean;
}

export interface OpenCecApp {
  readonly http: FastifyInstance;
  readonly services: ApiServices;
  close(): Promise<void>;
}

/** Epoch of a virtual clock started from the command line: a fixed, readable instant. */
const virtualClockStartMs = Date.UTC(2026, 0, 5, 8, 0, 0);

/**
 * Builds the whole server without listening (STYLE rule 9): store, services, tenants, routes.
 * Tests call it with an in-memory store and a virtual clock and talk to it with `inject`.
 */
export async function buildApp(options: BuildOptions): Promise<OpenCecApp> {
  assertLimits();
  const { config } = options;
  const clock = options.clock ?? (config.clock === 'virtual' ? new VirtualClock(virtualClockStartMs) : new SystemClock());
  const virtualClock = isAdvanceable(clock) ? clock : undefined;
  // Late-bound, so that the cluster's parts composed before the HTTP server log through it.
  const log: ClusterLog = { info: (o, m) => http.log.info(o, m), warn: (o, m) => http.log.warn(o, m), error: (o, m) => http.log.error(o, m) };
  const store = await openStore({ url: config.storeUrl, statementCacheEntriesMax: limits.sqliteStatementCacheEntriesMax });
  // Cluster mode (--bus): VDN leases with fences in the shared store (decision 1700), the bus in Redis (decision 1711).
  const leases = config.busUrl ? composeLeases(config, store, log) : undefined;
  const cluster: ClusterMembership | undefined = options.cluster ?? (leases && { ownership: leases.ownership, bus: new RedisBus({ url: config.busUrl!, nodeId: config.nodeId, prefix: config.busPrefix, log }) });
  const forwarder = cluster ? createForwarder(cluster) : undefined;
  let observation: ClusterObservation | undefined;
  const ccfsLockout = composeCcfsLockout(config, clock, log);
  const http = createHttpServer({
    logger: options.logger ?? { level: config.logLevel },
    bodyLimitBytes: limits.requestBodyBytesMax,
    requestTimeoutMs: limits.httpRequestTimeoutMs,
    clock,
    ...(forwarder ? { diversion: forwarder } : {}),
  });
  try {
    const services = composeServices({
      fencing: leases?.fencing,
      config,
      store,
      clock,
      virtualClock,
      log: http.log,
      secrets: options.secrets,
      passwordCostN: options.passwordCostN,
      telephony: options.telephony,
      ...(cluster ? { cluster } : {}),
    });
    // Cluster-wide system indicators (decision 1732): a given board belongs to the caller's test.
    const board = cluster?.board ?? (leases ? redisBoard(config) : undefined);
    observation = board ? observeCluster(services, board, log, { ownsBoard: !cluster?.board }) : undefined;
    if (cluster) {
      propagateCacheInvalidations(services, cluster.bus);
      await cluster.bus.ready();
    }
    configureFlowControl(services, { enabled: config.flowControl });
    // Nodes starting at once on one empty PostgreSQL provision the tenants once. In a cluster the
    // other nodes' calls and sessions are live: each VDN is recovered by the node that takes its
    // lease, when it takes it (decision 1720), never by a node that merely starts.
    await withStartupLock(store, async () => {
      // The nodes share the data directory as they share the store (decision 1733).
      if (cluster) await checkSharedDataDir(services.repos, { dataDir: config.dataDir, nodeId: config.nodeId, nowMs: clock.now() });
      await ensureTenants(config, services, http.log, options.tenant);
      // Records first: the roll-up check below then sees every interrupted call finished.
      if (!cluster && options.recoverAtStart !== false) await recoverEveryVdn(services, http.log);
      const rebuilt = await ensureRollupCurrent(services.repos, (work) => inTransaction(store, work));
      if (rebuilt.length > 0) http.log.warn({ vdns: rebuilt }, 'rebuilt the indicator roll-up from the raw records');
    });
    // With leases every engine this node creates is a new owner's: it takes the VDN over first.
    if (leases) services.takeovers.everyNewEngine({ resumeSessions: true });
    await registerDocs(http);
    const guards = {
      ...createCredentialGuards({
        tokens: services.tokens,
        credentials: services.repos.credentials,
        clock,
        signatureSkewMs: limits.c2SignatureSkewMs,
        globalKey: { accessKey: config.globalAccessKey, secretKey: config.globalSecretKey },
        ccfsLockout,
      }),
      ...createAgentGuards(services.cti),
      ...createSiaGuards(services.tokens),
      ...createMallGuards(services.tokens),
    };
    installInvocationLog(http, services);
    const endpoints = [...allEndpoints, ...(config.simEnabled ? simEndpoints : [])];
    await registerWeb(http, { endpoints, services, config, publicUrl: `http://${config.publicHost}:${config.port}`, ...(cluster ? { node: cluster.ownership.nodeId } : {}) });
    registerEndpoints(http, endpoints, { services, guards });
    http.get('/openapi.json', { schema: { hide: true } as never }, async () => http.swagger());
    await http.ready();
    if (leases) {
      // Only the holder of the background lease runs the process-wide workers (decision 1700);
      // each VDN's campaigns and jobs start on the node that takes its lease (decision 1730).
      await services.callbacks.stop();
      await leases.start({
        registry: services.cti.registry,
        vdnTaken: (vdnId) => startVdnWork(services, vdnId, http.log),
        vdnLeft: (vdnId) => services.outbound.stopVdn(vdnId),
        flushRecords: () => services.cti.records.flushed(),
        startBackground: async () => {
          await services.callbacks.start();
          services.sqm.scheduler.start();
        },
        stopBackground: async () => {
          services.sqm.scheduler.stop();
          await services.callbacks.stop();
        },
        pollBackground: () => services.callbacks.start(),
      });
    } else {
      await startBackgroundWork(services, http.log, options.recoverAtStart !== false);
    }
    // A board the caller gave (a test) is pinned when the caller says so, not on a timer.
    if (!cluster?.board) observation?.start();
    return {
      http,
      services,
      async close() {
        await http.close();
        await forwarder?.close();
        services.outbound.stop();
        services.sqm.scheduler.stop();
        // End live calls and sessions cleanly, so that their records are complete and closed.
        // A cluster node hands its VDNs over instead: the next owner carries the sessions on.
        if (!cluster) for (const engine of await services.cti.registry.running()) stopEngine(engine);
        await services.background.idle();
        await services.cti.records.flushed();
        await services.cti.recordingFiles.settled();
        await services.cti.hub.pushesSettled();
        await services.callbacks.stop();
        await observation?.stop();
        ccfsLockout.close();
        await stopLeases(leases);
        // A bus this server made is closed here; one given in the options belongs to the caller.
        if (leases) await cluster?.bus.close();
        if (clock instanceof SystemClock) clock.cancelAll();
        await store.close();
      },
    };
  } catch (error) {
    await observation?.stop().catch(() => undefined);
    ccfsLockout.close();
    await stopLeases(leases);
    if (leases) await cluster?.bus.close();
    await store.close();
    throw error;
  }
}

/** The workers of every VDN on a single node (a cluster node with leases runs them per VDN, decision 1730). */
async function startBackgroundWork(services: ApiServices, log: FastifyInstance['log'], settleAttempts: boolean): Promise<void> {
  await services.callbacks.start();
  await resumeVoiceReviews(services);
  await resumePackages(services, packageLimits);
  // Without start-up recovery the attempts are settled VDN by VDN, by each takeover (decision 1730).
  const outbound = await services.outbound.start(settleAttempts);
  if (outbound.settledAttempts > 0) log.warn(outbound, 'settled the outbound call attempts interrupted by an earlier stop');
  await resumeImports(services);
  services.sqm.scheduler.start();
}

/**
 * Cluster mode (decision 1730): the background work of one VDN, started by the node that took its
 * lease once its engine has taken the VDN over (which settled the attempts, system calls and
 * dialogs the previous owner left): its campaigns, its pending packages, imports and reviews.
 */
async function startVdnWork(services: ApiServices, vdnId: number, log: FastifyInstance['log']): Promise<void> {
  const campaigns = await services.outbound.startVdn(vdnId);
  const jobs = { reviews: await resumeVoiceReviews(services, vdnId), packages: await resumePackages(services, packageLimits, vdnId), imports: await resumeImports(services, vdnId) };
  if (campaigns + jobs.reviews + jobs.packages + jobs.imports > 0) log.info({ vdnId, campaigns, ...jobs }, 'took over the campaigns and jobs of a VDN');
}

async function stopLeases(leases: LeaseNode | undefined): Promise<void> {
  await leases?.stop().catch(() => undefined);
}

/** A single node's start: every VDN's calls and sessions of an earlier stop are closed, one VDN at a time (decision 1720). */
async function recoverEveryVdn(services: ApiServices, log: FastifyInstance['log']): Promise<void> {
  for (const { vdnId } of await services.repos.vdns.list()) {
    const recovered = await recoverVdn(services, vdnId, { resumeSessions: false });
    if (Object.values(recovered).some((n) => n > 0)) log.warn({ vdnId, ...recovered }, 'closed the calls, agent sessions, system calls, dialogs and outbound attempts interrupted by an earlier stop');
  }
}

function isAdvanceable(clock: Clock): clock is AdvanceableClock {
  return typeof (clock as Partial<AdvanceableClock>).advance === 'function';
}

async function registerDocs(http: FastifyInstance): Promise<void> {
  await http.register(swagger, {
    // Routes are registered under the canonical form of their path (case, /rest, misprints);
    // the document shows the path as the reference prints it.
    transform: ({ schema, url, route }) => {
      const endpoint = route.config?.endpoint;
      return { schema: schema as never, url: endpoint ? toOpenApiPath(endpoint.path).replace(/\{([A-Za-z0-9_]+)\}/g, ':$1') : url };
    },
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'OpenCEC',
        description: 'The CEC 2.5 contact-center API, as implemented by OpenCEC. Sections refer to the CEC 2.5.0.0 API Reference.',
        version: '0.1.0',
      },
    },
  });
  await http.register(swaggerUi, { routePrefix: '/docs' });
}
