import { plugVoiceBot, voiceBotAnswers, voiceBotFails, type TenantEngine, type VoiceBot, type VoiceBotAnswer, type VoiceBotCall } from '../engine/index.ts';
import type { DialogReply } from '../services/chatbot/ports.ts';
import type { Repositories } from '../store/index.ts';
import { dialogTurn, type DialogBridgeOptions } from './dialog-turn.ts';

export interface VoiceBotBridgeOptions extends DialogBridgeOptions {
  repos: Repositories;
}

/** The binding's dialog type of voice navigation (10.3 dialogType 1, the demo's 4002). */
const voiceDialogType = 1;

/** The IVR's view of one dialog reply (10.5 outactions; decision 1014). */
export function voiceAnswerOf(reply: DialogReply): VoiceBotAnswer {
  const out = reply.outparams;
  switch (reply.outaction) {
    case 9: {
      // model_type (ref L32993): digit 2 speech recognition, digit 3 keys, digits 4–5 the maximum keys.
      const model = out.model_type ?? '1100000';
      const timeout = Number(out.timeout);
      return { kind: 'prompt', text: out.prompt_text ?? '', speech: model[1] !== '0', keys: model[2] !== '0', maxKeys: Number(model.slice(3, 5)) || 1, timeoutSeconds: Number.isFinite(timeout) && timeout > 0 ? timeout : 10 };
    }
    case 11:
      return { kind: 'transfer', transType: Number(out.trans_type), routeValue: out.route_value ?? '', callData: out.trans_data ?? '' };
    case 12:
      return { kind: 'query', promptType: Number(out.prompt_type), skillId: out.skill_id ?? '' };
    default:
      return { kind: 'hangUp' };
  }
}

/**
 * The voice leg of the chatbot (issue 13, decision 1014): plugs into each tenant engine whose tenant
 * binds access codes of dialog type 1 a `VoiceBot` that drives the dialog service, the same async
 * bridge as the web chat's (decision 1013). Every request is tracked background work; its reply
 * re-enters the engine through `voiceBotAnswers` inside `engine.run`.
 */
export class VoiceBotBridge {
  constructor(private readonly options: VoiceBotBridgeOptions) {}

  async plug(vdnId: number, engine: TenantEngine): Promise<void> {
    const codes = new Set((await this.options.repos.oiapConfig.navigations(vdnId)).filter((n) => n.dialogType === voiceDialogType).map((n) => n.accessCode));
    plugVoiceBot(engine, codes.size > 0 ? this.botFor(vdnId, engine, codes) : null);
  }

  private botFor(vdnId: number, engine: TenantEngine, codes: ReadonlySet<string>): VoiceBot {
    const turn = (call: VoiceBotCall, inaction: number, inparams: Record<string, unknown>, extparams?: Record<string, unknown>) =>
      dialogTurn(
        this.options,
        vdnId,
        { userid: call.userid, inaction, inparams, ...(extparams ? { extparams } : {}) },
        (reply) => engine.run(() => voiceBotAnswers(engine, call.callId, voiceAnswerOf(reply))),
        () => engine.run(() => voiceBotFails(engine, call.callId)),
      );
    // What the caller did is reported to the dialog; its answer is dropped once the caller is gone.
    const report = (call: VoiceBotCall, inaction: number, inparams: Record<string, unknown>, extparams?: Record<string, unknown>) =>
      dialogTurn(this.options, vdnId, { userid: call.userid, inaction, inparams, ...(extparams ? { extparams } : {}) }, () => {});
    return {
      serves: (accessCode) => codes.has(accessCode),
      // CEC §10.5.1 (ref L32911): the caller's number, the access code and the CTI call id; audio.
      open: (call) => turn(call, 8, { call_sor_id: call.caller, call_dst_id: call.accessCode, cti_callid: call.callId, call_media_type: '1' }),
      hears: (call, input) => turn(call, 9, { flow_result_type: String(input.resultType), input: input.text }),
      queueInfo: (call, info) => turn(call, 12, { flow_result_type: '-1' }, info),
      transferred: (call, success) => (success ? report(call, 11, { trans_result: '0' }) : turn(call, 11, { trans_result: '1' })),
      // CEC §10.5.2 ExtParams release_reason 2: the user released the call.
      leaves: (call) => report(call, 9, { input: 'hangup' }, { release_reason: '2' }),
    };
  }
}
