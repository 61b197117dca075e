import type { EngineCore } from '../core/index.ts';
import type { ChatSession } from './chat-sessions.ts';

/** One answer of a chatbot to the customer (downlink `sourceType: ROBOT`). */
export interface ChatBotReply {
  content: string;
  mediaType?: string;
  simQuestions?: string | null;
}

/**
 * The port a chatbot plugs into (the chatbot issue fills it): sessions of channels with
 * `robot: true` talk to it first when it is plugged in. Without a bot, CONNECT goes straight to
 * the channel's skill queue (decision 1102). Calls are synchronous, inside the engine's run.
 */
export interface ChatBot {
  readonly name: string;
  welcome(session: ChatSession, transData: string | undefined): ChatBotReply[];
  reply(session: ChatSession, text: string): ChatBotReply[];
  /** Up to five FAQ questions matching the customer's typing (11.8 queryPhraseByKeyword). */
  phrases?(text: string, locale: string): string[];
  /** The customer rated a reply (11.15 feedbacksatisfaction). */
  feedback?(session: ChatSession, interIdx: string, satisfied: boolean, comment: string): void;
}

const bots = new WeakMap<EngineCore, ChatBot>();

export function plugChatBot(engine: EngineCore, bot: ChatBot | null): void {
  if (bot) bots.set(engine, bot);
  else bots.delete(engine);
}

export function chatBotOf(engine: EngineCore): ChatBot | undefined {
  return bots.get(engine);
}
