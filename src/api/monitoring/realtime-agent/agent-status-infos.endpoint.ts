import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { privateCallIds, type VdnAgentView } from '../../../engine/index.ts';
import type { AgentStateHistory } from '../../../stats/realtime/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { agentIdsSchema, cmsEngine, secondsSince, vdnBody, wholeSeconds } from '../realtime-request.ts';
import { agentsAsked, neverSignedInMs, unknownSeconds, unused } from './agent-request.ts';

/**
 * Table 12-468, in the example's key order. The previous state is the one observed before the
 * current (decision 0810); `currentStateReason` is the rest reason while resting, the cause of the
 * last sign-out while signed out (the example's 258, note 08 A-58), else 65535.
 */
function agentStatusInfo(view: VdnAgentView, history: AgentStateHistory, vdnId: number, nowMs: number, privateCalls: number): Record<string, unknown> {
  const record = history.read(vdnId, view.workNo);
  const previous = record?.state === view.ctiState ? record.previous : null;
  const runtime = view.runtime;
  const reason = view.ctiState === 8 && runtime ? runtime.restCause : view.ctiState === 0 ? (record?.logoutCause ?? unused) : unused;
  return {
    prevState: previous?.state ?? 0,
    agentId: view.workNo,
    logonTime: runtime?.loginTimeMs ?? neverSignedInMs,
    agentRelease: runtime?.statistics.agentReleaseCount ?? 0,
    locationId: unused,
    currentPrivateCallNum: privateCalls,
    currentStateTime: secondsSince(view.stateSinceMs, nowMs),
    currentStateReason: reason,
    prevStateTime: previous ? wholeSeconds(previous.durationMs) : unknownSeconds,
    currentState: view.ctiState,
  };
}

/** CEC §12.3.1.3.2 (ref L57407–L57561): current and previous state of agents, with sign-in time and releases. */
export const agentStatusInfos = defineEndpoint({
  section: '12.3.1.3.2',
  name: 'agentgroup/agentstatusinfobyagentids',
  summary: 'Querying agent information in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agentgroup/agentstatusinfobyagentids',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ agentIds: agentIdsSchema(6000) }),
  response: Type.Object({
    resultDesc: Type.Array(
      Type.Object({
        prevState: Type.Integer({ description: 'CTI status before the current one' }),
        agentId: Type.Integer(),
        logonTime: Type.Integer({ description: 'Sign-in, epoch ms; 4294967295000 when not signed in' }),
        agentRelease: Type.Integer({ description: 'Calls the agent released since signing in' }),
        locationId: Type.Integer(),
        currentPrivateCallNum: Type.Integer(),
        currentStateTime: Type.Integer({ description: 'Seconds' }),
        currentStateReason: Type.Integer(),
        prevStateTime: Type.Integer({ description: 'Seconds; 4294967295 when unknown' }),
        currentState: Type.Integer({ description: 'CTI status, §12.3.8.3' }),
      }),
    ),
  }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const now = engine.now();
    return { resultDesc: agentsAsked(engine, body.agentIds).map((view) => agentStatusInfo(view, services.cti.agentHistory, engine.vdnId, now, privateCallIds(engine, view.workNo).length)) };
  },
});
