import type { ApiEndpoint } from '../../define-endpoint.ts';
import { agentByWorkNo } from './agent-by-work-no.endpoint.ts';
import { agentCallIds } from './agent-call-ids.endpoint.ts';
import { agentOperations } from './agent-operations.endpoint.ts';
import { agentPrivateCalls } from './agent-private-calls.endpoint.ts';
import { agentRestInfos } from './agent-rest-infos.endpoint.ts';
import { agentRealtimeIndicators } from './agent-rindex.endpoint.ts';
import { agentSkills } from './agent-skills.endpoint.ts';
import { agentStatusInfos } from './agent-status-infos.endpoint.ts';
import { agentsByStatus } from './agents-by-status.endpoint.ts';
import { agentsCalls } from './agents-calls.endpoint.ts';
import { isProcessCall } from './is-process-call.endpoint.ts';
import { systemState } from './system-state.endpoint.ts';
import { teamAgentStatus } from './team-agent-status.endpoint.ts';

/** §12.3.1.3: real-time views of agents, in the reference's order. */
export const realtimeAgentEndpoints: readonly ApiEndpoint[] = [
  agentSkills,
  agentStatusInfos,
  agentCallIds,
  agentsCalls,
  agentPrivateCalls,
  teamAgentStatus,
  agentByWorkNo,
  agentRestInfos,
  isProcessCall,
  systemState,
  agentRealtimeIndicators,
  agentOperations,
  agentsByStatus,
];
