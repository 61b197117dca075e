import type { TimerId } from '../../domain/time/index.ts';
import type { ChatSettings } from '../../domain/chat/index.ts';
import type { CdrLeg } from './cdr-leg.ts';

export type { ChatSettings, ChatChannelConfig } from '../../domain/chat/index.ts';

/** Event media ability of a text chat (ref L19912: "5 indicates text"). */
export const textMediaAbility = 5;

/**
 * One chat an agent is serving (a call of media type 53 offered through a multimedia skill queue).
 * Chats are kept apart from the voice legs of `AgentRuntime.legs`: they use no phone, and an agent
 * holds several at once (6.1.5.2 setcallnums), so voice availability is not spent by them unless
 * the tenant says so (decision 1101).
 */
export interface ChatLeg {
  readonly callId: string;
  state: 'alerting' | 'talking';
  sinceMs: number;
  answeredAtMs: number | null;
  ringTimer: TimerId | null;
  cdr: CdrLeg;
  /** The agent whose release-after-transfer (6.1.5.3 mode 2) waits for this offer to be answered. */
  transferBy?: number;
}
