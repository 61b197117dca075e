import type { ApiEndpoint } from '../../define-endpoint.ts';
import { isOfflineAgent, offlineAgentLogin, offlineAgentLogout } from './offline-agent.endpoint.ts';

/**
 * §6.1.2.26–28: the mobile ("offline") agent. These sit on the API-Fabric host with C1 bearer
 * authentication and the returnCode envelope, not on the CC-Gateway, so they are a family of
 * their own in the registry.
 */
export const offlineAgentEndpoints: readonly ApiEndpoint[] = [offlineAgentLogin, offlineAgentLogout, isOfflineAgent];
