import type { EngineCore } from '../core/index.ts';

/** The call facts a dialog needs (10.5.1 inaction 8: caller, access code, CTI call id). */
export interface VoiceBotCall {
  callId: string;
  userid: string;
  caller: string;
  accessCode: string;
}

/** One answer of the dialog, as the IVR acts on it (10.5 outaction 9, 10, 11, 12). */
export type VoiceBotAnswer =
  | { kind: 'prompt'; text: string; speech: boolean; keys: boolean; maxKeys: number; timeoutSeconds: number }
  | { kind: 'hangUp' }
  | { kind: 'transfer'; transType: number; routeValue: string; callData: string }
  | { kind: 'query'; promptType: number; skillId: string };

/** What the caller did after a prompt (10.5.2 flow_result_type and input). */
export interface VoiceBotInput {
  /** 1 speech (the recognised text), 2 keys, 3 play only, -1 other (timeout). */
  resultType: 1 | 2 | 3 | -1;
  text: string;
}

/**
 * The port a voice dialog plugs into (decision 1014). The engine is synchronous and the dialog is
 * not: every method only starts a request, and the dialog's answer comes back later through
 * `voiceBotAnswers` inside `engine.run`.
 */
export interface VoiceBot {
  /** Whether a dialog flow is bound to this access code (10.3, dialog type 1). */
  serves(accessCode: string): boolean;
  open(call: VoiceBotCall): void;
  hears(call: VoiceBotCall, input: VoiceBotInput): void;
  /** The live queue data an outaction 12 asked for (10.5.2 extparams queueIndex, agentCount, estimateTime). */
  queueInfo(call: VoiceBotCall, info: Record<string, string>): void;
  transferred(call: VoiceBotCall, success: boolean): void;
  /** The call left the dialog without the dialog ending it (the caller hung up, the server stopped). */
  leaves(call: VoiceBotCall): void;
}

const bots = new WeakMap<EngineCore, VoiceBot>();

export function plugVoiceBot(engine: EngineCore, bot: VoiceBot | null): void {
  if (bot) bots.set(engine, bot);
  else bots.delete(engine);
}

export function voiceBotOf(engine: EngineCore): VoiceBot | undefined {
  return bots.get(engine);
}
