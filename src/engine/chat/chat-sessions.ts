import { DownlinkMailbox, downlink, type DownlinkMessage, type TranscriptSender } from '../../domain/chat/index.ts';
import type { TimerId } from '../../domain/time/index.ts';
import type { EngineCore } from '../core/index.ts';

/** Where a customer's chat stands (note 06 §5.1): before CONNECT, with the bot, waiting, with an agent, leaving a message, over. */
export type ChatSessionState = 'idle' | 'robot' | 'queuing' | 'agent' | 'offline' | 'ended';

/** The customer's profile captured from the token and CONNECT (11.19 getUserInfoBycallId). */
export interface ChatUserProfile {
  userName: string;
  locale: string;
  userAgent: string;
  clientIp: string;
  osName: string;
  borderType: string;
  senderAvatar: string;
}

/**
 * One customer's web chat in one channel (note 06 §5.1: at most one live session per channel and
 * user). It outlives its calls: a customer who is transferred, or connects again after a chat
 * ended, keeps the same mailbox, so that no downlink message is lost between polls.
 */
export interface ChatSession {
  readonly key: string;
  readonly userId: string;
  readonly channelId: string;
  profile: ChatUserProfile;
  state: ChatSessionState;
  /** The chat's call while it is routed (queuing or with an agent). */
  callId: string | null;
  /** The last call of the session, for satisfaction (11.4) and the workbench (11.19). */
  lastCallId: string | null;
  workNo: number | null;
  /** Why the last call left the queue, when it did not end (11.2 160021–160024). */
  leftQueue: 'agent' | 'ivr' | 'noAnswer' | null;
  /** When the customer first waited for an agent in this call (11.2 totalWaitTime). */
  waitStartMs: number | null;
  createdAtMs: number;
  lastSendMs: number;
  idleTimer: TimerId | null;
  mailbox: DownlinkMailbox;
  /** Robot interaction counter (11.15 interIdx). */
  interIdx: number;
  /** Calls already rated (11.4: one evaluation per chat, decision 1106). */
  rated: Set<string>;
}

interface ChatState {
  sessions: Map<string, ChatSession>;
  byCallId: Map<string, ChatSession>;
  messageSeq: number;
}

const states = new WeakMap<EngineCore, ChatState>();

export function chatState(engine: EngineCore): ChatState {
  let state = states.get(engine);
  if (!state) states.set(engine, (state = { sessions: new Map(), byCallId: new Map(), messageSeq: 0 }));
  return state;
}

export const sessionKey = (channelId: string, userId: string) => `${channelId}\u0000${userId}`;

export function findSession(engine: EngineCore, channelId: string, userId: string): ChatSession | undefined {
  return chatState(engine).sessions.get(sessionKey(channelId, userId));
}

export function sessionOfCall(engine: EngineCore, callId: string): ChatSession | undefined {
  return chatState(engine).byCallId.get(callId);
}

/** The customer's session in a channel, opened when first needed (applyToken, a first send). */
export function openSession(engine: EngineCore, channelId: string, userId: string, profile: Partial<ChatUserProfile>): ChatSession {
  const state = chatState(engine);
  const key = sessionKey(channelId, userId);
  let session = state.sessions.get(key);
  if (session) {
    for (const [field, value] of Object.entries(profile)) if (value) (session.profile as unknown as Record<string, string>)[field] = value;
    return session;
  }
  const now = engine.now();
  session = {
    key,
    userId,
    channelId,
    profile: { userName: '', locale: '', userAgent: '', clientIp: '', osName: '', borderType: '', senderAvatar: '', ...stripEmpty(profile) },
    state: 'idle',
    callId: null,
    lastCallId: null,
    workNo: null,
    leftQueue: null,
    waitStartMs: null,
    createdAtMs: now,
    lastSendMs: now,
    idleTimer: null,
    mailbox: new DownlinkMailbox(),
    interIdx: 0,
    rated: new Set(),
  };
  state.sessions.set(key, session);
  if (state.sessions.size > sessionsMax) forgetOldest(engine, state);
  return session;
}

/** Customer sessions an engine keeps (STYLE rule 15); beyond it the oldest finished ones are forgotten. */
export const sessionsMax = 100_000;

/** Forgets the oldest session that has no chat going on (its transcript is in the store). */
function forgetOldest(engine: EngineCore, state: ChatState): void {
  let looked = 0;
  for (const [key, old] of state.sessions) {
    // Bounded: live sessions are at most the tenant's agents' capacity plus its queue lengths.
    if (++looked > 10_000) return;
    if (old.callId !== null || old.state === 'robot' || old.state === 'queuing' || old.state === 'agent') continue;
    engine.cancel(old.idleTimer);
    state.sessions.delete(key);
    return;
  }
}

const stripEmpty = (p: Partial<ChatUserProfile>) => Object.fromEntries(Object.entries(p).filter(([, v]) => typeof v === 'string' && v !== ''));

/**
 * A message code (UUID form, as the reference's examples, ref L39345) from the engine's seeded
 * RNG, so that a replayed run gives the same codes.
 */
export function messageCode(engine: EngineCore): string {
  const seq = ++chatState(engine).messageSeq;
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  const a = hex(engine.rng.int(0, 0xffffffff));
  const b = hex(engine.rng.int(0, 0xffffffff));
  const c = hex(engine.rng.int(0, 0xffffffff));
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${(8 + (seq % 4)).toString(16)}${c.slice(1, 4)}-${c.slice(4)}${hex(seq).slice(4)}`;
}

/** Puts a downlink message in the customer's mailbox and in the transcript. */
export function deliver(
  engine: EngineCore,
  session: ChatSession,
  message: Pick<DownlinkMessage, 'content' | 'mediaType' | 'senderNickname' | 'sourceType'> & Partial<DownlinkMessage>,
  transcript: { senderId: string; fileId: string | null },
): DownlinkMessage {
  const full = downlink({
    ...message,
    from: session.channelId,
    to: session.userId,
    timestamp: message.timestamp ?? engine.now(),
    messageCode: message.messageCode ?? messageCode(engine),
    callId: session.callId,
  });
  session.mailbox.put(full);
  record(engine, session, full.sourceType, { senderId: transcript.senderId, senderNickname: full.senderNickname, controlType: full.controlType, mediaType: full.mediaType, content: full.content, fileId: transcript.fileId, messageCode: full.messageCode, atMs: full.timestamp });
  return full;
}

/** A SYSTEM notice to the customer ("Agent connected", queue and release notices). */
export function notice(engine: EngineCore, session: ChatSession, content: string, controlType: DownlinkMessage['controlType'] = 'CHAT'): void {
  deliver(engine, session, { content, mediaType: 'TEXT', senderNickname: 'system', sourceType: 'SYSTEM', controlType }, { senderId: 'system', fileId: null });
}

/** Writes one line of the session's transcript (decision 1104). */
export function record(
  engine: EngineCore,
  session: ChatSession,
  sender: TranscriptSender,
  line: { senderId: string; senderNickname: string; controlType: string; mediaType: string; content: string; fileId: string | null; messageCode: string; atMs: number },
): void {
  engine.output.chatMessage?.({ vdnId: engine.vdnId, callId: session.callId ?? session.lastCallId ?? '', channelId: session.channelId, userId: session.userId, sender, ...line });
}
