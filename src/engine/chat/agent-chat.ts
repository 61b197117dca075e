import { chatCapacityMax } from '../../domain/chat/index.ts';
import { fail, ok, type AgentRuntime, type Call, type ChatLeg, type EngineCore, type Result } from '../core/index.ts';
import { enqueue, isAvailableForChat, refreshAvailability, serveAgent } from '../routing/index.ts';
import { endCall, LeaveReason, ReleaseCause } from '../records/index.ts';
import { endChat, handOverChat, offerChat } from './chat-offer.ts';
import { deliver, sessionOfCall } from './chat-sessions.ts';
import { chatBotOf } from './chat-bot.ts';

/** The `data` JSON of 6.1.5.1 sendmessage (ref L13858–13884), as the agent desktop sends it. */
export interface AgentChatData {
  mediaType: string;
  content: string;
  messageCode?: string;
  mediaFileType?: string;
  contentType?: string;
  senderNickname?: string;
  senderAvatar?: string;
  sendTime?: number;
  controlType?: string;
}

/** The agent's chat of `callId`, or the 106-013/106-014 rejection. */
function chatOfAgent(engine: EngineCore, workNo: number, callId: string): Result<{ agent: AgentRuntime; call: Call; leg: ChatLeg }> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (!callId) return fail('ChatCallIdEmpty', 'callid is empty');
  const leg = agent.chats?.get(callId);
  const call = engine.calls.get(callId);
  if (!leg || !call || leg.state !== 'talking') return fail('ChatCallIdInvalid', `${callId} is not a chat of agent ${workNo}`);
  return ok({ agent, call, leg });
}

/**
 * CEC §6.1.5.1 sendmessage: the agent's message goes to the customer's downlink mailbox exactly
 * as sent (sourceType AGENT, the agent's messageCode, mediaFileType and contentType), for 11.3 poll.
 */
export function agentSendsMessage(engine: EngineCore, workNo: number, callId: string, data: AgentChatData): Result<null> {
  const found = chatOfAgent(engine, workNo, callId);
  if (!found.ok) return found;
  const session = sessionOfCall(engine, callId);
  if (!session) return fail('ChatCallIdInvalid', `${callId} has no customer session`);
  const { agent } = found.value;
  const local = data.contentType === '1';
  deliver(
    engine,
    session,
    {
      content: data.content,
      mediaType: data.mediaType,
      senderNickname: data.senderNickname || agent.config.userName,
      senderAvatar: data.senderAvatar ?? null,
      sourceType: 'AGENT',
      mediaFileType: data.mediaFileType ?? null,
      contentType: local ? '1' : null,
      controlType: data.controlType === 'READ' ? 'READ' : 'CHAT',
      ...(data.messageCode ? { messageCode: data.messageCode } : {}),
      ...(data.sendTime !== undefined ? { timestamp: data.sendTime } : {}),
    },
    { senderId: String(workNo), fileId: data.mediaType !== 'TEXT' ? (local ? `local/${data.content}` : data.content) : null },
  );
  return ok(null);
}

/** CEC §6.1.5.2 setcallnums: how many sessions of a media type the agent takes at once (1–60). */
export function setCallNums(engine: EngineCore, workNo: number, mediaType: number, callnums: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (callnums > chatCapacityMax) return fail('ChatSessionsMax', `callnums ${callnums} exceeds ${chatCapacityMax}`);
  if (callnums < 1) return fail('ChatShortRange', `callnums ${callnums} is below 1`);
  (agent.chatCapacity ??= new Map()).set(mediaType, callnums);
  refreshAvailability(engine, agent);
  if (agent.work === 'idle') serveAgent(engine, agent);
  return ok(null);
}

export interface ChatTransfer {
  /** 1 skill queue, 2 agent, 4 system access code (6.1.5.3). */
  deviceType: number;
  /** 0 blind (release at once), 2 release after the transfer succeeds. */
  mode: number;
  address: string;
}

/**
 * CEC §6.1.5.3 transfer: the chat goes to a skill queue, another agent or an access code (a skill's
 * route, or the bot). The transferring agent leaves with AgentEvent_Call_Release; in mode 2 it is
 * told first that the transfer succeeded (AgentEvent_SuccTransResult): to an agent once that agent
 * answers, keeping the chat until then and for good when the offer rings out (result 1); to a queue
 * or access code once the chat is queued. A target agent without room makes the transfer fail with
 * AgentEvent_Connect_Fail and the agent keeps the chat (decision 1107). One transfer at a time.
 */
