import type { ChatChannelConfig } from '../../domain/chat/index.ts';
import { textMediaAbility, type Call, type EngineCore } from '../core/index.ts';
import { createCall } from '../calls/index.ts';
import { enqueue } from '../routing/index.ts';
import { chatState, notice, type ChatSession } from './chat-sessions.ts';

/** The number a chat call shows as called: the access code routed to its skill queue (the demo's 4003). */
function calledNumberOf(engine: EngineCore, channel: ChatChannelConfig): string {
  return engine.config.routes.find((r) => r.deviceType === 1 && r.deviceId === channel.skillId)?.accessCode ?? channel.channelConfigId;
}

/**
 * A customer asks for an agent (CONNECT without a bot, TRANS2AGENT): the chat becomes a call of
 * media type 53 and text media ability 5 in the channel's skill queue, routed by the same ACD as
 * voice (priorities, overflow, queue timeout). What happens next is told through the call's
 * observer: an offer (chat-offer.ts) or the call's end (no agent on duty, timeout, abandonment).
 */
export function routeChat(engine: EngineCore, session: ChatSession, channel: ChatChannelConfig, options: { priority?: number; patienceMs?: number | null; callData?: string; beforeQueue?: () => void } = {}): Call {
  const call = createCall(engine, {
    feature: 0,
    caller: session.userId,
    called: calledNumberOf(engine, channel),
    mediaType: engine.config.skills.get(channel.skillId)?.mediaTypeId ?? 53,
    priority: options.priority,
    customerNumber: session.userId,
    callData: options.callData,
    behaviour: { patienceMs: options.patienceMs ?? null },
  });
  call.mediaAbility = textMediaAbility;
  call.chatKey = session.key;
  call.observer = (step, why) => {
    if (step === 'ended') chatCallEnded(engine, session, call, why?.releaseCause ?? 0);
  };
  session.callId = call.callId;
  session.lastCallId = call.callId;
  session.state = 'queuing';
  session.workNo = null;
  session.leftQueue = null;
  session.waitStartMs = engine.now();
  chatState(engine).byCallId.set(call.callId, session);
  // The request that asked for the agent belongs to the chat's transcript, before anything routing says.
  options.beforeQueue?.();
  enqueue(engine, call, channel.skillId);
  return call;
}

/** Release causes after which a customer with leave-message enabled may leave one (562 no agent, 512/561 overflow). */
const unservedCauses = new Set([512, 513, 561, 562]);

/**
 * The chat's call ended (customer or agent released it, or routing gave up): the session is over,
 * or in leave-message mode when nobody could take it and the channel allows messages.
 */
function chatCallEnded(engine: EngineCore, session: ChatSession, call: Call, releaseCause: number): void {
  chatState(engine).byCallId.delete(call.callId);
  if (session.callId !== call.callId) return;
  session.callId = null;
  session.workNo = null;
  const channel = engine.config.chat?.channels.get(session.channelId);
  if (session.state === 'ended' || session.state === 'robot') return;
  if (unservedCauses.has(releaseCause) && channel?.offline.enabled) {
    session.state = 'offline';
    return;
  }
  if (session.state === 'queuing' && releaseCause !== 536) notice(engine, session, 'No agent is available now. Please try again later.', 'DISCONNECT');
  session.state = 'ended';
}

/** 11.2 queryQueueInfo: the chat's place in its queue, all times in whole seconds. */
export interface ChatQueueInfo {
  position: number;
  totalWaitTime: number;
  currentDeviceWaitTime: number;
  configMaxcWaitTime: number;
  longestWaitTime: number;
  estimateWaitTime: number;
}

export function chatQueueInfo(engine: EngineCore, session: ChatSession): ChatQueueInfo | null {
  const call = session.callId ? engine.calls.get(session.callId) : undefined;
  if (!call?.queue) return null;
  const now = engine.now();
  const waiting = engine.waitingIn(call.queue.skillId).inOrder();
  const position = waiting.findIndex((w) => w.callId === call.callId) + 1;
  const seconds = (ms: number) => Math.max(0, Math.floor(ms / 1000));
  const headSince = waiting.reduce((min, w) => Math.min(min, w.sinceMs), now);
  const agents = Math.max(1, engine.signedInTo(call.queue.skillId).size);
  return {
    position,
    totalWaitTime: seconds(now - (session.waitStartMs ?? call.queue.sinceMs)),
    currentDeviceWaitTime: seconds(now - call.queue.sinceMs),
    configMaxcWaitTime: engine.config.skills.get(call.queue.skillId)?.maxWaitTimeSeconds ?? 0,
    longestWaitTime: seconds(now - headSince),
    // Decision 1103: one minute per round of the queue's signed-in agents ahead of the customer.
    estimateWaitTime: Math.ceil(position / agents) * 60,
  };
}
