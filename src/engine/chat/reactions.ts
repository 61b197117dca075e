import type { EngineCore } from '../core/index.ts';
import { agentChatsEnding, endChat, offerChat } from './chat-offer.ts';

/**
 * What the chat capability does when routing hands over (engine-core.ts `Reactions`): a waiting
 * chat is offered to the agent routing chose; a queued simulated customer's patience starts; an
 * agent's chats end with its session.
 */
export function installChat(engine: EngineCore): void {
  engine.react({
    offerChat: (e, agent, call) => offerChat(e, agent, call),
    chatQueued: (e, call) => {
      const patienceMs = call.behaviour.patienceMs;
      if (patienceMs === null || call.customerTimers.length > 0) return;
      const timer = e.after(Math.max(1, patienceMs), () => {
        const live = e.calls.get(call.callId);
        if (!live?.queue) return;
        e.output.fact('abandoned', { callId: call.callId });
        endChat(e, live, 'customer');
      });
      if (timer !== null) call.customerTimers.push(timer);
    },
    chatsEnding: agentChatsEnding,
  });
}
