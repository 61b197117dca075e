import type { EngineCore } from '../core/index.ts';
import { findSession } from './chat-sessions.ts';
import { customerSends, type SendOutcome } from './customer-send.ts';

/** One message of a simulated customer: sent this long after an agent took the chat. */
export interface ScriptedMessage {
  afterMs: number;
  content: string;
}

export interface ChatScript {
  channelId: string;
  userId: string;
  /** Gives up waiting for an agent after this long (null: waits). */
  patienceMs: number | null;
  messages: ScriptedMessage[];
  /** Leaves this long after the last scripted message (null: stays until released). */
  leaveAfterMs: number | null;
}

/** Scripted messages per customer are bounded (STYLE rule 15). */
export const scriptedMessagesMax = 100;

/**
 * A simulated web chat customer (driver API, simulator): it connects, waits with its patience,
 * and once an agent answers sends its messages on the engine clock, then leaves. Each step is a
 * timer of the engine, so a scripted chat replays exactly.
 */
export function startScriptedChat(engine: EngineCore, script: ChatScript): SendOutcome {
  const connected = customerSends(engine, { channelId: script.channelId, userId: script.userId, controlType: 'CONNECT', mediaType: 'TEXT', patienceMs: script.patienceMs });
  // A simulated customer wants an agent: past a channel's bot it asks for one at once (decision 1013).
  const atBot = findSession(engine, script.channelId, script.userId)?.state === 'robot';
  const outcome = atBot ? customerSends(engine, { channelId: script.channelId, userId: script.userId, controlType: 'TRANS2AGENT', mediaType: 'TEXT', patienceMs: script.patienceMs }) : connected;
  const session = findSession(engine, script.channelId, script.userId);
  if (!session || !session.callId) return outcome;
  const callId = session.callId;
  const messages = script.messages.slice(0, scriptedMessagesMax);
  const whenTalking = () => {
    if (session.callId !== callId) return;
    if (session.state !== 'agent') {
      // Not answered yet: look again in a second (bounded by the chat's life).
      engine.after(1000, whenTalking);
      return;
    }
    let atMs = 0;
    for (const message of messages) {
      atMs = Math.max(atMs, message.afterMs);
      engine.after(atMs, () => {
        if (session.callId === callId) customerSends(engine, { channelId: script.channelId, userId: script.userId, controlType: 'CHAT', mediaType: 'TEXT', content: message.content });
      });
    }
    if (script.leaveAfterMs !== null) {
      engine.after(atMs + script.leaveAfterMs, () => {
        if (session.callId === callId) customerSends(engine, { channelId: script.channelId, userId: script.userId, controlType: 'DISCONNECT', mediaType: 'TEXT' });
      });
    }
  };
  engine.defer(whenTalking);
  return outcome;
}
