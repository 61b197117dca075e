import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.ts';
import * as ctiRecords from './0002-cti-records.ts';
import * as agentPasswordChange from './0101-agent-password-change.ts';
import * as statRollup from './0301-stat-rollup.ts';
import * as inspectionGroups from './0401-inspection-groups.ts';
import * as agentSessions from './0201-agent-sessions.ts';
import * as missedCalls from './0302-missed-calls.ts';
import * as ccfsFileJobs from './0601-ccfs-file-jobs.ts';
import * as systemIndicators from './0310-system-indicators.ts';
import * as callSettlement from './0303-call-settlement.ts';
import * as statColumns from './0304-stat-columns.ts';
import * as systemCalls from './0211-system-calls.ts';
import * as isalesCampaigns from './0701-isales-campaigns.ts';
import * as outboundLists from './0721-outbound-lists.ts';
import * as chat from './0801-chat.ts';
import * as surveys from './0811-surveys.ts';
import * as knowledgeBase from './0901-knowledge-base.ts';
import * as oiap from './1001-oiap.ts';
import * as sqm from './1221-sqm.ts';
import * as liveState from './1721-live-state.ts';
import * as appAgentSettings from './0221-app-agent-settings.ts';
import * as oiapAsrTranscripts from './1002-oiap-asr-transcripts.ts';
import * as oiapRbtRecognition from './1003-oiap-rbt-recognition.ts';
import * as tenantMall from './1501-tenant-mall.ts';
import * as oneClickTrial from './1502-one-click-trial.ts';
import * as vdnLease from './1701-vdn-lease.ts';
import * as asrSubscriptions from './0465-asr-subscriptions.ts';
import * as uapSamplesPerNode from './1731-uap-samples-per-node.ts';
import * as storeIdentity from './1732-store-identity.ts';
import * as recordingAppend from './1301-recording-append.ts';

/**
 * Every migration, in order. They are listed here rather than read from the filesystem so that
 * the same list runs under tsx, in tests and in a bundle.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-cti-records': ctiRecords,
  '0101-agent-password-change': agentPasswordChange,
  '0301-stat-rollup': statRollup,
  '0401-inspection-groups': inspectionGroups,
  '0201-agent-sessions': agentSessions,
  '0302-missed-calls': missedCalls,
  '0601-ccfs-file-jobs': ccfsFileJobs,
  '0310-system-indicators': systemIndicators,
  '0303-call-settlement': callSettlement,
  '0304-stat-columns': statColumns,
  '0211-system-calls': systemCalls,
  '0701-isales-campaigns': isalesCampaigns,
  '0721-outbound-lists': outboundLists,
  '0801-chat': chat,
  '0811-surveys': surveys,
  '0901-knowledge-base': knowledgeBase,
  '1001-oiap': oiap,
  '1221-sqm': sqm,
  '1721-live-state': liveState,
  '0221-app-agent-settings': appAgentSettings,
  '1002-oiap-asr-transcripts': oiapAsrTranscripts,
  '1003-oiap-rbt-recognition': oiapRbtRecognition,
  '1501-tenant-mall': tenantMall,
  '1502-one-click-trial': oneClickTrial,
  '1701-vdn-lease': vdnLease,
  '0465-asr-subscriptions': asrSubscriptions,
  '1731-uap-samples-per-node': uapSamplesPerNode,
  '1732-store-identity': storeIdentity,
  '1301-recording-append': recordingAppend,
};
