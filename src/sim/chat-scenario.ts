import { Type } from '@sinclair/typebox';
import { DurationSpec } from './distribution.ts';

/**
 * A web chat flow of a scenario (docs/simulator.md "Web chats", issue 12 item 6): customers of a
 * channel arrive as a Poisson process into a chat skill, send their messages while an agent serves
 * them, and give up after their patience. The agent ends the chat after the handle time.
 */
export const ChatFlowSchema = Type.Object({
  /** The web channel (channelConfigId); default `sim-chat-<n>`. */
  channelId: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' })),
  skillId: Type.Integer(),
  chatsPerHour: Type.Number({ minimum: 0 }),
  /** Customer messages, spread evenly over the handle time. */
  messages: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
  /** From the agent's answer to the agent ending the chat. */
  handleTime: DurationSpec,
  /** Patience before leaving the queue; absent means customers wait. */
  patience: Type.Optional(DurationSpec),
});

export const chatChannelOf = (flow: { channelId?: string }, index: number): string => flow.channelId ?? `sim-chat-${index}`;
