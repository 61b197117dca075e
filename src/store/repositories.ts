import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { createAgentAccountRepository } from './repositories/agent-account.repository.ts';
import { createAgentSessionRepository } from './repositories/agent-session.repository.ts';
import { createCallbackDeliveryRepository } from './repositories/callback-delivery.repository.ts';
import { createCcfsExportRepository } from './repositories/ccfs-export.repository.ts';
import { createCcfsJobRepository } from './repositories/ccfs-job.repository.ts';
import { createCredentialRepository } from './repositories/credential.repository.ts';
import { createCtiRecordRepository } from './repositories/cti-record.repository.ts';
import { createIdCounterRepository } from './repositories/id-counter.repository.ts';
import { createInspectionGroupRepository } from './repositories/inspection-group.repository.ts';
import { createAppAgentSettingsRepository } from './repositories/app-agent-settings.repository.ts';
import { createCallDetailRepository } from './repositories/call-detail.repository.ts';
import { createIvrRepository } from './repositories/ivr.repository.ts';
import { createNumberRepository } from './repositories/number.repository.ts';
import { createStatRollupRepository } from './repositories/stat-rollup.repository.ts';
import { createSettlementRepository } from './repositories/settlement.repository.ts';
import { createSkillRepository } from './repositories/skill.repository.ts';
import { createSystemSampleRepository } from './repositories/system-sample.repository.ts';
import { createSystemIndicatorRepository } from './repositories/system-indicator.repository.ts';
import { createVdnRepository } from './repositories/vdn.repository.ts';
import { createVoiceAssetRepository } from './repositories/voice-asset.repository.ts';
import { createSystemCallRepository } from './repositories/system-call.repository.ts';
import { createIsalesCampaignRepository } from './repositories/isales-campaign.repository.ts';
import { createIsalesCallDataRepository } from './repositories/isales-call-data.repository.ts';
import { createIsalesResultRepository } from './repositories/isales-result.repository.ts';
import { createIsalesBlacklistRepository } from './repositories/isales-blacklist.repository.ts';
import { createIsalesDefinitionRepository } from './repositories/isales-definitions.repository.ts';
import { createIsalesExternalResultRepository } from './repositories/isales-external-result.repository.ts';
import { createIsalesImportRepository } from './repositories/isales-imports.repository.ts';
import { createIsalesOpenapiLogRepository } from './repositories/isales-openapi-log.repository.ts';
import { createChatRepository } from './repositories/chat.repository.ts';
import { createSurveyRepository } from './repositories/survey.repository.ts';
import { createKnowledgeRepository } from './repositories/knowledge.repository.ts';
import { createOiapConfigRepository } from './repositories/oiap-config.repository.ts';
import { createOiapFaqRepository } from './repositories/oiap-faq.repository.ts';
import { createOiapDialogRepository } from './repositories/oiap-dialog.repository.ts';
import { createOiapRbtRepository } from './repositories/oiap-rbt.repository.ts';
import { createSqmRepository } from './repositories/sqm.repository.ts';
import { createMallRepository } from './repositories/mall.repository.ts';
import { createTrialRepository } from './repositories/trial.repository.ts';
import { createVdnLeaseRepository } from './repositories/vdn-lease.repository.ts';
import { createAsrSubscriptionRepository } from './repositories/asr-subscription.repository.ts';
import { createStoreIdentityRepository } from './repositories/store-identity.repository.ts';
import type { Store } from './open-store.ts';

/** Every repository's factory, by the name callers use. */
const factories = {
  vdns: createVdnRepository,
  credentials: createCredentialRepository,
  idCounters: createIdCounterRepository,
  agents: createAgentAccountRepository,
  skills: createSkillRepository,
  numbers: createNumberRepository,
  ivr: createIvrRepository,
  voiceAssets: createVoiceAssetRepository,
  callbacks: createCallbackDeliveryRepository,
  ctiRecords: createCtiRecordRepository,
  statRollup: createStatRollupRepository,
  inspectionGroups: createInspectionGroupRepository,
  agentSessions: createAgentSessionRepository,
  systemSamples: createSystemSampleRepository,
  ccfsJobs: createCcfsJobRepository,
  ccfsExport: createCcfsExportRepository,
  systemIndicators: createSystemIndicatorRepository,
  settlement: createSettlementRepository,
  systemCalls: createSystemCallRepository,
  isalesCampaigns: createIsalesCampaignRepository,
  isalesCallData: createIsalesCallDataRepository,
  isalesResults: createIsalesResultRepository,
  isalesDefinitions: createIsalesDefinitionRepository,
  isalesBlacklist: createIsalesBlacklistRepository,
  isalesImports: createIsalesImportRepository,
  isalesExternalResults: createIsalesExternalResultRepository,
  isalesOpenapiLog: createIsalesOpenapiLogRepository,
  chat: createChatRepository,
  surveys: createSurveyRepository,
  knowledge: createKnowledgeRepository,
  oiapConfig: createOiapConfigRepository,
  oiapFaq: createOiapFaqRepository,
  oiapDialog: createOiapDialogRepository,
  oiapRbt: createOiapRbtRepository,
  sqm: createSqmRepository,
  appAgentSettings: createAppAgentSettingsRepository,
  callDetails: createCallDetailRepository,
  mall: createMallRepository,
  trial: createTrialRepository,
  vdnLeases: createVdnLeaseRepository,
  asrSubscriptions: createAsrSubscriptionRepository,
  storeIdentity: createStoreIdentityRepository,
};

type Factories = typeof factories;
/** Every repository, bound to one connection or transaction. */
export type Repositories = { readonly [K in keyof Factories]: ReturnType<Factories[K]> };

/**
 * Each repository is built on first use: the record writer opens a transaction per batch and
 * touches three or four of the forty repositories (issue 8: building them all was 2 % of a state
 * command's CPU). The getters live on one prototype, so a set costs one object until used.
 */
class RepositorySet {
  readonly #built: Partial<Record<keyof Factories, unknown>> = {};
  readonly #db: Kysely<Database>;
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }
  static {
    for (const name of Object.keys(factories) as (keyof Factories)[]) {
      Object.defineProperty(RepositorySet.prototype, name, {
        enumerable: true,
        get(this: RepositorySet) {
          return (this.#built[name] ??= factories[name](this.#db));
        },
      });
    }
  }
}

export function createRepositories(db: Kysely<Database>): Repositories {
  return new RepositorySet(db) as unknown as Repositories;
}

/**
 * Runs `work` in one transaction with repositories bound to it: all of its writes land, or none.
 */
export function inTransaction<T>(store: Store, work: (repos: Repositories) => Promise<T>): Promise<T> {
  return store.db.transaction().execute((trx) => work(createRepositories(trx)));
}
