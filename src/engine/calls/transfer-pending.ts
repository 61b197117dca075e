import { talkingContent } from '../../domain/events/index.ts';
import type { EngineCore, AgentRuntime, Call } from '../core/index.ts';
import { closeCdr, LeaveReason } from '../records/index.ts';
import { finishAgentLeg } from './leg-end.ts';
import { agentsOn, callView, partnersOf, refreshCustomerHold } from './call-parties.ts';
import { refreshCallOperation } from './call-operation.ts';

/**
 * The life of a transfer the agent does not leave at once (6.1.2.11, Table 6-459): release-after-
 * transfer (mode 2) waits for the target to answer; talk forwarding (mode 3) lets the agent talk
 * with the target first; three-party transfer (mode 4) joins all three. The agent's release
 * completes modes 3 and 4; canceltransfer (6.1.2.12) takes them back.
 */

/**
 * The agent hands a call over (blind transfer, completed transfer): its CDR row closes with
 * `leaveReason` and it leaves with StopRecordDone → Call_Release, then phone and after-call state.
 */
export function handOver(engine: EngineCore, agent: AgentRuntime, call: Call, leaveReason: number): void {
  const leg = agent.legs.get(call.callId);
  if (!leg) return;
  closeCdr(engine, call, leg.cdr, leaveReason);
  agent.statistics.transferOutCount += 1;
  finishAgentLeg(engine, agent, call, 'transferred');
}

/**
 * The transferring agent leaves the call. For talk forwarding and three-party transfer this is how
 * the transfer completes (Table 6-459: "then the agent releases"); a release-after-transfer whose
 * target still rings goes on as a blind one. Returns the leave reason of a transfer (17), else
 * undefined when the agent was not transferring this call.
 */
export function transferOnLeave(engine: EngineCore, call: Call, agent: AgentRuntime): number | undefined {
  const transfer = call.transfer;
  if (!transfer || transfer.byWorkNo !== agent.workNo) return undefined;
  call.transfer = null;
  if (transfer.target.kind === 'agent') {
    const leg = engine.agents.get(transfer.target.workNo)?.legs.get(call.callId);
    if (leg) leg.origin = undefined;
  }
  agent.statistics.transferOutCount += 1;
  return LeaveReason.transferredOut;
}

/** The target of a pending transfer answered (an agent talks, or a dialled number connected). */
export function transferTargetAnswered(engine: EngineCore, call: Call): void {
  const transfer = call.transfer;
  if (!transfer) return;
  const requester = engine.agents.get(transfer.byWorkNo);
  switch (transfer.mode) {
    case 2:
      // CEC §6.5.1.2.15 (ref L20161): the transfer succeeded; the agent is released after it.
      call.transfer = null;
      refreshCustomerHold(engine, call);
      if (requester) {
        engine.emit(requester.workNo, 'AgentEvent_SuccTransResult', { result: 0, callId: call.callId });
        handOver(engine, requester, call, LeaveReason.transferredOut);
      }
      return;
    case 3:
      // Talk forwarding: the agent talks with the target while the customer waits on hold.
      if (requester?.legs.has(call.callId)) {
        engine.emit(requester.workNo, 'AgentEvent_Talking', talkingContent(callView(call)));
        refreshCallOperation(engine, requester);
      }
      return;
    default:
      // Three-party transfer: the customer joins; everyone hears AgentEvent_Conference.
      transfer.customerHeld = false;
      refreshCustomerHold(engine, call);
      announceConference(engine, call);
  }
}

/**
 * The target of a pending transfer was not reached: the agent hears why (SuccTransResult with a
 * non-zero result for mode 2, Connect_Fail otherwise) and talks with the customer again.
 */
export function transferTargetFailed(engine: EngineCore, call: Call): void {
  const transfer = call.transfer;
  if (!transfer) return;
  call.transfer = null;
  refreshCustomerHold(engine, call);
  const requester = engine.agents.get(transfer.byWorkNo);
  if (!requester?.legs.has(call.callId)) return;
  if (transfer.mode === 2) engine.emit(requester.workNo, 'AgentEvent_SuccTransResult', { result: 1, callId: call.callId });
  else engine.emit(requester.workNo, 'AgentEvent_Connect_Fail', call.callId);
  if (transfer.customerHeld) engine.emit(requester.workNo, 'AgentEvent_Talking', talkingContent(callView(call)));
  refreshCallOperation(engine, requester);
}

/** AgentEvent_Conference (ref L19962) to every agent talking on the call, with the other parties. */
export function announceConference(engine: EngineCore, call: Call): void {
  for (const agent of agentsOn(engine, call)) {
    if (agent.legs.get(call.callId)?.state !== 'talking') continue;
    engine.emit(agent.workNo, 'AgentEvent_Conference', { callid: call.callId, partner: partnersOf(engine, call, agent.workNo) });
    refreshCallOperation(engine, agent);
  }
}
