import type { EngineCore } from '../core/index.ts';
import { chatSettingsOf } from '../routing/index.ts';
import type { ChatBotReply } from './chat-bot.ts';
import { routeChat } from './chat-routing.ts';
import { chatState } from './chat-sessions.ts';
import { robotSays } from './customer-send.ts';

/**
 * What an asynchronous bot answered for one session (decision 1013): it says something, hands the
 * customer to the channel's skill queue with its context as call data, or ends the chat.
 */
export type BotAnswer =
  | { kind: 'replies'; replies: ChatBotReply[] }
  | { kind: 'transfer'; replies: ChatBotReply[]; callData: string }
  | { kind: 'end'; replies: ChatBotReply[] };

/**
 * A bot's late answer reaches the session (run inside `engine.run`). It is dropped when the
 * customer has left the bot meanwhile (disconnected, asked for an agent), so that a slow answer
 * never speaks over an agent. Returns whether the answer was delivered.
 */
export function botAnswers(engine: EngineCore, sessionKey: string, botName: string, answer: BotAnswer): boolean {
  const session = chatState(engine).sessions.get(sessionKey);
  if (!session || session.state !== 'robot') return false;
  for (const reply of answer.replies) robotSays(engine, session, botName, reply.content, reply.mediaType, reply.simQuestions);
  if (answer.kind === 'end') session.state = 'ended';
  if (answer.kind === 'transfer') {
    const channel = chatSettingsOf(engine).channels.get(session.channelId);
    if (!channel) return false;
    routeChat(engine, session, channel, { callData: answer.callData });
  }
  return true;
}
