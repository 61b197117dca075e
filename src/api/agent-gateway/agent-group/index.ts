import type { ApiEndpoint } from '../../define-endpoint.ts';
import { queryAgentInfoBySkillId, queryAgentInfoByWorkNo, queryAllOnlineAgents } from './agent-group.endpoint.ts';

/** §5.2.11–5.2.13 agentgroup: who is signed in, by skill and by work number. */
export const agentGroupEndpoints: readonly ApiEndpoint[] = [queryAgentInfoBySkillId, queryAgentInfoByWorkNo, queryAllOnlineAgents];
