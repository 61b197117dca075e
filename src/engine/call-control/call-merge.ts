import { talkingContent } from '../../domain/events/index.ts';
import type { EngineCore, AgentLeg, AgentRuntime, Call, ExternalParty } from '../core/index.ts';
import { refreshAvailability } from '../routing/index.ts';
import { callView, leaveLegQuietly, agentsOn, liveExternals, refreshCallOperation } from '../calls/index.ts';
import { closeCdr, DeviceType, openCdr, startRecording } from '../records/index.ts';

/**
 * Joining two calls (connecthold 6.1.2.9, confjoin 6.1.2.14, three-party help): the parties of one
 * call move to the other, which goes on under its own id. The customer's call is the one that
 * survives, so its id, CDR rows and recordings tell the customer's whole story (decision 0405).
 * Each move is a new device visit: the old CDR row leaves with the join's reason, a new row opens,
 * and a moved agent's talk on the new call is a recording of its own.
 */

/**
 * Moves an agent from one call to another without touching its phone: for the old call
 * AgentMediaEvent_StopRecordDone and AgentEvent_Call_Release, for the new one AgentEvent_Talking
 * and AgentMediaEvent_Record.
 */
export function moveAgent(engine: EngineCore, agent: AgentRuntime, from: Call, into: Call, leaveReason: number): AgentLeg | undefined {
  const old = agent.legs.get(from.callId);
  if (!old) return undefined;
  closeCdr(engine, from, old.cdr, leaveReason);
  leaveLegQuietly(engine, agent, from);
  const now = engine.now();
  const cdr = openCdr(engine, into, { type: DeviceType.agent, no: agent.workNo, deviceIn: 'DEVICE_AGENT', workNo: agent.workNo }, { waitBeginMs: now, ackBeginMs: now, callBeginMs: now });
  const leg: AgentLeg = { callId: into.callId, state: 'talking', type: old.type, sinceMs: now, answeredAtMs: now, ringTimer: null, recording: null, cdr };
  agent.legs.set(into.callId, leg);
  into.agents.add(agent.workNo);
  refreshAvailability(engine, agent);
  engine.emit(agent.workNo, 'AgentEvent_Talking', talkingContent(callView(into), leg.type));
  startRecording(engine, agent, into, leg);
  refreshCallOperation(engine, agent);
  engine.output.fact('moved', { from: from.callId, into: into.callId, workNo: agent.workNo });
  return leg;
}

/**
 * Moves every party of `from` but `requester` into `into`: the other agents, and the customer and
 * parties reached by number, who become parties reached by number of `into` (their rows are
 * device visits of type 7). Returns the agents that moved. `from` is left with the requester only.
 */
export function mergeInto(engine: EngineCore, from: Call, into: Call, requester: number, leaveReason: number): AgentRuntime[] {
  const moved: AgentRuntime[] = [];
  for (const agent of agentsOn(engine, from)) {
    if (agent.workNo === requester || agent.legs.get(from.callId)?.state === 'alerting') continue;
    moveAgent(engine, agent, from, into, leaveReason);
    moved.push(agent);
  }
  const now = engine.now();
  const bring = (number: string) => {
    const party: ExternalParty = {
      number,
      state: 'connected',
      cdr: openCdr(engine, into, { type: DeviceType.external, no: 0, deviceIn: number }, { waitBeginMs: now, ackBeginMs: now, callBeginMs: now }),
      timers: [],
      ivrFlowId: null,
    };
    into.externals.push(party);
  };
  if (from.customer?.state === 'connected' || from.customer?.state === 'held') {
    bring(from.customer.number);
    from.customer.state = 'released';
  }
  for (const party of liveExternals(from)) {
    if (party.state !== 'connected' || party.ivrFlowId !== null) continue;
    if (party.cdr) closeCdr(engine, from, party.cdr, leaveReason);
    party.state = 'released';
    bring(party.number);
  }
  return moved;
}
