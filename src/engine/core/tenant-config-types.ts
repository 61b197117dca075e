import type { PhoneRange, RestPolicy } from '../../domain/agent/index.ts';
import type { ChatSettings } from '../../domain/chat/index.ts';

/**
 * A tenant's configuration as the engine runs on it: a snapshot loaded from the store
 * (src/services/cti/load-tenant-config.ts) and swapped in when the configuration changes.
 */

/** An overflow policy of a skill queue (5.2.1 skillParam noAgents/busy/timeOut). */
export interface OverflowPolicy {
  transferType: 'Release' | 'Transfer';
  /** 1 skill queue, 3 IVR flow. */
  deviceType?: number;
  value?: number;
}

export interface SkillConfig {
  skillId: number;
  name: string;
  mediaTypeId: number;
  maxWaitTimeSeconds: number;
  maxWaitNum: number;
  maxAgentWrapupTimeSeconds: number;
  noAgents: OverflowPolicy;
  busy: OverflowPolicy;
  timeOut: OverflowPolicy;
}

export interface AgentSkillConfig {
  skillId: number;
  agentWeight: number;
  skillWeight: number;
}

export interface AgentConfig {
  workNo: number;
  userName: string;
  ctiPassword: string;
  sipAccount: string;
  agentType: number;
  ccRoleId: number;
  skills: AgentSkillConfig[];
  isForceChange: boolean;
  /** Locked after repeated wrong passwords (5.1.3) until this instant; null when not locked. */
  lockedUntilMs: number | null;
}

export interface CalledRouteConfig {
  accessCode: string;
  extCode: string;
  /** 1 skill queue, 3 IVR flow. */
  deviceType: number;
  deviceId: number;
  mediaTypeId: number;
}

export interface IvrFlowConfig {
  flowId: number;
  accessCode: string;
  description: string;
  script: IvrScript;
}

export interface IvrScript {
  start?: string;
  nodes?: Record<string, IvrNode>;
}

export type IvrNode =
  | { type: 'menu'; prompt?: string; timeoutSeconds?: number; choices?: Record<string, string>; onTimeout?: string; onInvalid?: string; retriesMax?: number }
  | { type: 'play'; prompt?: string; seconds?: number; next?: string }
  /** To a skill queue (1) or flow; `alsoSkillIds`: queues the call waits in as well (multi-queue waiting, decision 0853). */
  | { type: 'route'; deviceType: number; deviceId: number; alsoSkillIds?: number[] }
  | { type: 'survey'; prompt?: string; timeoutSeconds?: number; validDigits?: string }
  | { type: 'release' }
  /** Leave a message: after the prompt the caller speaks for up to `seconds` (default 30); then `next`. */
  | { type: 'record'; prompt?: string; seconds?: number; next?: string };

/** A tenant's configuration as the engine uses it: a snapshot reloaded when configuration changes. */
export interface TenantConfig {
  vdnId: number;
  name: string;
  defaultCallerNumber: string;
  agents: ReadonlyMap<number, AgentConfig>;
  skills: ReadonlyMap<number, SkillConfig>;
  /** Longest number first, so that the first prefix match is the longest match. */
  routes: readonly CalledRouteConfig[];
  ivrFlows: ReadonlyMap<number, IvrFlowConfig>;
  satisfaction: { enabled: boolean; flowId: number | null };
  /** Numbers the tenant allows besides its agents' softphones (tenant file `settings.phoneNumbers`, decision 0507). */
  phoneRanges: readonly PhoneRange[];
  /** Rest quotas and approval (tenant file `settings.rest`, decision 0850); absent: every rest is granted at once. */
  restPolicy?: RestPolicy;
  /** Web chat channels and agent chat capacity (tenant file `settings.chat`; absent: defaults, decision 1101). */
  chat?: ChatSettings;
}
