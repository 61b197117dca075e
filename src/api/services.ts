import type { TakeoverGate } from '../services/cti/takeover-gate.ts';
import type { VdnPlacement } from '../services/vdn-placement.ts';
import type { ChatServices } from '../services/chat/index.ts';
import type { FastifyBaseLogger } from 'fastify';
import type { AdvanceableClock, Clock } from '../domain/time/index.ts';
import type { SnowflakeIds } from '../domain/ids/index.ts';
import type { PasswordHasher, SecretSource, TokenService } from '../auth/index.ts';
import type { Repositories, Store } from '../store/index.ts';
import type { KeyedMutex } from '../engine/index.ts';
import type { AgentEventHub, CallbackOutbox, RecordWriter } from '../events/index.ts';
import type { CecEvent } from '../domain/events/index.ts';
import type { EngineRegistry, EngineSettings } from '../engine/index.ts';
import type { RecordingFiles, RecordingStore } from '../media/recordings/index.ts';
import type { AgentStateHistory, MultiQueueAnswers, RealtimeStatistics } from '../stats/realtime/index.ts';
import type { UapCounters } from '../telephony/sim/index.ts';
import type { LicencePeaks } from '../stats/system/index.ts';
import type { OutboundServices } from '../services/outbound/campaigns/outbound-services.ts';
import type { CallDataImportTarget } from '../services/outbound/lists/index.ts';
import type { KnowledgeBase } from '../services/knowledge/index.ts';
import type { ChatbotServices } from '../services/chatbot/chatbot-services.ts';
import type { SqmServices } from '../services/ccsqm/index.ts';
import type { AsrSubscriptions } from '../services/asr-subscription/index.ts';
import type { SkillCatalog } from '../services/skills/skill-catalog.ts';
import type { SimulatedMessaging } from '../services/trial/index.ts';
import type { SystemIndicatorSources } from '../services/system-indicators/node-indicators.ts';

/** Addresses and switches the interfaces report or obey, from the server configuration. */
export interface PublicSettings {
  /** The sign-in service address agents use (5.1.9 serviceIp/servicePort). */
  serviceHost: string;
  servicePort: number;
  /** The SIP registrar of the simulated network (5.1.9 sipServiceIp/sipServicePort). */
  sipHost: string;
  sipPort: number;
  /** Name of this gateway node, the suffix of GUIDs (e.g. "AgentGateway1"). */
  serverName: string;
  dataDir: string;
  /** The call center id (`ccId`) of the CC-CMS interfaces. */
  callCenterId: number;
  /** The connected business software mall (§15.1.5) and the AICC sign-in URL it links to (§15.1.1 portalUrl). */
  mall: { softwareCloudUrl: string; clientId: string; privacyStatementId: string; privacyStatementUrl: string; portalUrl: string };
  /** The secret shared with the Huawei IMC (§15.1.3, decision 1505). */
  imcSecret: string;
  /** The access codes one-click trial tenants are given (§17.3, decision 1507). */
  trialAccessCodes: { first: string; last: string };
}

/** Something changed in a tenant's configuration that live state may cache. */
export type ConfigChange = { vdnId: number; what: 'agents' | 'skills' | 'routes' | 'ivr' | 'tenant' };

export interface ConfigChangeFeed {
  publish(change: ConfigChange): void;
  subscribe(listener: (change: ConfigChange) => void): () => void;
}

/** The live contact center: engines per tenant, agent event delivery, and the record writer. */
export interface CtiServices {
  readonly registry: EngineRegistry;
  readonly hub: AgentEventHub;
  readonly records: RecordWriter;
  /** Recording audio and transcripts, written behind the engine (issue 10 item 2). */
  readonly recordingFiles: RecordingFiles;
  readonly settings: EngineSettings;
  /** Observers of every agent event (tests, monitoring, the simulator's event log). */
  readonly eventTaps: Set<(event: CecEvent) => void>;
  /** Observers of domain facts (simulation invariants and event-log hash). */
  readonly factTaps: Set<(kind: string, data: Record<string, unknown>) => void>;
  /** The 5-minute rolling counters of the CC-CMS real-time views (decision 0808). */
  readonly realtime: RealtimeStatistics;
  /** 12.3.1.2.8: calls each queue answered from other queues (decision 0853). */
  readonly multiQueue: MultiQueueAnswers;
  /** Each agent's CTI status changes, for the previous state of 12.3.1.3.2. */
  readonly agentHistory: AgentStateHistory;
  /** The simulated UAP's measurement counters (§12.3.6.1–.5, decision 0840). */
  readonly uap: UapCounters;
  /** The historic peaks of the licence usage (§12.3.6.8, decision 0842). */
  readonly licencePeaks: LicencePeaks;
}

/**
 * What interface handlers may use. Composed once in src/app; handlers keep business rules in
 * src/domain and src/services and use these only to reach state.
 */
export interface ApiServices {
  readonly clock: Clock;
  readonly store: Store;
  readonly repos: Repositories;
  readonly ids: SnowflakeIds;
  readonly secrets: SecretSource;
  readonly tokens: TokenService;
  readonly passwords: PasswordHasher;
  readonly settings: PublicSettings;
  /** Serialises configuration writes per tenant (the reference's "distributed lock"). */
  readonly tenantLocks: KeyedMutex;
  /** CC-iSales campaigns: their clock, the dialer wiring and the list lookups (chapter 7). */
  readonly outbound: OutboundServices;
  readonly configChanges: ConfigChangeFeed;
  /** The tenants' skill queues kept in memory for the configuration queries (decision 0021). */
  readonly skillCatalog: SkillCatalog;
  readonly callbacks: CallbackOutbox;
  /** Files of recordings, bill packages and third-party IVR uploads (the data directory now). */
  readonly files: RecordingStore;
  readonly cti: CtiServices;
  /** Takeovers of VDNs whose live state another owner left in the store (decision 1720). */
  readonly takeovers: TakeoverGate;
  /** Which VDNs this node owns, for the per-VDN background work (decision 1730). */
  readonly placement: VdnPlacement;
  /** Web chat (chapter 11): customer tokens and click-to-dial sessions. */
  readonly chat: ChatServices;
  /** Voice-recognition result subscriptions (§6.3, decision 0464). */
  readonly asr: { readonly subscriptions: AsrSubscriptions };
  /** The one-click trial (§17.2, §17.3): the simulated SMS/e-mail gateways and applications in progress. */
  readonly trial: { readonly messaging: SimulatedMessaging; readonly applying: Set<string> };
  /** Tracks work started by timers so that settle() and shutdown can wait for it. */
  readonly background: { track<T>(work: Promise<T>): Promise<T>; idle(): Promise<void> };
  readonly log: FastifyBaseLogger;
  /** The campaigns' call data as the 7.4.8 file import writes it. */
  readonly outboundCallData: CallDataImportTarget;
  /** The tenants' knowledge bases (ch. 9): search for the chatbot, agents and the iKBS interfaces. */
  readonly knowledge: KnowledgeBase;
  /** The chatbot / intelligent IVR of chapter 10: local NLU and dialog sessions. */
  readonly chatbot: ChatbotServices;
  /** The intelligent quality check's transcripts and scheduler (§12.2). */
  readonly sqm: SqmServices;
  /** Where the system indicators of §12.3.6 come from: this node, and the others in a cluster (decision 1732). */
  readonly systemIndicators: SystemIndicatorSources;
  /** The virtual clock when the server runs with `--clock virtual`. */
  readonly virtualClock: AdvanceableClock | undefined;
  /** Resolves once the asynchronous work started by timers has finished (virtual time). */
  settle(): Promise<void>;
}
