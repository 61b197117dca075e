import type { EngineCore } from '../core/index.ts';
import { chatState, findSession, type ChatSession } from './chat-sessions.ts';

/** The downlink messages waiting for a customer, taken (11.3 poll: each message once). */
export function takeDownlink(engine: EngineCore, channelId: string, userId: string, withReadReceipts: boolean) {
  return findSession(engine, channelId, userId)?.mailbox.take(withReadReceipts) ?? [];
}

/** The session whose current or last call is `callId` (11.19 getUserInfoBycallId, 11.4 saveSatisfaction). */
export function sessionByCallId(engine: EngineCore, callId: string): ChatSession | undefined {
  const live = chatState(engine).byCallId.get(callId);
  if (live) return live;
  for (const session of chatState(engine).sessions.values()) if (session.lastCallId === callId) return session;
  return undefined;
}

/** Live chats of the tenant: sessions with a routed call, for the real-time views and the bench. */
export function liveChatCount(engine: EngineCore): { queuing: number; talking: number } {
  let queuing = 0;
  let talking = 0;
  for (const session of chatState(engine).byCallId.values()) {
    if (session.state === 'agent') talking++;
    else if (session.state === 'queuing') queuing++;
  }
  return { queuing, talking };
}

/** The call a customer's satisfaction is about: the current chat or the last one (11.4). */
export function ratedCallOf(engine: EngineCore, channelId: string, userId: string): string | null {
  const session = findSession(engine, channelId, userId);
  return session?.callId ?? session?.lastCallId ?? null;
}
