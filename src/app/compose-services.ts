import { TakeoverGate } from '../services/cti/takeover.ts';
import { ChatTokens } from '../services/chat/index.ts';
import type { FastifyBaseLogger } from 'fastify';
import { cryptoSecrets, scryptHasher, TokenService, type SecretSource } from '../auth/index.ts';
import { authorizationHeader } from '../auth/signature-v2.ts';
import { SnowflakeIds } from '../domain/ids/index.ts';
import type { AdvanceableClock, Clock } from '../domain/time/index.ts';
import { KeyedMutex } from '../engine/index.ts';
import { CallbackOutbox, ccfsOrReturnCodeAcknowledges, httpCallbackTransport, isalesResultPushKind } from '../events/index.ts';
import { SimulatedMessaging } from '../services/trial/index.ts';
import type { ApiServices, ConfigChange, ConfigChangeFeed, PublicSettings } from '../api/services.ts';
import { createRepositories, inTransaction, type Repositories, type Store } from '../store/index.ts';
import type { VdnPlacement } from '../services/vdn-placement.ts';
import type { AppConfig } from './config.ts';
import { limits } from './limits.ts';
import { composeCti } from './compose-cti.ts';
import { ChatBotBridge } from './chat-bot-bridge.ts';
import { VoiceBotBridge } from './voice-bot-bridge.ts';
import { BackgroundWork } from './background-work.ts';
import { SimSwitch } from '../telephony/sim/index.ts';
import type { Switch } from '../telephony/switch.port.ts';
import type { RecordFencing } from '../events/index.ts';
import { LocalRecordingStore, RecordingFiles } from '../media/recordings/index.ts';
import { createOutboundServices } from '../services/outbound/campaigns/outbound-services.ts';
import { campaignCallDataTarget, outboundListLookups } from '../services/outbound/lists/index.ts';
import type { OutboundServices } from '../services/outbound/campaigns/outbound-services.ts';
import { dialerReportOutput, EngineCampaignDialer } from './engine-campaign-dialer.ts';
import { KnowledgeBase } from '../services/knowledge/index.ts';
import { createChatbotServices } from '../services/chatbot/chatbot-services.ts';
import { createSqmServices } from '../services/ccsqm/index.ts';
import { propagatedFeed } from '../cluster/bus/index.ts';
import type { ClusterMembership } from './compose-cluster.ts';
import { localOwnership, type VdnOwnership } from '../cluster/ownership.ts';
import { noPeers, type SystemIndicatorSources } from '../services/system-indicators/node-indicators.ts';
import { AsrNlp, AsrSubscriptions, AsrTranscriptFeed, asrResultKind } from '../services/asr-subscription/index.ts';
import { SkillCatalog } from '../services/skills/skill-catalog.ts';

export interface ServiceOptions {
  config: AppConfig;
  store: Store;
  clock: Clock;
  virtualClock: AdvanceableClock | undefined;
  log: FastifyBaseLogger;
  secrets?: SecretSource;
  /** scrypt cost for account passwords (tests lower it). */
  passwordCostN?: number;
  /** The telephone network (default: the built-in simulated one). */
  telephony?: Switch;
  /** Cluster mode (issue 17): this node's view of VDN ownership and the bus. */
  cluster?: ClusterMembership;
  /** Cluster mode with leases: the record writer's fences (decision 1700). */
  fencing?: RecordFencing;
}

