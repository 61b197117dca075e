import { fail, ok, type Call, type EngineCore, type Result } from '../core/index.ts';
import { createCall, customerHangsUp } from '../calls/index.ts';
import { enqueue, chatSettingsOf } from '../routing/index.ts';
import { startIvr } from '../ivr/index.ts';
import type { ChatSession } from './chat-sessions.ts';

/** 11.11's events, as resultDesc words them, with the stable ids of decision 1110. */
export const clickToCallEvents = {
  queued: { eventId: '168101', resultDesc: 'Call in queue' },
  connected: { eventId: '168102', resultDesc: 'Call connected' },
  disconnected: { eventId: '168103', resultDesc: 'Call disconnected' },
  queueTimeout: { eventId: '168104', resultDesc: 'Call queued timeout' },
  failed: { eventId: '168105', resultDesc: 'Call failed' },
} as const;

export interface ClickToCallEvent {
  eventId: string;
  resultDesc: string;
  content: Record<string, unknown>;
}

interface ClickToCall {
  callId: string | null;
  events: ClickToCallEvent[];
}

const calls = new WeakMap<ChatSession, ClickToCall>();
/** Events kept for a browser that does not poll (STYLE rule 15). */
const eventsMax = 100;

function stateOf(session: ChatSession): ClickToCall {
  let state = calls.get(session);
  if (!state) calls.set(session, (state = { callId: null, events: [] }));
  return state;
}

function push(state: ClickToCall, kind: keyof typeof clickToCallEvents, content: Record<string, unknown> = {}): void {
  state.events.push({ ...clickToCallEvents[kind], content });
  if (state.events.length > eventsMax) state.events.shift();
}

/** CDR media types of web calls (13.2.3.8): 2 MEDIA_TYPE_WEBPHONE, 18 its video form. */
const webPhoneMediaType = { voice: 2, video: 18 };

/**
 * CEC §11.10 createClickToCall: the web customer calls the center from the browser. The call is a
 * real inbound call of the engine to the tenant's click-to-dial access code (routed by its called
 * route, voice or video media type 2/18), followed for 11.11's events. One at a time per customer.
 */
export function createClickToCall(engine: EngineCore, session: ChatSession, video: boolean, gateway: { domain: string; gwAddresses: string[] }): Result<Call> {
  const state = stateOf(session);
  if (state.callId && engine.calls.has(state.callId)) return fail('StateIncorrect', 'connect failed');
  const accessCode = chatSettingsOf(engine).clickToCallAccessCode;
  const route = engine.config.routes.find((r) => accessCode.startsWith(r.accessCode + r.extCode));
  if (!route) return fail('NotFound', 'connect failed');
  if (route.deviceType === 1 && engine.signedInTo(route.deviceId).size === 0) return fail('NotFound', 'No agents available currently');
  const call = createCall(engine, { feature: 0, caller: session.userId, called: accessCode, mediaType: video ? webPhoneMediaType.video : webPhoneMediaType.voice, customerNumber: session.userId });
  if (video) call.mediaAbility = 2;
  state.callId = call.callId;
  state.events = [];
  call.observer = (step, why) => {
    if (step === 'connected') push(state, 'connected', { accessCode, domain: gateway.domain, gwAddresses: gateway.gwAddresses, clickToCallCaller: 'AnonymousCard' });
    if (step !== 'ended') return;
    if (state.callId === call.callId) state.callId = null;
    const cause = why?.releaseCause ?? 0;
    if (why?.leaveReason === 2) push(state, 'queueTimeout', { causeId: String(cause), causeDesc: 'Queuing timed out' });
    else if (cause === 531 || cause === 518 || cause === 601 || cause === 536) push(state, 'disconnected', { causeId: String(cause), causeDesc: 'The call is released' });
    else push(state, 'failed', { causeId: String(cause), causeDesc: 'The call failed' });
  };
  if (route.deviceType === 1) enqueue(engine, call, route.deviceId);
  else startIvr(engine, call, route.deviceId, { survey: false });
  if (call.queue) push(state, 'queued');
  return ok(call);
}

/** CEC §11.11 getClickToCallEvents: the next event of the customer's click-to-dial call, if any. */
export function nextClickToCallEvent(session: ChatSession): ClickToCallEvent | undefined {
  return calls.get(session)?.events.shift();
}

/** CEC §11.12 dropClickToCall: the browser hangs up. */
export function dropClickToCall(engine: EngineCore, session: ChatSession): Result<null> {
  const callId = calls.get(session)?.callId;
  if (!callId || !engine.calls.has(callId)) return fail('NoSuchCall', 'disconnect failed');
  customerHangsUp(engine, callId);
  return ok(null);
}
