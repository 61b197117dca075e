import type { StatTables } from './schema-stats.ts';
import type { SettlementTables } from './schema-settlement.ts';
import type { InspectionTables } from './schema-inspection.ts';
import type { SessionTables } from './schema-sessions.ts';
import type { CcfsTables } from './schema-ccfs.ts';
import type { SystemTables } from './schema-system.ts';
import type { CtiRecordTables } from './schema-cti-records.ts';
import type { SystemCallTables } from './schema-system-calls.ts';

export type { AgentOperationTable, CdrTable, RecordingTable } from './schema-cti-records.ts';

/**
 * The tables of the store, as Kysely sees them (camelCase; the database columns are snake_case
 * through the CamelCasePlugin). One schema for SQLite and PostgreSQL: booleans are 0/1 integers,
 * instants are epoch milliseconds in bigint columns, 19-digit identifiers are text, and structured
 * values are JSON text, so both dialects store and return the same values.
 */
export interface Database extends StatTables, SettlementTables, InspectionTables, SessionTables, CcfsTables, SystemTables, CtiRecordTables, SystemCallTables {
  vdn: VdnTable;
  appCredential: AppCredentialTable;
  accessToken: AccessTokenTable;
  configAdmin: ConfigAdminTable;
  agentAccount: AgentAccountTable;
  agentSkill: AgentSkillTable;
  skill: SkillTable;
  accessCode: AccessCodeTable;
  calledRoute: CalledRouteTable;
  ivrFlow: IvrFlowTable;
  satisfactionConfig: SatisfactionConfigTable;
  satisfactionResult: SatisfactionResultTable;
  voiceFile: VoiceFileTable;
  voiceTemplate: VoiceTemplateTable;
  callbackDelivery: CallbackDeliveryTable;
  idCounter: IdCounterTable;
}

export interface VdnTable {
  vdnId: number;
  name: string;
  description: string;
  workNoMin: number;
  workNoMax: number;
  /** JSON of tenant-level settings (default calling number, satisfaction, limits...). */
  settings: string;
  createdAtMs: number;
}

/** AK/SK pairs (family 'aksk', used by C1 and C2) and OIAP app keys (family 'oiap', C3). */
export interface AppCredentialTable {
  family: 'aksk' | 'oiap' | 'sia';
  appKey: string;
  appSecret: string;
  /** Null for a global credential that spans VDNs (CMS "global AK/SK"). */
  vdnId: number | null;
  description: string;
  createdAtMs: number;
}

/** Issued bearer-style credentials. Only a hash of the token is stored. */
export interface AccessTokenTable {
  tokenHash: string;
  family: 'C1' | 'C3' | 'C5' | 'SIA';
  vdnId: number | null;
  appKey: string;
  createdAtMs: number;
  expiresAtMs: number;
}

/** Accounts for the configuration login (C5): system administrators and VDN administrators. */
export interface ConfigAdminTable {
  loginId: number;
  /** Null for a system administrator. */
  vdnId: number | null;
  passwordHash: string;
  name: string;
}

export interface AgentAccountTable {
  workNo: number;
  vdnId: number;
  userAccount: string;
  userName: string;
  passwordHash: string;
  email: string;
  phone: string | null;
  agentType: number;
  ccRoleId: number;
  sipAccount: string;
  sipPwd: string;
  ctiPassword: string;
  accountCode: string | null;
  transparentDisplayFlag: number;
  failedPwdAttempts: number;
  lockedUntilMs: number | null;
  pwdChangedAtMs: number;
  pwdUserChangedAtMs: number | null;
  sipFailedAttempts: number;
  sipLockedUntilMs: number | null;
  /** JSON array of the last CTI passwords (hashes), for the reuse rule of 6.1.1.16. */
  ctiPasswordHistory: string;
  isForceChange: number;
  ctiPwdChangedAtMs: number;
  createdAtMs: number;
  updatedAtMs: number;
}

export interface AgentSkillTable {
  workNo: number;
  skillId: number;
  vdnId: number;
  agentWeight: number;
  skillWeight: number;
}

export interface SkillTable {
  vdnId: number;
  skillId: number;
  name: string;
  description: string;
  mediaTypeId: number;
  maxWaitTime: number;
  maxWaitNum: number;
  maxAgentWrapupTime: number;
  /** JSON of the skillParam object of 5.2.1 (overflow policies, answerFunction, waitVoice). */
  skillParam: string;
  serviceType: number;
  realFlag: number;
  createdAtMs: number;
}

export interface AccessCodeTable {
  id: string;
  vdnId: number;
  accessCode: string;
  mediaTypeId: number;
  n400Number: string | null;
  description: string | null;
  numCallAttr: number;
}

export interface CalledRouteTable {
  id: string;
  vdnId: number;
  dnid: number;
  accessCode: string;
  extCode: string;
  mediaTypeId: number | null;
  deviceType: number;
  deviceId: number;
  deviceDesc: string;
  editable: string | null;
}

export interface IvrFlowTable {
  vdnId: number;
  flowId: number;
  /** The 19-digit identifier the satisfaction configuration uses for the same flow (5.4.2). */
  ivrId: string;
  accessCode: string;
  description: string;
  flowFileName: string;
  flowType: number;
  isLoad: number;
  maxCallNum: number | null;
  serviceNo: number;
  /** JSON of the simulated flow script (prompts, digit collection, routing). */
  script: string;
}

export interface SatisfactionConfigTable {
  vdnId: number;
  enabled: number;
  ivrFlowId: number | null;
  feedbackType: string;
  channelType: string;
}

export interface SatisfactionResultTable {
  id: string;
  vdnId: number;
  callId: string;
  evaluationValue: string;
  channel: string;
  evaluationTimeMs: number;
  /** The customer's number, kept so that 5.1.13 can erase it. */
  customerNumber: string | null;
}

export interface VoiceFileTable {
  fileId: string;
  vdnId: number;
  voiceFileName: string | null;
  locale: string;
  voiceType: string;
  fileType: string;
  fileUrl: string;
  storagePath: string;
  sizeBytes: number;
  /** 'pending' until reviewed, then '2' approved or '3' rejected (5.4.4). */
  reviewStatus: string;
  comment: string;
  callbackUrl: string | null;
  createdAtMs: number;
}

export interface VoiceTemplateTable {
  templateId: string;
  vdnId: number;
  name: string;
  scene: string;
  speed: number;
  volume: number;
  voicename: string;
  textcontent: string;
  language: string;
  /** JSON array of the parsed variables ({kind, maxLen}). */
  variables: string;
  reviewStatus: string;
  comment: string;
  callbackUrl: string | null;
  createdAtMs: number;
}

/** A durable outbox of HTTP callbacks, retried with backoff until acknowledged or given up. */
export interface CallbackDeliveryTable {
  id: string;
  vdnId: number;
  kind: string;
  url: string;
  body: string;
  attempts: number;
  maxAttempts: number;
  nextAttemptAtMs: number;
  /** 'pending', 'delivered' or 'failed'. */
  status: string;
  lastError: string | null;
  createdAtMs: number;
}

export interface IdCounterTable {
  scope: string;
  nextValue: number;
}