/** Builds the services every interface handler may reach (the composition root's wiring). */
export function composeServices(options: ServiceOptions): ApiServices {
  const { config, store, clock, log } = options;
  const secrets = options.secrets ?? cryptoSecrets;
  const repos = createRepositories(store.db);
  const ids = new SnowflakeIds(clock, config.nodeId);
  const settings: PublicSettings = {
    serviceHost: config.publicHost,
    servicePort: config.port,
    sipHost: config.publicHost,
    sipPort: 5060,
    serverName: `AgentGateway${config.nodeId + 1}`,
    dataDir: config.dataDir,
    callCenterId: config.callCenterId,
    mall: { ...config.mall, portalUrl: `${config.mall.softwareCloudUrl}/auth?client_id=${encodeURIComponent(config.mall.clientId)}&redirect_uri=http://${config.publicHost}:${config.port}/workbench` },
    imcSecret: config.imcSecret,
    trialAccessCodes: config.trialAccessCodes,
  };
  // §6.3 subscriptions (decision 0464): their pushes carry the subscription's token, not a signature.
  const asrSubscriptions = new AsrSubscriptions(clock, config.nodeId + 1, repos);
  const callbacks = new CallbackOutbox({
    repository: repos.callbacks,
    clock,
    nextId: () => ids.next(),
    transport: httpCallbackTransport({ timeoutMs: limits.callbackTimeoutMs, acknowledges: ccfsOrReturnCodeAcknowledges, headersFor: (delivery, url, body) => (delivery.kind === asrResultKind ? asrHeaders(asrSubscriptions, body) : unsignedCallbackKinds.has(delivery.kind) ? Promise.resolve({}) : signCallback(repos, clock, delivery.vdnId, url, body)) }),
    retryDelayMsBase: limits.callbackRetryDelayMsBase,
    retryDelayMsMax: limits.callbackRetryDelayMsMax,
    batchSize: limits.callbackBatchSize,
    claimMs: limits.callbackTimeoutMs * 2,
    onError: (error) => log.error({ err: error }, 'callback delivery failed'),
  });
  const files = new LocalRecordingStore(config.dataDir);
  const recordingFiles = new RecordingFiles({
    store: files,
    seed: config.seed,
    mode: config.recordingFiles,
    onError: (error, recording) => log.error({ err: error, recordId: recording.recordId }, 'writing a recording file failed'),
  });
  const background = new BackgroundWork();
  // The engines report to the campaign runtime, which is composed after them (it needs the registry).
  let outbound: OutboundServices | undefined;
  let campaignDialer: EngineCampaignDialer | undefined;
  const chatbot = createChatbotServices({ repos, clock, nextId: () => ids.next(), locks: new KeyedMutex() });
  const knowledge = new KnowledgeBase({ store, repos, clock, ids });
  const asrFeed = new AsrTranscriptFeed({
    clock, subscriptions: asrSubscriptions, recordingFiles, callbacks, callCenterId: config.callCenterId,
    nlp: new AsrNlp({ repos, nlu: chatbot.nlu, knowledge }),
    track: (work) => void background.track(work),
    onError: (error, context) => log.error({ err: error, ...context }, 'recognition result push failed'),
  });
  const chatBots = new ChatBotBridge({ dialog: chatbot.dialog, repos, nextId: () => ids.next(), track: (work) => void background.track(work), onError: (error, context) => log.error({ err: error, ...context }, 'web-chat bot turn failed') });
  const voiceBots = new VoiceBotBridge({ dialog: chatbot.dialog, repos, track: (work) => void background.track(work), onError: (error, context) => log.error({ err: error, ...context }, 'voice bot turn failed') });
  const takeovers = new TakeoverGate();
  const cti = composeCti({
    fencing: options.fencing,
    callCenterId: config.callCenterId,
    engineCreated: async (vdnId, engine) => {
      await chatBots.plug(vdnId, engine);
      await voiceBots.plug(vdnId, engine);
      // A new owner's engine carries on from the store before anyone uses it (decision 1720).
      await takeovers.engineCreated(vdnId, engine);
    },
    moreOutput: () => dialerReportOutput(() => outbound?.runtime, () => campaignDialer),
    asrFeed,
    recordingFiles,
    store,
    repos,
    clock,
    ids,
    secrets,
    telephony: options.telephony ?? new SimSwitch(),
    seed: config.seed,
    serverName: settings.serverName,
    guidMode: config.guidMode,
    log,
    ...(options.cluster ? { ownership: options.cluster.ownership } : {}),
  });
  // A change made on any node reaches every node's listeners, so the owner reloads its engine (decision 1711).
  const localChanges = createConfigChangeFeed(log);
  const configChanges = options.cluster ? propagatedFeed(localChanges, options.cluster.bus, 'config') : localChanges;
  // The engines run on configuration snapshots: every change reloads the tenant's snapshot.
  const skillCatalog = new SkillCatalog(repos, { tenantsMax: limits.skillCatalogTenantsMax, skillsPerTenantMax: limits.skillCatalogSkillsPerTenantMax });
  // The one choke point of configuration writes: every change is published after it committed.
  configChanges.subscribe((change) => skillCatalog.changed(change.vdnId));
  configChanges.subscribe((change) => {
    if (change.what === 'tenant') cti.registry.forgetWorkNoOwners();
    cti.registry.reload(change.vdnId).catch((error: unknown) => log.error({ err: error, change }, 'reloading tenant configuration failed'));
  });
  const tenantLocks = new KeyedMutex();
  const ownership = options.cluster?.ownership;
  const placement: VdnPlacement = {
    serveHere: (vdnId) => cti.registry.serveHere(vdnId),
    owns: (vdnId) => ownership === undefined || ownership.fenceOf(vdnId) !== undefined,
    tenure: (vdnId) => (ownership === undefined ? 0n : ownership.fenceOf(vdnId)),
    inVdnTransaction: (vdnId, work) =>
      inTransaction(store, async (repos) => {
        await cti.records.assertOwned(repos, [vdnId]);
        return work(repos);
      }),
  };
  campaignDialer = new EngineCampaignDialer({ registry: cti.registry, repos, clock });
  outbound = createOutboundServices({ deps: { store, repos, clock, ids, callbacks, tenantLocks }, dialer: campaignDialer, owns: placement.owns, track: (work) => background.track(work), onError: (error, context) => log.error({ err: error, ...context }, 'outbound campaign work failed'), lookups: outboundListLookups(repos) });
  const sqm = createSqmServices({ store, repos, clock, ids, tenantLocks }, { recordings: recordingFiles, store: files }, { track: (work) => background.track(work), onError: (error) => log.error({ err: error }, 'quality-check work failed') });
  const services: ApiServices = {
    clock,
    store,
    repos,
    ids,
    secrets,
    tokens: new TokenService(repos.credentials, clock, secrets, limits.tokenCacheEntriesMax),
    passwords: scryptHasher(secrets, options.passwordCostN),
    settings,
    tenantLocks,
    outbound,
    outboundCallData: campaignCallDataTarget(outbound.deps),
    chatbot,
    configChanges,
    skillCatalog,
    callbacks,
    files,
    cti,
    takeovers,
    placement,
    chat: { tokens: new ChatTokens(clock, secrets) },
    asr: { subscriptions: asrSubscriptions },
    trial: { messaging: new SimulatedMessaging(repos, clock, () => ids.next()), applying: new Set() },
    background,
    log,
    knowledge,
    virtualClock: options.virtualClock,
    sqm,
    systemIndicators: systemIndicatorSources(options.cluster?.ownership ?? localOwnership),
    async settle() {
      await background.idle();
      await cti.records.flushed();
      await recordingFiles.settled();
      await cti.hub.pushesSettled();
      await callbacks.settled();
    },
  };
  takeovers.bind(services);
  return services;
}

