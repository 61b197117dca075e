import type { FastifyBaseLogger } from 'fastify';
import { uuidShaped, type SecretSource } from '../auth/index.ts';
import type { CecEvent } from '../domain/events/index.ts';
import { createRng, type Clock } from '../domain/time/index.ts';
import { agentCtiState, EngineRegistry, OpType, screenRecordingMediaType, type AgentRuntime, type EngineOutput, type EngineSettings, type RecordingHandle, type TenantEngine } from '../engine/index.ts';
import { AgentEventHub, httpPushSender, logonSnScope, RecordWriter } from '../events/index.ts';
import { loadTenantConfig } from '../services/cti/load-tenant-config.ts';
import { inTransaction, type Repositories, type Store } from '../store/index.ts';
import type { Switch } from '../telephony/switch.port.ts';
import type { SnowflakeIds } from '../domain/ids/index.ts';
import { rollUpWritten } from '../stats/historical/index.ts';
import { limits } from './limits.ts';
import { callIdMinter } from './call-ids.ts';
import type { CtiServices } from '../api/services.ts';
import type { RecordingFiles } from '../media/recordings/index.ts';
import { AgentStateHistory, MultiQueueAnswers, RealtimeFeed, RealtimeStatistics } from '../stats/realtime/index.ts';
import { failureAnnouncements, UapCounters, UapEngineFeed } from '../telephony/sim/index.ts';
import { analyseFailedCallouts } from '../services/chatbot/rbt-analysis.ts';
import { LicencePeaks } from '../stats/system/index.ts';
import { saveSystemIndicators } from '../services/system-indicators/system-indicator-store.ts';
import type { VdnOwnership } from '../cluster/ownership.ts';
import type { RecordFencing } from '../events/index.ts';


export interface CtiOptions {
  store: Store;
  repos: Repositories;
  clock: Clock;
  ids: SnowflakeIds;
  secrets: SecretSource;
  telephony: Switch;
  seed: number;
  serverName: string;
  guidMode: 'static' | 'dynamic';
  log: FastifyBaseLogger;
  recordingFiles: RecordingFiles;
  /** The call center id §10.16's analyses name (config `cc-id`). */
  callCenterId?: number;
  /** More engine output per tenant (the dialer's reports to the campaign runtime). */
  moreOutput?: (vdnId: number) => Partial<EngineOutput>;
  /** Told of every recording's start and stop: §6.3 pushes speaker turns while a call is recorded. */
  asrFeed?: { recording(handle: RecordingHandle, phase: 'start' | 'stop', endMs: number | null): void };
  /** Plugs adapters into each new tenant engine (the web-chat bot bridge). */
  engineCreated?: (vdnId: number, engine: TenantEngine) => Promise<void>;
  /**
   * Cluster mode: where each VDN is served. The registry forwards VDNs owned elsewhere (decision
   * 1710), and an engine's output stops the instant this node loses its VDN (decision 1700).
   */
  ownership?: VdnOwnership;
  /** Cluster mode with leases: the record writer proves its fences in each transaction. */
  fencing?: RecordFencing;
}

/**
 * Wires the CTI: one engine per tenant (EngineRegistry), whose output goes to the agent event hub
 * (poll and push delivery), the record writer (CDRs, recordings, operations, surveys) and taps.
 */
