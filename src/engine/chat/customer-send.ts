import { checkChatContent, withinWorkingTime, type ControlType, type UplinkMediaType } from '../../domain/chat/index.ts';
import type { EngineCore } from '../core/index.ts';
import { chatSettingsOf } from '../routing/index.ts';
import { chatBotOf } from './chat-bot.ts';
import { endChat } from './chat-offer.ts';
import { routeChat } from './chat-routing.ts';
import { deliver, messageCode, openSession, record, type ChatSession } from './chat-sessions.ts';

export interface CustomerMessage {
  channelId: string;
  userId: string;
  controlType: ControlType;
  mediaType: UplinkMediaType;
  content?: string;
  senderNickname?: string;
  messageId?: string;
  transData?: string;
  userAgent?: string;
  /** Simulated customers (the driver, the simulator): abandon after waiting this long. */
  patienceMs?: number | null;
}

/** 11.5 send's answer: `resultCode`/`resultDesc` as its table words them, `offlineMsg` in leave-message mode. */
export interface SendOutcome {
  code: '0' | '3' | '11' | '12' | '13';
  desc: string;
  offline?: { tipText: string };
}

const queuing: SendOutcome = { code: '11', desc: 'Queuing...' };

/**
 * A customer's uplink message (11.5), by controlType, following the transition table of note 06
 * §5.1. Every message that reaches the platform is kept in the transcript; CHAT messages to an
 * agent arrive as AgentEvent_MessageData (ref L20735).
 */
export function customerSends(engine: EngineCore, msg: CustomerMessage): SendOutcome {
  const channel = chatSettingsOf(engine).channels.get(msg.channelId);
  const what = { CONNECT: 'connect', CHAT: 'chat', TRANS2AGENT: 'transfer to agent', INPUT: 'send inputStatus', DISCONNECT: 'disconnect', READ: 'read' }[msg.controlType];
  if (!channel) return { code: '13', desc: `${what} failed, none channel config found.` };
  const session = openSession(engine, msg.channelId, msg.userId, { userName: msg.senderNickname, userAgent: msg.userAgent });
  touch(engine, session);
  const offline = channel.offline.enabled ? { tipText: channel.offline.tipText } : undefined;
  switch (msg.controlType) {
    case 'CONNECT':
      return connect(engine, session, msg, offline);
    case 'TRANS2AGENT':
      if (session.state === 'agent') return { code: '13', desc: 'fail to transfer from robot to agent,it has been agent service.' };
      if (session.state === 'queuing') return queuing;
      if (session.state !== 'robot') return { code: '13', desc: 'fail to transfer from robot to agent,session keep touch failed.', ...(offline && { offline }) };
      return toAgent(engine, session, msg, offline, 'transfer from robot to agent success.');
    case 'CHAT':
      return chat(engine, session, msg, channel.redirectTrustList, offline);
    case 'INPUT':
      if (session.state === 'robot') return { code: '13', desc: 'This is robot service, this message is prevented!' };
      if (session.state === 'queuing') return queuing;
      if (session.state !== 'agent') return { code: '13', desc: 'sendUserMessage failed.' };
      keep(engine, session, msg, null);
      return { code: '0', desc: 'sendUserMessage successfully.' };
    case 'READ':
      if (session.state !== 'agent') return { code: '13', desc: 'sendUserMessage failed.' };
      keep(engine, session, msg, null);
      return { code: '0', desc: 'sendUserMessage successfully.' };
    case 'DISCONNECT':
      return disconnect(engine, session, msg, offline);
  }
}

function connect(engine: EngineCore, session: ChatSession, msg: CustomerMessage, offline: SendOutcome['offline']): SendOutcome {
  if (session.state === 'queuing') return queuing;
  if (session.state === 'agent' || session.state === 'robot') return { code: '0', desc: 'connect successfully.' };
  const channel = chatSettingsOf(engine).channels.get(session.channelId)!;
  const bot = channel.robot ? chatBotOf(engine) : undefined;
  if (bot) {
    keep(engine, session, msg, null);
    session.state = 'robot';
    for (const reply of bot.welcome(session, msg.transData)) robotSays(engine, session, bot.name, reply.content, reply.mediaType, reply.simQuestions);
    return { code: '0', desc: 'connect to robot successfully.' };
  }
  return toAgent(engine, session, msg, offline, 'connect successfully.');
}

