import { offeredContent, talkingContent } from '../../domain/events/index.ts';
import { fail, ok, type AgentRuntime, type Call, type ChatLeg, type EngineCore, type Result } from '../core/index.ts';
import { callView } from '../calls/index.ts';
import { closeCdr, DeviceType, endCall, LeaveReason, openCdr, ReleaseCause } from '../records/index.ts';
import { chatOffered, enqueue, leaveQueue, refreshAvailability, serveAgent } from '../routing/index.ts';
import { settleAfterCall } from '../agent-state/index.ts';
import { notice, sessionOfCall } from './chat-sessions.ts';

/**
 * Offers a chat to an agent with room for it (note 06 §5.1 pairing): AgentEvent_Auto_Answer when
 * the agent answers automatically, AgentEvent_Ringing otherwise (mediaAbility "5"); no phone rings.
 * A manual offer waits for the answer interface (6.1.2.3 with the callid) until the ring timeout.
 */
export function offerChat(engine: EngineCore, agent: AgentRuntime, call: Call, transferFrom?: string, transferBy?: number): void {
  const now = engine.now();
  const cdr = openCdr(engine, call, { type: DeviceType.agent, no: agent.workNo, deviceIn: 'DEVICE_AGENT', workNo: agent.workNo }, { waitBeginMs: now, ackBeginMs: now });
  const leg: ChatLeg = { callId: call.callId, state: 'alerting', sinceMs: now, answeredAtMs: null, ringTimer: null, cdr, transferBy };
  (agent.chats ??= new Map()).set(call.callId, leg);
  call.agents.add(agent.workNo);
  chatOffered(engine, agent);
  engine.output.fact('chatOffered', { callId: call.callId, workNo: agent.workNo });
  engine.emit(agent.workNo, agent.options.autoAnswer ? 'AgentEvent_Auto_Answer' : 'AgentEvent_Ringing', offeredContent(callView(call), transferFrom ? { from: transferFrom } : undefined));
  const session = sessionOfCall(engine, call.callId);
  if (session) session.workNo = agent.workNo;
  if (agent.options.autoAnswer) engine.defer(() => connectChat(engine, agent.workNo, call.callId));
  else leg.ringTimer = engine.after(engine.settings.ringTimeoutMs, () => chatRingTimedOut(engine, agent.workNo, call.callId));
}

/** The agent answers a ringing chat (6.1.2.3 answer names it by callid, or it is the only one ringing). */
export function answerChat(engine: EngineCore, workNo: number, callId: string | undefined): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const leg = [...(agent.chats?.values() ?? [])].find((l) => l.state === 'alerting' && (!callId || l.callId === callId));
  if (!leg) return fail('NoCallToAnswer', 'there is no chat to answer');
  connectChat(engine, workNo, leg.callId);
  return ok(null);
}

/** Whether the agent has a ringing chat (of `callId`, when given). */
export function hasRingingChat(agent: AgentRuntime, callId: string | undefined): boolean {
  for (const leg of agent.chats?.values() ?? []) if (leg.state === 'alerting' && (!callId || leg.callId === callId)) return true;
  return false;
}

function connectChat(engine: EngineCore, workNo: number, callId: string): void {
  const agent = engine.agents.get(workNo);
  const leg = agent?.chats?.get(callId);
  const call = engine.calls.get(callId);
  if (!agent || !leg || leg.state !== 'alerting' || !call) return;
  const now = engine.now();
  leg.ringTimer = engine.cancel(leg.ringTimer);
  leg.state = 'talking';
  leg.sinceMs = now;
  leg.answeredAtMs = now;
  leg.cdr.callBeginMs = now;
  // The simulated customer's patience is about waiting for an agent.
  for (const timer of call.customerTimers) engine.cancel(timer);
  call.customerTimers = [];
  agent.statistics.answerCount += 1;
  engine.emit(workNo, 'AgentEvent_Talking', talkingContent(callView(call)));
  engine.output.fact('chatConnected', { callId, workNo });
  const session = sessionOfCall(engine, callId);
  if (session) {
    session.state = 'agent';
    session.workNo = workNo;
    notice(engine, session, 'Agent connected');
  }
  if (leg.transferBy !== undefined) releaseAfterTransfer(engine, call, leg, true);
}

/**
 * CEC §6.1.5.3 mode 2 and Table 6-459 ("the business agent releases the call only after the call is
 * successfully transferred"): the target answered, so the agent hears AgentEvent_SuccTransResult
 * {result 0} (ref L20161) and AgentEvent_Call_Release, and leaves; the target did not answer, so
 * it hears {result 1} and keeps the chat.
 */
function releaseAfterTransfer(engine: EngineCore, call: Call, leg: ChatLeg, answered: boolean): void {
  const requester = leg.transferBy === undefined ? undefined : engine.agents.get(leg.transferBy);
  leg.transferBy = undefined;
  const own = requester?.chats?.get(call.callId);
  if (!requester || !own) return;
  engine.emit(requester.workNo, 'AgentEvent_SuccTransResult', { result: answered ? 0 : 1, callId: call.callId });
  if (!answered) {
    const session = sessionOfCall(engine, call.callId);
    if (session) session.workNo = requester.workNo;
    return;
  }
  handOverChat(engine, requester, call, own);
}

