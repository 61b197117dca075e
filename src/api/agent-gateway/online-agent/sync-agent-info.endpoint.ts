import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { ok } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { agentStateSnapshot } from './agent-state-snapshot.ts';

const AgentStateInfoSchema = Type.Object({
  callFeature: Type.Integer({ description: 'Table 6-92' }),
  callData: Type.String(),
  lastState: Type.Integer(),
  preBusy: Type.Boolean(),
  firsttalkingFlag: Type.Boolean(),
  workNo: Type.String(),
  qcWorkNo: Type.String(),
  callerNo: Type.String(),
  beginHoldTime: Type.Union([Type.String(), Type.Null()]),
  state: Type.Integer({ description: 'Table 6-454' }),
  talkingCallfeature: Type.Integer(),
  releaseFlag: Type.Integer(),
  calledNo: Type.String(),
  mainCallId: Type.String(),
  secondTalkingTime: Type.Union([Type.String(), Type.Null()]),
  preRest: Type.Boolean(),
  recordID: Type.String(),
  currentTime: Type.String(),
  beginTalkingTime: Type.Union([Type.String(), Type.Null()]),
  partner: Type.String(),
  holdCallId: Type.String(),
  agentStateBeginTime: Type.Integer(),
  curCommand: Type.Integer({ description: 'Table 6-93' }),
  curCallId: Type.String(),
  cmdBeginTime: Type.String(),
});

/**
 * CEC §6.1.1.25 syncagentinfo (ref L9020–9220): the agent's state and call as a snapshot, for a
 * page that was refreshed. "Invoking this interface will clear the event queue" (ref L9024): the
 * snapshot replaces the events the page missed, so they are dropped in the same engine step that
 * reads the state, and the next poll sees only what happens afterwards.
 */
export const syncAgentInfo = flowControlled(
  defineEndpoint({
    section: '6.1.1.25',
    name: 'syncagentinfo',
    summary: 'Synchronizing the agent status and call information after a page refresh',
    method: 'POST',
    path: '/agentgateway/resource/onlineagent/{agentid}/syncagentinfo',
    auth: 'C4',
    envelope: gatewayEnvelope,
    params: AgentIdParams,
    response: Type.Object({ result: Type.Object({ callinfo: Type.Union([Type.String(), Type.Null()]), agentStateInfo: AgentStateInfoSchema }) }),
    errors: ['100-006', '100-007', '100-011'],
    async handler({ services, request }) {
      const { engine, agent, workNo } = signedInEngine(request);
      const snapshot = await runCommand(services, engine, () => {
        const taken = agentStateSnapshot(engine, agent);
        engine.output.clearAgentEvents(workNo);
        return ok(taken);
      });
      return { message: 'success', result: snapshot };
    },
  }),
);