function toAgent(engine: EngineCore, session: ChatSession, msg: CustomerMessage, offline: SendOutcome['offline'], success: string): SendOutcome {
  const settings = chatSettingsOf(engine);
  const channel = settings.channels.get(session.channelId)!;
  // CEC §11.5 (ref L39560, L39580): connecting or transferring to an agent outside the channel's
  // working time answers 12; the session stays as it was (a bot keeps serving, decision 1111).
  if (!withinWorkingTime(channel.workingTime, engine.now(), settings.timeZone)) return { code: '12', desc: 'The current time is not within the working time of the service agents.' };
  routeChat(engine, session, channel, { patienceMs: msg.patienceMs, beforeQueue: () => keep(engine, session, msg, null) });
  // The ACD acted synchronously: the chat is ringing or talking at an agent, waiting, or refused.
  if (session.state === 'queuing' && session.workNo === null) return queuing;
  if (session.state === 'queuing' || session.state === 'agent') return { code: '0', desc: success };
  if (session.state === 'offline') return { code: '13', desc: 'connect failed', ...(offline && { offline }) };
  return { code: '13', desc: 'connect failed' };
}

function chat(engine: EngineCore, session: ChatSession, msg: CustomerMessage, trustList: readonly string[], offline: SendOutcome['offline']): SendOutcome {
  const check = checkChatContent(msg.mediaType, msg.content, trustList);
  if (!check.ok) return { code: check.code, desc: check.desc };
  switch (session.state) {
    case 'queuing':
      keep(engine, session, msg, check.fileId);
      return queuing;
    case 'robot': {
      keep(engine, session, msg, check.fileId);
      const bot = chatBotOf(engine);
      for (const reply of bot?.reply(session, msg.content ?? '') ?? []) robotSays(engine, session, bot!.name, reply.content, reply.mediaType, reply.simQuestions);
      return { code: '0', desc: 'Send message to robot successfully' };
    }
    case 'agent': {
      keep(engine, session, msg, check.fileId);
      const call = session.callId ? engine.calls.get(session.callId) : undefined;
      if (call && session.workNo !== null) {
        engine.emit(session.workNo, 'AgentEvent_MessageData', { callid: call.callId, caller: call.caller, called: call.called, feature: call.feature, type: 'main', message: msg.content ?? '', mediaAbility: String(call.mediaAbility) });
      }
      return { code: '0', desc: 'sendUserMessage successfully.' };
    }
    case 'offline':
      // Leave-message mode (ref L39592 scenario 2): the message is saved for later handling.
      keep(engine, session, msg, check.fileId);
      return { code: '13', desc: 'chat failed, send too quick or session keep touch failed.', ...(offline && { offline }) };
    default:
      return { code: '13', desc: 'chat failed, send too quick or session keep touch failed.', ...(offline && { offline }) };
  }
}

function disconnect(engine: EngineCore, session: ChatSession, msg: CustomerMessage, offline: SendOutcome['offline']): SendOutcome {
  const call = session.callId ? engine.calls.get(session.callId) : undefined;
  const wasQueuing = session.state === 'queuing' && session.workNo === null;
  if (session.state === 'robot') {
    session.state = 'ended';
    return { code: '0', desc: 'Disconnect robot successfully' };
  }
  if (!call) {
    if (session.state === 'offline') session.state = 'ended';
    return { code: '13', desc: 'disconnect failed, session keep touch failed.' };
  }
  keep(engine, session, { ...msg, content: '' }, null);
  endChat(engine, call, 'customer');
  // Ref L39592 scenario 3: leaving the queue may turn into leaving a message.
  if (wasQueuing && offline) {
    session.state = 'offline';
    return { code: '0', desc: 'disconnect successfully.', offline };
  }
  return { code: '0', desc: 'disconnect successfully.' };
}

/** Keeps the customer's message in the transcript. */
function keep(engine: EngineCore, session: ChatSession, msg: CustomerMessage, fileId: string | null): void {
  record(engine, session, 'CUSTOMER', {
    senderId: session.userId,
    senderNickname: msg.senderNickname ?? session.profile.userName,
    controlType: msg.controlType,
    mediaType: msg.mediaType,
    content: msg.content ?? '',
    fileId,
    messageCode: msg.messageId || messageCode(engine),
    atMs: engine.now(),
  });
}

/** A bot's reply in the customer's mailbox (also used by bot-answers.ts for answers that come later). */
export function robotSays(engine: EngineCore, session: ChatSession, name: string, content: string, mediaType = 'TEXT', simQuestions: string | null = null): void {
  session.interIdx += 1;
  deliver(engine, session, { content, mediaType, senderNickname: name, sourceType: 'ROBOT', simQuestions, interIdx: String(session.interIdx), robotGender: 'MALE' }, { senderId: name, fileId: null });
}

/** `send` keeps the session alive; `poll` does not (ref L39176). Idle past the tenant's duration ends it. */
function touch(engine: EngineCore, session: ChatSession): void {
  session.lastSendMs = engine.now();
  session.idleTimer = engine.cancel(session.idleTimer);
  const idleMs = chatSettingsOf(engine).sessionIdleSeconds * 1000;
  session.idleTimer = engine.after(idleMs, () => {
    session.idleTimer = null;
    const call = session.callId ? engine.calls.get(session.callId) : undefined;
    if (call) endChat(engine, call, 'platform');
    else if (session.state !== 'idle') session.state = 'ended';
  });
}