/** The transferring agent leaves the chat it handed over (Call_Release, transfer-out statistics and CDR reason). */
export function handOverChat(engine: EngineCore, agent: AgentRuntime, call: Call, leg: ChatLeg): void {
  engine.emit(agent.workNo, 'AgentEvent_Call_Release', call.callId);
  agent.statistics.transferOutCount += 1;
  call.transferredFrom = String(agent.workNo);
  dropLeg(engine, agent, call, leg, LeaveReason.transferredOut);
}

/**
 * A chat rang too long (as for voice, note 02 §5.4): AgentEvent_No_Answer, the chat goes back to
 * its queue keeping its place, and the agent is set busy so that it is not offered again at once.
 */
function chatRingTimedOut(engine: EngineCore, workNo: number, callId: string): void {
  const agent = engine.agents.get(workNo);
  const leg = agent?.chats?.get(callId);
  const call = engine.calls.get(callId);
  if (!agent || !leg || leg.state !== 'alerting' || !call) return;
  leg.ringTimer = null;
  agent.statistics.noAnswerCount += 1;
  engine.emit(workNo, 'AgentEvent_No_Answer', callId);
  dropLeg(engine, agent, call, leg, LeaveReason.agentNoAnswer);
  if (agent.legs.size === 0 && agent.work === 'idle') {
    agent.preBusy = true;
    agent.preBusyReason = 0;
    settleAfterCall(engine, agent, { answered: false, skillId: call.currentSkillId });
  }
  if (leg.transferBy !== undefined) return releaseAfterTransfer(engine, call, leg, false);
  const session = sessionOfCall(engine, callId);
  if (session) {
    session.workNo = null;
    session.leftQueue = 'noAnswer';
  }
  requeue(engine, call);
}

/** Puts a chat that lost its agent back in its skill queue, keeping its place. */
export function requeue(engine: EngineCore, call: Call): void {
  const skillId = call.currentSkillId;
  if (skillId === null || !engine.config.skills.has(skillId)) return endCall(engine, call, ReleaseCause.agentNoAnswer, LeaveReason.agentNoAnswer);
  const session = sessionOfCall(engine, call.callId);
  if (session) session.state = 'queuing';
  call.requeueCount += 1;
  enqueue(engine, call, skillId, { requeue: { sinceMs: call.queueSinceMs ?? engine.now() } });
}

/** Removes an agent's chat leg and closes its CDR row; the agent's room for chats comes back. */
export function dropLeg(engine: EngineCore, agent: AgentRuntime, call: Call, leg: ChatLeg, leaveReason: number): void {
  detachLeg(engine, agent, call, leg);
  closeCdr(engine, call, leg.cdr, leaveReason);
  agentFreed(engine, agent);
}

function detachLeg(engine: EngineCore, agent: AgentRuntime, call: Call, leg: ChatLeg): void {
  leg.ringTimer = engine.cancel(leg.ringTimer);
  agent.chats?.delete(call.callId);
  call.agents.delete(agent.workNo);
}

function agentFreed(engine: EngineCore, agent: AgentRuntime): void {
  refreshAvailability(engine, agent);
  if (agent.work === 'idle') serveAgent(engine, agent);
}

/**
 * Ends a chat (the customer left, the agent released it, the session timed out). The agent hears
 * AgentEvent_Customer_Release (when the customer left) then AgentEvent_Call_Release (ref
 * L20055–20082); a customer still there gets a DISCONNECT notice.
 */
export function endChat(engine: EngineCore, call: Call, by: 'customer' | 'agent' | 'platform'): void {
  const session = sessionOfCall(engine, call.callId);
  const talked = [...call.agents].some((w) => engine.agents.get(w)?.chats?.get(call.callId)?.state === 'talking');
  if (session && by !== 'customer') notice(engine, session, by === 'agent' ? 'The agent has ended the session.' : 'The session has ended.', 'DISCONNECT');
  if (session) session.state = 'ended';
  const leaveReason = by === 'customer' ? LeaveReason.userReleased : LeaveReason.agentReleased;
  const freed: AgentRuntime[] = [];
  for (const workNo of [...call.agents]) {
    const agent = engine.agents.get(workNo);
    const leg = agent?.chats?.get(call.callId);
    if (!agent || !leg) continue;
    if (by === 'customer') engine.emit(workNo, 'AgentEvent_Customer_Release', { callid: call.callId, number: call.caller });
    engine.emit(workNo, 'AgentEvent_Call_Release', call.callId);
    if (by === 'agent') call.lastReleaseAgentId = workNo;
    // The agent's row stays open so that endCall closes it as the call's last (call_id_num −1).
    detachLeg(engine, agent, call, leg);
    freed.push(agent);
  }
  const queued = call.queue !== null;
  leaveQueue(engine, call, null);
  const cause = by !== 'customer' ? ReleaseCause.normal : queued ? ReleaseCause.customerCancelsQueuing : talked ? ReleaseCause.clientDisconnects : ReleaseCause.callerHungUpBeforeAnswer;
  endCall(engine, call, cause, by === 'customer' && queued ? queueCancelled : leaveReason);
  for (const agent of freed) agentFreed(engine, agent);
}

/** Leave reason 4 (Table 13-131): "Transfer on queue cancellation". */
const queueCancelled = 4;

/** The agent's session ends: its chats end with it (forced sign-out, timeout). */
export function agentChatsEnding(engine: EngineCore, agent: AgentRuntime): void {
  for (const callId of [...(agent.chats?.keys() ?? [])]) {
    const call = engine.calls.get(callId);
    if (call) endChat(engine, call, 'platform');
  }
}
