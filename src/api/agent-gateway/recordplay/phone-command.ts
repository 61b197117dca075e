import type { Result, TenantEngine } from '../../../engine/index.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';

/** What tells one §13.1.1 command without a body from another. */
export interface PhoneCommand {
  section: string;
  name: string;
  summary: string;
  method: 'POST' | 'PUT' | 'DELETE';
  /** The path after `recordplay/{agentid}/`. */
  segment: string;
  /** The interface's state code, for the engine's StateIncorrect (undefined: it has none). */
  stateCode?: string;
  gaps?: string;
  command: (engine: TenantEngine, workNo: number) => Result<unknown>;
}

/**
 * A §13.1.1 command on the agent's phone that takes no body and replies `result: {}`: 100-006 when
 * not signed in, the interface's own 500-xxx for the engine's state refusal (Table 6-449).
 */
export function phoneCommandEndpoint(c: PhoneCommand) {
  return defineEndpoint({
    section: c.section,
    name: c.name,
    summary: c.summary,
    method: c.method,
    path: `/agentgateway/resource/recordplay/{agentid}/${c.segment}`,
    auth: 'C4',
    envelope: gatewayEnvelope,
    params: AgentIdParams,
    response: EmptyResult,
    errors: ['100-006', '100-007', ...(c.stateCode ? [c.stateCode] : [])],
    ...(c.gaps ? { gaps: c.gaps } : {}),
    async handler({ services, request }) {
      return commandReply(services, request, c.command, c.stateCode ? { StateIncorrect: c.stateCode } : undefined);
    },
  });
}