export function transferChat(engine: EngineCore, workNo: number, callId: string, transfer: ChatTransfer): Result<null> {
  const found = chatOfAgent(engine, workNo, callId);
  if (!found.ok) return found;
  const { agent, call, leg } = found.value;
  const session = sessionOfCall(engine, callId);
  const target = resolveTarget(engine, transfer);
  if (!target.ok) return target;
  if ([...call.agents].some((w) => engine.agents.get(w)?.chats?.get(callId)?.transferBy !== undefined)) return fail('ChatTransferFailed', 'a transfer of this chat waits for its target');
  if (target.value.kind === 'agent') {
    const other = engine.agents.get(target.value.workNo);
    if (!other || other === agent || !isAvailableForChat(engine, other) || !other.signedInSkills.size) {
      engine.emit(workNo, 'AgentEvent_Connect_Fail', callId);
      return ok(null);
    }
  }
  if (target.value.kind === 'agent' && transfer.mode === 2) {
    // Release-after-transfer to an agent: this agent keeps the chat until the target answers.
    offerChat(engine, engine.agents.get(target.value.workNo)!, call, String(workNo), workNo);
    return ok(null);
  }
  if (transfer.mode === 2) engine.emit(workNo, 'AgentEvent_SuccTransResult', { result: 0, callId });
  handOverChat(engine, agent, call, leg);
  if (session) {
    session.workNo = null;
    session.leftQueue = 'agent';
  }
  switch (target.value.kind) {
    case 'agent':
      offerChat(engine, engine.agents.get(target.value.workNo)!, call, String(workNo));
      break;
    case 'skill':
      if (session) session.state = 'queuing';
      enqueue(engine, call, target.value.skillId);
      break;
    case 'bot':
      // Back to the bot: the routed call ends, the session stays with the customer.
      if (session) session.state = 'robot';
      endCall(engine, call, ReleaseCause.normal, LeaveReason.transferredOut);
      break;
  }
  return ok(null);
}

type Target = { kind: 'agent'; workNo: number } | { kind: 'skill'; skillId: number } | { kind: 'bot' };

function resolveTarget(engine: EngineCore, transfer: ChatTransfer): Result<Target> {
  if (![1, 2, 4].includes(transfer.deviceType)) return fail('ChatTransferDeviceType', `devicetype ${transfer.deviceType}`);
  if (![0, 2].includes(transfer.mode)) return fail('ChatTransferMode', `mode ${transfer.mode}`);
  if (transfer.deviceType === 2) {
    const workNo = Number(transfer.address);
    if (!transfer.address || !Number.isInteger(workNo)) return fail('ChatTransferAgentEmpty', 'the target agent is empty');
    return ok({ kind: 'agent', workNo });
  }
  if (transfer.deviceType === 1) {
    const skillId = Number(transfer.address);
    if (!engine.config.skills.has(skillId)) return fail('ChatTransferFailed', `skill ${transfer.address} does not exist`);
    return ok({ kind: 'skill', skillId });
  }
  const route = engine.config.routes.find((r) => r.deviceType === 1 && r.accessCode + r.extCode === transfer.address);
  if (route) return ok({ kind: 'skill', skillId: route.deviceId });
  if (chatBotOf(engine) && transfer.address === 'bot') return ok({ kind: 'bot' });
  return fail('ChatTransferFailed', `access code ${transfer.address} reaches no skill queue or chatbot`);
}

/** Whether `callId` is one of the agent's chats (the voice-call interfaces hand those to this folder). */
export function isChatOf(engine: EngineCore, workNo: number, callId: string | undefined): boolean {
  return callId !== undefined && (engine.agents.get(workNo)?.chats?.has(callId) ?? false);
}

/** The agent ends one of its chats (6.1.2.15 dropcall with its callid): the customer is told (DISCONNECT). */
export function agentEndsChat(engine: EngineCore, workNo: number, callId: string): Result<null> {
  const call = engine.calls.get(callId);
  if (!call || !isChatOf(engine, workNo, callId)) return fail('NoSuchCall', `${callId} is not a chat of agent ${workNo}`);
  endChat(engine, call, 'agent');
  return ok(null);
}