export function composeCti(options: CtiOptions): CtiServices {
  const { clock, repos, log } = options;
  const settings: EngineSettings = {
    serverName: options.serverName,
    guidMode: options.guidMode,
    guidIntervalMs: limits.guidIntervalMs,
    guidTimeoutMs: limits.guidTimeoutMs,
    sessionIdleMsMax: limits.sessionIdleMsMax,
    ringTimeoutMs: limits.ringTimeoutMs,
    signedInAgentsMax: limits.signedInAgentsMax,
  };
  const hub = new AgentEventHub({
    clock,
    longPollWaitMs: limits.longPollWaitMs,
    queueDepthMax: limits.agentEventQueueDepthMax,
    closingGraceMs: limits.signOutEventGraceMs,
    push: httpPushSender(limits.pushTimeoutMs),
    pushBatchMax: limits.pushBatchEventsMax,
    pushRetryDelayMsBase: limits.pushRetryDelayMsBase,
    pushRetryDelayMsMax: limits.pushRetryDelayMsMax,
  });
  const records = new RecordWriter({
    repos,
    inTransaction: (work) => inTransaction(options.store, work),
    nextId: () => options.ids.next(),
    onError: (error) => log.error({ err: error }, 'writing CTI records failed'),
    afterBatch: async (trx, written) => {
      await rollUpWritten(trx, { finishedCalls: written.finishedCalls, operations: written.operations });
      await saveSystemIndicators(trx, uap, licencePeaks, options.ownership?.nodeId ?? 0);
      // §10.16: failed manual outbound calls get their ring-back analysis (decision 1016).
      await analyseFailedCallouts(trx, written.finishedCalls, {
        callCenterId: options.callCenterId ?? 1,
        announcement: (cause) => failureAnnouncements[cause],
        nextId: () => options.ids.next(),
        now: () => clock.now(),
      });
    },
    now: () => clock.now(),
    fencing: options.fencing,
  });
  const eventTaps = new Set<(event: CecEvent) => void>();
  const factTaps = new Set<(kind: string, data: Record<string, unknown>) => void>();
  const sessions = new Map<number, () => string>();
  // The CC-CMS 5-minute counters follow the engine as it runs (decision 0808).
  const realtime = new RealtimeStatistics(clock);
  const feed = new RealtimeFeed(realtime, clock);
  const multiQueue = new MultiQueueAnswers();
  const agentHistory = new AgentStateHistory();
  // The simulated UAP's trunk, control-block and terminal counters (§12.3.6.1–.5, decision 0840).
  const uap = new UapCounters(() => clock.now());
  const uapFeed = new UapEngineFeed(uap);
  const licencePeaks = new LicencePeaks(() => clock.now());
  const runtimes = new Map<number, AgentRuntime>();
  // Every state change of an agent comes with an event: observing the CTI status after each one
  // keeps the previous state of 12.3.1.3.2.
  const observe = (vdnId: number, workNo: number) => agentHistory.observe(vdnId, workNo, agentCtiState(runtimes.get(workNo)), clock.now());
  const output = (vdnId: number): EngineOutput => (options.ownership ? whileOwned(options.ownership, vdnId, rawOutput(vdnId)) : rawOutput(vdnId));
  const rawOutput = (vdnId: number): EngineOutput => ({
    agentEvent(workNo, event) {
      hub.append(event);
      // Every state change of an agent comes with an event: its durable session follows (decision 1720).
      records.sessionTouched(vdnId, workNo);
      observe(vdnId, workNo);
      for (const tap of eventTaps) tap(event);
    },
    sessionOpened(runtime) {
      const callbackUri = runtime.options.callbackUri;
      // The token is read at each push: a heartbeat may replace it (6.1.1.3).
      const push =
        runtime.options.eventMode === 'push' && callbackUri && (runtime.options.serviceToken || runtime.options.legacyPush)
          ? { callbackUri, get serviceToken() { return runtime.options.serviceToken ?? ''; }, guid: () => runtime.guid, legacy: runtime.options.legacyPush === true }
          : null;
      sessions.set(runtime.workNo, () => runtime.guid);
      runtimes.set(runtime.workNo, runtime);
      observe(vdnId, runtime.workNo);
      records.sessionOpened(vdnId, runtime);
      uapFeed.sessionOpened(vdnId, runtime);
      licencePeaks.sessionOpened(vdnId, runtime);
      // Simulated agents have no desktop: their events go to the taps only.
      if (runtime.options.eventMode !== 'internal') hub.open(runtime.workNo, push);
    },
    sessionClosed(workNo) {
      hub.close(workNo, sessions.get(workNo)?.() ?? '');
      sessions.delete(workNo);
      runtimes.delete(workNo);
      observe(vdnId, workNo);
      records.sessionClosed(vdnId, workNo);
      uapFeed.sessionClosed(vdnId, workNo);
      licencePeaks.sessionClosed(vdnId, workNo);
    },
    clearAgentEvents: (workNo) => hub.clear(workNo),
    sessionChanged: (runtime) => records.sessionTouched(vdnId, runtime.workNo),
    cdr(call, leg, phase, num, cause) {
      records.cdr(call, leg, phase, num, cause, clock.now());
      feed.cdr(vdnId, call, leg, phase);
      uapFeed.cdr(call, leg, phase);
      licencePeaks.cdr(call, leg, phase);
    },
    recording(handle, phase, endMs) {
      records.recording(handle, phase, endMs);
      options.asrFeed?.recording(handle, phase, endMs);
      // Screen recordings (media type 2) are index entries without a file (decision 1311).
      if (phase === 'stop' && endMs !== null && handle.mediaType !== screenRecordingMediaType) {
        const { recordId, callId, fileName, caller, called, beginTimeMs } = handle;
        options.recordingFiles.finished({ recordId, vdnId, callId, fileName, agentId: String(handle.workNo), callerNumber: caller, calleeNo: called, beginMs: beginTimeMs, endMs, earlier: handle.appendOf?.segments });
      }
    },
    voiceMessage: (message) => options.recordingFiles.voiceMessage(message),
    agentOperation(vdn, runtime, op, endMs) {
      records.operation(vdn, runtime, op, endMs);
      feed.operation(vdn, runtime, op, endMs);
      if (op.opType === OpType.signOut) {
        // Events of the sign-out that follow describe an agent no longer signed in.
        runtimes.delete(runtime.workNo);
        agentHistory.signedOut(vdn, runtime.workNo, op.opCause, endMs);
      }
    },
    satisfaction: (vdn, callId, value, number, atMs) => records.satisfaction(vdn, callId, value, number, atMs),
    chatMessage: (record) => records.chatMessage(record),
    fact(kind, data) {
      feed.fact(vdnId, kind, data);
      uapFeed.fact(vdnId, kind, data);
      if (kind === 'callEnded') licencePeaks.callEnded(vdnId, String(data.callId));
      if (kind === 'answeredFromOtherQueue') multiQueue.answered(vdnId, Number(data.skillId), Number(data.mainSkillId), clock.now());
      for (const tap of factTaps) tap(kind, { vdnId, ...data });
    },
    ...options.moreOutput?.(vdnId),
  });
  const callId = callIdMinter(options.ownership?.nodeId);
  let seq = 0;
  // Sign-in serial numbers (logon_sn) continue from the store, per tenant, never reused (decision 0508).
  const logonSn = new Map<number, number>();
  const registry = new EngineRegistry({
    loadConfig: async (vdnId) => {
      const [config, last] = await Promise.all([loadTenantConfig(repos, vdnId), repos.idCounters.current(logonSnScope(vdnId))]);
      if (!logonSn.has(vdnId)) logonSn.set(vdnId, last ?? 0);
      return config;
    },
    vdnOfWorkNo: async (workNo) => (await repos.vdns.findByWorkNo(workNo))?.vdnId,
    created: async (vdnId, engine) => options.engineCreated?.(vdnId, engine),
    ...(options.ownership ? { ownership: options.ownership } : {}),
    engineDeps: (vdnId, config) => ({
      vdnId,
      config,
      clock,
      rng: createRng(options.seed + vdnId),
      output: output(vdnId),
      telephony: options.telephony,
      settings,
      ids: {
        callId,
        next: (kind) => {
          // Sessions take a number of the shared sequence too, so that the other identifiers are
          // the same as before logon_sn got its own durable counter.
          const n = ++seq;
          if (kind !== 'session') return n;
          const sn = (logonSn.get(vdnId) ?? 0) + 1;
          logonSn.set(vdnId, sn);
          return sn;
        },
        guid: () => `${uuidShaped(options.secrets)}.${options.serverName}`,
      },
    }),
  });
  return { registry, hub, records, recordingFiles: options.recordingFiles, settings, eventTaps, factTaps, realtime, multiQueue, agentHistory, uap, licencePeaks };
}

/**
 * The engine's output, silenced once this node no longer holds the tenure the engine was created
 * in: a node that lost its lease stops writing for that VDN at once (decision 1700), whatever its
 * engine still does until it is discarded, and a discarded engine stays silent when the node takes
 * the VDN back (a new tenure, a new fence, a new engine: decision 1730). The engine is created
 * after its lease was located here, so the fence at creation is its tenure's. A single node has no
 * ownership to ask and its output is not wrapped.
 */
export function whileOwned(ownership: Pick<VdnOwnership, 'fenceOf'>, vdnId: number, output: EngineOutput): EngineOutput {
  const tenure = ownership.fenceOf(vdnId);
  const owned = () => tenure !== undefined && ownership.fenceOf(vdnId) === tenure;
  const gated: Record<string, unknown> = {};
  for (const [name, handler] of Object.entries(output)) {
    gated[name] = typeof handler === 'function' ? (...args: unknown[]) => (owned() ? (handler as (...a: unknown[]) => unknown)(...args) : undefined) : handler;
  }
  return gated as unknown as EngineOutput;
}
