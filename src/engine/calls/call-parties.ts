import type { CallView } from '../../domain/events/index.ts';
import type { EngineCore, AgentLeg, AgentRuntime, Call, ExternalParty } from '../core/index.ts';

/**
 * Who is on a call and how the events name them. A call's parties are its customer (the inbound
 * caller or the outbound callee), the agents with a leg on it, and the parties reached by number
 * (transfers to external numbers, bridged calls). Agents are named by work number, as the partner
 * list of AgentEvent_Conference shows them (ref L19970 "49997,70093").
 */

/**
 * Parties one call may hold: the reference's calls are two-party, three-party (6.1.2.14) or
 * multi-party (call type 53); joins and transfers that would go beyond are refused (decision 0402).
 */
export const callPartiesMax = 6;

/** The agents on a call, in the order they joined. */
export function agentsOn(engine: EngineCore, call: Call): AgentRuntime[] {
  const out: AgentRuntime[] = [];
  for (const workNo of call.agents) {
    const agent = engine.agents.get(workNo);
    if (agent?.legs.has(call.callId)) out.push(agent);
  }
  return out;
}

export function liveExternals(call: Call): ExternalParty[] {
  return call.externals.filter((p) => p.state !== 'released');
}

/** Whether the customer is still on the call (ringing, talking or on hold). */
export function customerPresent(call: Call): boolean {
  return call.customer !== null && call.customer.state !== 'released';
}

/** How many parties are on the call, not counting `exceptWorkNo` (an agent about to leave). */
export function partyCount(engine: EngineCore, call: Call, exceptWorkNo?: number): number {
  const agents = agentsOn(engine, call).filter((a) => a.workNo !== exceptWorkNo).length;
  return agents + (customerPresent(call) ? 1 : 0) + liveExternals(call).length;
}

/**
 * The party an agent talks with, as AgentEvent_Customer_Release names it when the call ends for
 * the agent: the customer, else a party reached by number, else the other agent (consultations
 * and internal calls).
 */
export function remoteOf(engine: EngineCore, call: Call, workNo: number): string {
  if (call.customer) return call.customer.number;
  const external = call.externals.find((p) => p.state !== 'released') ?? call.externals[0];
  if (external) return external.number;
  const other = agentsOn(engine, call).find((a) => a.workNo !== workNo);
  if (other) return String(other.workNo);
  return [...call.agents].find((w) => w !== workNo)?.toString() ?? '';
}

/** AgentEvent_Conference `partner` (ref L19962): every other party on the call, comma-separated. */
export function partnersOf(engine: EngineCore, call: Call, workNo: number): string {
  const partners: string[] = [];
  if (customerPresent(call)) partners.push(call.customer!.number);
  for (const agent of agentsOn(engine, call)) if (agent.workNo !== workNo && agent.legs.get(call.callId)?.state !== 'alerting') partners.push(String(agent.workNo));
  for (const party of liveExternals(call)) if (party.state === 'connected') partners.push(party.number);
  return partners.join(',');
}

/** Three or more parties talk together (sync state 10, agent operation 10). */
export function isConference(engine: EngineCore, call: Call): boolean {
  const talkingAgents = agentsOn(engine, call).filter((a) => a.legs.get(call.callId)?.state === 'talking').length;
  const customer = call.customer?.state === 'connected' ? 1 : 0;
  const externals = liveExternals(call).filter((p) => p.state === 'connected').length;
  return talkingAgents + customer + externals >= 3;
}

/** The phone a caller sees ringing for an agent (Customer_Alerting `otherPhone`): its softphone, else its work number. */
export function agentPhone(agent: AgentRuntime): string {
  return agent.options.phonenum || String(agent.workNo);
}

/**
 * Whether an agent interface (callinner, innerhelp, transfer) may ring the agent now: signed in,
 * idle and without any call (a monitoring leg of §12.1 included), and allowed to make and take
 * calls (decision 0401).
 */
export function canBeOffered(agent: AgentRuntime | undefined): agent is AgentRuntime {
  return agent !== undefined && agent.work === 'idle' && agent.legs.size === 0 && !agent.monitor && !agent.config.isForceChange;
}

export function talkingLeg(agent: AgentRuntime): AgentLeg | undefined {
  for (const leg of agent.legs.values()) if (leg.state === 'talking') return leg;
  return undefined;
}

/** Held legs, the most recently held first (gethold without a call id takes that one). */
export function heldLegs(agent: AgentRuntime): AgentLeg[] {
  return [...agent.legs.values()].filter((l) => l.state === 'held').sort((a, b) => b.sinceMs - a.sinceMs);
}

/** Legs that keep the agent busy now: anything but a held call. */
export function activeLegs(agent: AgentRuntime): AgentLeg[] {
  return [...agent.legs.values()].filter((l) => l.state !== 'held');
}

/** The agent's newest call (6.1.2.17 "the last call"): legs are kept in the order they began. */
export function lastLeg(agent: AgentRuntime): AgentLeg | undefined {
  let last: AgentLeg | undefined;
  for (const leg of agent.legs.values()) last = leg;
  return last;
}

/**
 * Puts the customer on hold while no agent talks with it, or while a transfer makes it wait, and
 * takes it off hold otherwise (what the customer hears: music or a person).
 */
export function refreshCustomerHold(engine: EngineCore, call: Call): void {
  const customer = call.customer;
  if (!customer || (customer.state !== 'connected' && customer.state !== 'held')) return;
  const waitsForTransfer = call.transfer?.customerHeld === true;
  const someoneTalks = agentsOn(engine, call).some((a) => a.legs.get(call.callId)?.state === 'talking');
  const othersTalk = liveExternals(call).some((p) => p.state === 'connected') || call.ivrHandBack?.kind === 'party';
  customer.state = waitsForTransfer || (!someoneTalks && !othersTalk) ? 'held' : 'connected';
}

/** The tenant's IVR flow whose access code is `number`, if any (transfers to IVR, dialled IVRs). */
export function ivrFlowOfNumber(engine: EngineCore, number: string): number | undefined {
  for (const flow of engine.config.ivrFlows.values()) if (flow.accessCode === number) return flow.flowId;
  return undefined;
}

export function callView(call: Call): CallView {
  return { callId: call.callId, caller: call.caller, called: call.called, feature: call.feature, mediaAbility: call.mediaAbility };
}
