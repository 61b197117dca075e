import type { ApiEndpoint } from './define-endpoint.ts';
import { adminEndpoints } from './admin/index.ts';
import { agentGatewayEndpoints } from './agent-gateway/index.ts';
import { offlineAgentEndpoints } from './agent-gateway/offline-agent/index.ts';
import { authEndpoints } from './auth/index.ts';
import { configAgentEndpoints } from './config-agents/index.ts';
import { configIvrEndpoints } from './config-ivr/index.ts';
import { configNumberEndpoints } from './config-numbers/index.ts';
import { configSkillEndpoints } from './config-skills/index.ts';
import { monitoringEndpoints } from './monitoring/index.ts';
import { ccfsEndpoints } from './ccfs/index.ts';
import { bidirectionalEndpoints } from './bidirectional/index.ts';
import { voiceNotificationEndpoints } from './voice-notification/index.ts';
import { outboundEndpoints } from './outbound/index.ts';
import { ccmessagingEndpoints } from './ccmessaging/index.ts';
import { surveyEndpoints } from './survey/index.ts';
import { knowledgeEndpoints } from './knowledge/index.ts';
import { oiapEndpoints } from './oiap/index.ts';
import { ccsqmEndpoints } from './ccsqm/index.ts';
import { asrSubscriptionEndpoints } from './asr-subscription/index.ts';
import { appSettingsEndpoints } from './app-settings/app-settings.endpoint.ts';
import { queryCallManualDetailInfo } from './dataprocess/call-manual-detail.endpoint.ts';
import { queryThirdpartyCustomerInfo, thirdPartyValidate } from './other/aicc-internal.endpoint.ts';
import { serviceAuthentication } from './other/service-pub-authentication.endpoint.ts';
import { omaEndpoints } from './oma/index.ts';
import { trialEndpoints } from './trial/index.ts';

/**
 * Every interface the server implements, family by family, in one readable list (STYLE rule 9).
 * docs/coverage.md, the OpenAPI document and the catalog test are derived from it. Sections named
 * `ext.*` are OpenCEC extensions beyond the reference (documented in docs/extensions.md).
 */
export const allEndpoints: readonly ApiEndpoint[] = [
  ...authEndpoints,
  ...configAgentEndpoints,
  ...configSkillEndpoints,
  ...configNumberEndpoints,
  ...configIvrEndpoints,
  ...agentGatewayEndpoints,
  ...offlineAgentEndpoints,
  ...monitoringEndpoints,
  ...ccfsEndpoints,
  ...outboundEndpoints,
  ...adminEndpoints,
  ...bidirectionalEndpoints,
  ...voiceNotificationEndpoints,
  ...ccmessagingEndpoints,
  ...surveyEndpoints,
  ...knowledgeEndpoints,
  ...oiapEndpoints,
  ...ccsqmEndpoints,
  ...asrSubscriptionEndpoints,
  ...appSettingsEndpoints,
  ...omaEndpoints,
  queryCallManualDetailInfo,
  thirdPartyValidate,
  queryThirdpartyCustomerInfo,
  serviceAuthentication,
  ...trialEndpoints,
];
