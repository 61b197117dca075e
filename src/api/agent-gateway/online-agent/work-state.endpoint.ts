import { Type } from '@sinclair/typebox';
import type { WorkRequest } from '../../../domain/agent/index.ts';
import { requestWork, type WorkParams } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine, commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';

const base = '/agentgateway/resource/onlineagent/{agentid}';

/** One work-state interface: the same engine request with the parameters its path carries. */
function workEndpoint(section: string, name: string, summary: string, path: string, request: WorkRequest) {
  return defineEndpoint({
    section,
    name,
    summary,
    method: 'POST',
    path: `${base}/${path}`,
    auth: 'C4',
    envelope: gatewayEnvelope,
    params: AgentIdParams,
    response: EmptyResult,
    errors: ['100-006', '100-007', '100-009'],
    async handler({ services, request: req }) {
      const { engine, workNo } = signedInEngine(req);
      await runCommand(services, engine, () => requestWork(engine, workNo, request));
      return { message: 'success', result: {} };
    },
  });
}

export const sayFree = workEndpoint('6.1.1.9', 'sayFree', 'Setting an agent to the idle state', 'sayfree', 'sayFree');
export const cancelBusy = workEndpoint('6.1.1.11', 'cancelBusy', 'Canceling the busy state', 'cancelbusy', 'cancelBusy');
export const cancelRest = workEndpoint('6.1.1.13', 'cancelRest', 'Canceling the rest state', 'cancelrest', 'cancelRest');
export const sayWork = workEndpoint('6.1.1.14', 'sayWork', 'Entering the wrap-up state', 'work', 'work');
export const cancelWork = workEndpoint('6.1.1.15', 'cancelWork', 'Exiting the wrap-up state', 'cancelwork', 'cancelWork');

const booleanFlag = (value: string | undefined): boolean => value === 'true';

/**
 * CEC §6.1.1.10 saybusy?reason=&prolong=: reason 0 or 200–250 (Table 6-37, else 000-002);
 * `prolong=true` repeats busy with a new reason.
 */
export const sayBusy = defineEndpoint({
  section: '6.1.1.10',
  name: 'sayBusy',
  summary: 'Setting an agent to the busy state',
  method: 'POST',
  path: `${base}/saybusy?reason={reason}&prolong={false}`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: Type.Object({ reason: Type.Optional(Type.String()), prolong: Type.Optional(Type.String()) }),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007', '100-009'],
  async handler({ query, services, request }) {
    const reason = query.reason === undefined || query.reason === '' ? 0 : Number(query.reason);
    if (!Number.isInteger(reason) || (reason !== 0 && (reason < 200 || reason > 250))) throw new CecError('000-002', 'The busy reason must be 0 or 200 to 250.');
    const params: WorkParams = { busyReason: reason, prolong: booleanFlag(query.prolong) };
    return commandReply(services, request, (engine, workNo) => requestWork(engine, workNo, 'sayBusy', params));
  },
});

/**
 * CEC §6.1.1.12 rest/{time}/{restcause}?prolong=: rest for `time` seconds (1–86399) with a cause
 * (0–255) (Table 6-43, else 000-002); AgentState_Rest_Timeout reminds when the time is up.
 */
export const rest = defineEndpoint({
  section: '6.1.1.12',
  name: 'rest',
  summary: 'Requesting a rest',
  method: 'POST',
  path: `${base}/rest/{time}/{restcause}?prolong={false}`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: Type.Composite([AgentIdParams, Type.Object({ time: Type.String(), restcause: Type.String() })]),
  query: Type.Object({ prolong: Type.Optional(Type.String()) }),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007', '100-009'],
  async handler({ params, query, services, request }) {
    const seconds = Number(params.time);
    const cause = Number(params.restcause);
    if (!/^\d+$/.test(params.time) || seconds < 1 || seconds > 86399) throw new CecError('000-002', 'The rest time must be 1 to 86399 seconds.');
    if (!/^\d+$/.test(params.restcause) || cause > 255) throw new CecError('000-002', 'The rest cause must be 0 to 255.');
    return commandReply(services, request, (engine, workNo) => requestWork(engine, workNo, 'rest', { restSeconds: seconds, restCause: cause, prolong: booleanFlag(query.prolong) }));
  },
});
