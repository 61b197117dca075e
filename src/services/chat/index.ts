export * from './chat-tokens.ts';
import type { ChatTokens } from './chat-tokens.ts';

export interface ChatServices {
  readonly tokens: ChatTokens;
}
