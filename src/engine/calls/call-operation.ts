import type { EngineCore, AgentRuntime } from '../core/index.ts';
import { beginOperation, OpType } from '../records/index.ts';
import { agentsOn, heldLegs, isConference } from './call-parties.ts';

/**
 * Brings the agent's open operation (13.2.2.2, op types of Table 13-128) in line with what it does
 * on its calls: talking (4), holding (38), asking for internal help (40, cause 1 two-party or
 * 2 three-party), an internal call it made (41), a three-party conversation (10). A new interval
 * begins only when the operation changes, so the journal stays a gapless timeline. Operation
 * objects are employee IDs (ref L69177): the helper for 40, the called agent for 41, the agent
 * itself for 38 and 10 (decision 0409).
 */
/** Table 13-128 op type 13: "manual station to automatic station (an agent be in the Suspended state)". */
const opSuspended = 13;

export function refreshCallOperation(engine: EngineCore, agent: AgentRuntime): void {
  const legs = [...agent.legs.values()];
  if (legs.length === 0) return;
  const active = legs.find((l) => l.state === 'talking') ?? legs.find((l) => l.state === 'occupied');
  let next: { opType: number; opCause: number; opObject: string; callId: string; skillId: number | null } | undefined;
  if (active) {
    const call = engine.calls.get(active.callId);
    if (!call) return;
    const skillId = call.currentSkillId;
    if (call.link?.role === 'consult' && call.link.requesterWorkNo === agent.workNo) {
      const helper = agentsOn(engine, call).find((a) => a.workNo !== agent.workNo);
      next = { opType: OpType.innerHelp, opCause: call.link.mode, opObject: helper ? String(helper.workNo) : call.called, callId: call.callId, skillId };
    } else if (active.state === 'occupied') {
      return;
    } else if (isConference(engine, call)) {
      next = { opType: OpType.threeParty, opCause: -1, opObject: String(agent.workNo), callId: call.callId, skillId };
    } else if (call.feature === 6 && call.caller === String(agent.workNo)) {
      next = { opType: OpType.innerCall, opCause: -1, opObject: call.called, callId: call.callId, skillId };
    } else {
      next = { opType: OpType.talking, opCause: 0, opObject: '-1', callId: call.callId, skillId };
    }
  } else {
    const held = heldLegs(agent)[0];
    if (!held) return;
    const call = engine.calls.get(held.callId);
    const suspended = call?.ivrHandBack?.kind === 'hangUpTransfer' && call.ivrHandBack.workNo === agent.workNo;
    next = { opType: suspended ? opSuspended : OpType.hold, opCause: -1, opObject: suspended ? '-1' : String(agent.workNo), callId: held.callId, skillId: call?.currentSkillId ?? null };
  }
  const open = agent.operation;
  if (open && open.opType === next.opType && open.callId === next.callId && open.opCause === next.opCause && open.opObject === next.opObject) return;
  beginOperation(engine, agent, next.opType, next);
}