/** This node's part of the system indicators; a cluster's composition adds the peers (decision 1732). */
function systemIndicatorSources(ownership: VdnOwnership): SystemIndicatorSources {
  return { nodeId: ownership.nodeId, fenceOf: (vdnId) => ownership.fenceOf(vdnId), peers: noPeers };
}

/** CEC §6.3.6 (Table 6-420): a recognition result carries the subscription's token in `service_token`. */
async function asrHeaders(subscriptions: AsrSubscriptions, body: string): Promise<Record<string, string>> {
  const serverId = (JSON.parse(body) as { serverid?: string }).serverid ?? '';
  const token = await subscriptions.tokenOf(serverId);
  return token ? { service_token: token } : {};
}

/** CEC §7.6.1 (ref L28124): "There is no request header" on the result push. */
const unsignedCallbackKinds = new Set([isalesResultPushKind]);

/**
 * Callbacks to a tenant's systems are signed with the tenant's first AK/SK in the `auth-v2` scheme
 * of §4.3 (decision 0004), so receivers can verify they come from their CEC.
 */
async function signCallback(repos: Repositories, clock: Clock, vdnId: number, url: URL, body: string): Promise<Record<string, string>> {
  const [credential] = await repos.credentials.listAppCredentials(vdnId);
  if (!credential) return {};
  const headers = { host: url.host, 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(body)) };
  const authorization = authorizationHeader(
    { method: 'POST', path: url.pathname, query: [...url.searchParams.entries()], headers, body },
    { accessKey: credential.appKey, secretKey: credential.appSecret, timestamp: new Date(clock.now()).toISOString(), signedHeaders: ['content-length', 'content-type', 'host'] },
  );
  return { authorization };
}

function createConfigChangeFeed(log: FastifyBaseLogger): ConfigChangeFeed {
  const listeners = new Set<(change: ConfigChange) => void>();
  return {
    publish(change) {
      for (const listener of listeners) {
        try {
          listener(change);
        } catch (error) {
          log.error({ err: error, change }, 'config change listener failed');
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
