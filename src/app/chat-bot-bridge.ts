import { botAnswers, plugChatBot, type BotAnswer, type ChatBot, type ChatSession, type TenantEngine } from '../engine/index.ts';
import type { DialogReply } from '../services/chatbot/ports.ts';
import type { Repositories } from '../store/index.ts';
import { dialogTurn, type DialogBridgeOptions } from './dialog-turn.ts';

export interface ChatBotBridgeOptions extends DialogBridgeOptions {
  repos: Repositories;
  nextId(): string;
}

/** Dialog interface words (10.5): the bot plays or shows text, hangs up, or transfers. */
const outaction = { text: 9, hangUp: 10, transfer: 11 } as const;
/** The binding's dialog type of a web-chat robot (10.4 dialogType 3, the demo's `chat-bank`). */
const webChatDialogType = 3;

/** Web-chat sessions with a bot the bridge remembers; beyond it the oldest are forgotten. */
export const dialogsMax = 100_000;

/** The engine's view of one dialog reply (decision 1013). */
export function answerOf(reply: DialogReply): BotAnswer {
  const text = reply.outparams.prompt_text;
  const replies = text ? [{ content: text }] : [];
  if (reply.outaction === outaction.transfer) return { kind: 'transfer', replies, callData: reply.outparams.trans_data ?? '' };
  if (reply.outaction === outaction.hangUp) return { kind: 'end', replies };
  return { kind: 'replies', replies };
}

/**
 * The web-chat robot leg (issue 13, decision 1013): plugs into each tenant engine whose tenant binds
 * an access code of dialog type 3 a `ChatBot` that drives the chatbot dialog service. The engine's
 * port is synchronous and the dialog is not: the bot answers nothing at once, and each dialog
 * reply comes back into the engine later through `botAnswers` inside `engine.run`.
 */
export class ChatBotBridge {
  /** The dialog call instance of each web-chat session talking to a bot, by VDN and session key. */
  private readonly dialogs = new Map<string, string>();

  constructor(private readonly options: ChatBotBridgeOptions) {}

  async plug(vdnId: number, engine: TenantEngine): Promise<void> {
    const binding = (await this.options.repos.oiapConfig.navigations(vdnId)).find((n) => n.dialogType === webChatDialogType);
    plugChatBot(engine, binding ? this.botFor(vdnId, engine, binding.accessCode, binding.description || binding.accessCode) : null);
  }

  private botFor(vdnId: number, engine: TenantEngine, accessCode: string, name: string): ChatBot {
    const turn = (session: ChatSession, userid: string, inaction: number, inparams: Record<string, unknown>) =>
      dialogTurn(this.options, vdnId, { userid, inaction, inparams: { call_dst_id: accessCode, ...inparams } }, (reply) => {
        const answer = answerOf(reply);
        if (answer.kind !== 'replies') this.dialogs.delete(`${vdnId}:${session.key}`);
        const delivered = engine.run(() => botAnswers(engine, session.key, name, answer));
        // CEC §10.5.3: the access party reports the transfer's result, which closes the instance as
        // transferred (10.15 counts it as reaching an agent; decision 1014).
        if (delivered && answer.kind === 'transfer') dialogTurn(this.options, vdnId, { userid, inaction: 11, inparams: { trans_result: '0' } }, () => {});
      });
    const start = (session: ChatSession) => {
      const userid = `webchat-${this.options.nextId()}`;
      this.dialogs.set(`${vdnId}:${session.key}`, userid);
      // Bounded (STYLE rule 15): customers who leave the bot without a word leave an entry behind.
      if (this.dialogs.size > dialogsMax) this.dialogs.delete(this.dialogs.keys().next().value!);
      turn(session, userid, 8, { call_sor_id: session.userId, channelType: 'WEB', mediaType: 'text' });
    };
    return {
      name,
      welcome: (session) => {
        start(session);
        return [];
      },
      reply: (session, text) => {
        const userid = this.dialogs.get(`${vdnId}:${session.key}`);
        // Back from an agent (6.1.5.3 to `bot`), the dialog that transferred is over: a new one greets.
        if (userid) turn(session, userid, 9, { flow_result_type: '1', input: text });
        else start(session);
        return [];
      },
    };
  }
}
