import type { ApiEndpoint } from '../../define-endpoint.ts';
import { legacyHeartbeat } from './heartbeat.endpoint.ts';
import { legacyAllAgentStatus, legacyGroupByAgent, legacyOnlineAgentOnVdn } from './legacy-agent-group.endpoint.ts';
import { legacyNotifyBulletin } from './legacy-bulletin.endpoint.ts';
import { legacyInnoInfo } from './legacy-inno-info.endpoint.ts';
import { legacyRestReason } from './legacy-rest-reason.endpoint.ts';

/** Routes of pre-2.5 gateway clients, each mapped onto its 2.5 behaviour (docs/extensions.md). */
export const legacyGatewayEndpoints: readonly ApiEndpoint[] = [legacyHeartbeat, legacyOnlineAgentOnVdn, legacyAllAgentStatus, legacyGroupByAgent, legacyInnoInfo, legacyNotifyBulletin, legacyRestReason];
