export * from './chat-tokens.ts';
export * from './chat-transcripts.ts';
import type { ChatTokens } from './chat-tokens.ts';

export interface ChatServices {
  readonly tokens: ChatTokens;
}
