import type { Call, EngineCore, VoiceBotSession } from '../core/index.ts';
import { closeCdr, DeviceType, endCall, LeaveReason, openCdr, ReleaseCause } from '../records/index.ts';
import { enqueue } from '../routing/index.ts';
import { voiceBotOf, type VoiceBot, type VoiceBotAnswer, type VoiceBotCall, type VoiceBotInput } from './voice-bot.ts';

/** Prompts kept per call for the simulator's trace (STYLE rule 15). */
const promptsKeptMax = 50;
/** The dialog call instance of an IVR call: the prefix marks instances the engine drives (decision 1014). */
export const voiceBotUseridPrefix = 'ivr-';

const botCall = (call: Call, session: VoiceBotSession): VoiceBotCall => ({ callId: call.callId, userid: session.userid, caller: call.customer?.number ?? call.caller, accessCode: session.accessCode });

/**
 * A call reaches an access code bound to a dialog flow (decision 1014): the IVR device of the
 * called route carries it (its CDR leg is the IVR's), and the dialog decides what it hears.
 */
export function startVoiceBot(engine: EngineCore, call: Call, flowId: number, accessCode: string, bot: VoiceBot): void {
  const cdr = openCdr(engine, call, { type: DeviceType.ivr, no: flowId, deviceIn: accessCode, serviceNo: String(flowId) }, { callBeginMs: engine.now() });
  const session: VoiceBotSession = { userid: `${voiceBotUseridPrefix}${call.callId}`, accessCode, phase: 'thinking', listen: { speech: false, keys: false, maxKeys: 1, timeoutSeconds: 0 }, prompts: [] };
  call.ivr = { flowId, node: 'bot', phase: 'prompt', retries: 0, timer: null, survey: false, cdr, bot: session };
  engine.output.fact('ivr', { callId: call.callId, flowId, bot: accessCode });
  bot.open(botCall(call, session));
}

/**
 * The dialog's answer reaches the call (run inside `engine.run`). It is dropped when the call is
 * gone or no longer waits for it (the caller hung up meanwhile). Returns whether it was used.
 */
export function voiceBotAnswers(engine: EngineCore, callId: string, answer: VoiceBotAnswer): boolean {
  const call = engine.calls.get(callId);
  const session = call?.ivr?.bot;
  if (!call || !session || session.phase !== 'thinking') return false;
  switch (answer.kind) {
    case 'prompt':
      play(engine, call, session, answer);
      return true;
    case 'hangUp':
      session.phase = 'over';
      leaveBot(engine, call);
      endCall(engine, call, ReleaseCause.ivrNormal, LeaveReason.normal);
      return true;
    case 'transfer':
      transfer(engine, call, session, answer);
      return true;
    case 'query':
      voiceBotOf(engine)?.queueInfo(botCall(call, session), queueInfo(engine, call, answer.promptType, answer.skillId));
      return true;
  }
}

/** The dialog failed (its request threw): the IVR releases the call rather than leave it in silence. */
export function voiceBotFails(engine: EngineCore, callId: string): void {
  const call = engine.calls.get(callId);
  if (!call?.ivr?.bot || call.ivr.bot.phase === 'over') return;
  call.ivr.bot.phase = 'over';
  leaveBot(engine, call);
  endCall(engine, call, ReleaseCause.ivrNormal, LeaveReason.normal);
}

/** The caller said something (the simulated ASR's text): heard now if the bot listens, else kept. */
export function callerSays(engine: EngineCore, call: Call, text: string): void {
  (call.behaviour.speech ??= []).push(text);
  if (call.ivr?.bot?.phase === 'listening') takeInput(engine, call, call.ivr.bot);
}

/** Keys pressed on a call in a dialog (ivr-runner hands them over). */
export function botKeysPressed(engine: EngineCore, call: Call): void {
  if (call.ivr?.bot?.phase === 'listening') takeInput(engine, call, call.ivr.bot);
}

/**
 * The call leaves the IVR some other way (the caller hung up, the server stopped, an agent took
 * it over): a dialog that did not end it hears that the caller left, so its session ends cleanly.
 */
export function botSessionEnds(engine: EngineCore, call: Call): void {
  const session = call.ivr?.bot;
  if (!session || session.phase === 'over') return;
  session.phase = 'over';
  voiceBotOf(engine)?.leaves(botCall(call, session));
}

function play(engine: EngineCore, call: Call, session: VoiceBotSession, prompt: Extract<VoiceBotAnswer, { kind: 'prompt' }>): void {
  const ivr = call.ivr!;
  session.phase = 'prompt';
  session.listen = { speech: prompt.speech, keys: prompt.keys, maxKeys: Math.max(1, prompt.maxKeys), timeoutSeconds: prompt.timeoutSeconds };
  session.prompts.push(prompt.text);
  if (session.prompts.length > promptsKeptMax) session.prompts.shift();
  engine.output.fact('botPrompt', { callId: call.callId, text: prompt.text });
  // The prompt plays as TTS for the switch's prompt duration (10.5 prompt_type 2), then the IVR listens.
  ivr.timer = engine.after(engine.telephony.promptDurationMs(prompt.text), () => {
    if (call.ivr !== ivr || session.phase !== 'prompt') return;
    ivr.timer = null;
    if (!prompt.speech && !prompt.keys) return hear(engine, call, session, { resultType: 3, text: 'playover' });
    session.phase = 'listening';
    takeInput(engine, call, session);
  });
}

/** The caller's next utterance or keys become the next turn; nothing within the timeout is `timeout`. */
function takeInput(engine: EngineCore, call: Call, session: VoiceBotSession): void {
  const ivr = call.ivr!;
  const speech = session.listen.speech ? call.behaviour.speech?.shift() : undefined;
  if (speech !== undefined) return hear(engine, call, session, { resultType: 1, text: speech });
  if (session.listen.keys && call.behaviour.dtmf.length > 0) {
    const keys = call.behaviour.dtmf.splice(0, session.listen.maxKeys).join('').replace(/#$/, '');
    return hear(engine, call, session, { resultType: 2, text: keys });
  }
  if (ivr.timer !== null) return;
  ivr.timer = engine.after(Math.max(1, session.listen.timeoutSeconds) * 1000, () => {
    if (call.ivr !== ivr || session.phase !== 'listening') return;
    ivr.timer = null;
    hear(engine, call, session, { resultType: -1, text: 'timeout' });
  });
}

function hear(engine: EngineCore, call: Call, session: VoiceBotSession, input: VoiceBotInput): void {
  call.ivr!.timer = engine.cancel(call.ivr!.timer);
  session.phase = 'thinking';
  voiceBotOf(engine)?.hears(botCall(call, session), input);
}

/**
 * 10.5 outaction 11: trans_type 1 names the skill queue by its access code (the routing number; a
 * skill id is accepted too, as the demo flow writes it), 3 by name, 2 an IVR flow by access code.
 * The transfer succeeds when the queue can take the call now (agents signed in, room to wait);
 * otherwise the dialog hears trans_result 1 and takes its failure branch (decision 1014).
 */
function transfer(engine: EngineCore, call: Call, session: VoiceBotSession, answer: Extract<VoiceBotAnswer, { kind: 'transfer' }>): void {
  const bot = voiceBotOf(engine);
  const target = transferTarget(engine, answer.transType, answer.routeValue);
  const skill = target?.kind === 'skill' ? engine.config.skills.get(target.id) : undefined;
  const queueTakes = skill !== undefined && engine.signedInTo(skill.skillId).size > 0 && engine.waitingIn(skill.skillId).size < skill.maxWaitNum;
  if (!target || (target.kind === 'skill' && !queueTakes)) {
    bot?.transferred(botCall(call, session), false);
    return;
  }
  session.phase = 'over';
  // CEC §10.5.1 Table 10-16: trans_data is the call-associated data the manual service receives.
  if (answer.callData !== '') call.callData = answer.callData;
  const cdr = leaveBot(engine, call);
  closeCdr(engine, call, cdr, LeaveReason.normal);
  if (target.kind === 'skill') enqueue(engine, call, target.id);
  else engine.reactions.routeToIvr(engine, call, target.id);
  bot?.transferred(botCall(call, session), true);
}

function transferTarget(engine: EngineCore, transType: number, routeValue: string): { kind: 'skill' | 'flow'; id: number } | null {
  if (transType === 1) {
    const route = engine.config.routes.find((r) => r.deviceType === 1 && r.accessCode + r.extCode === routeValue);
    if (route) return { kind: 'skill', id: route.deviceId };
    return /^\d+$/.test(routeValue) && engine.config.skills.has(Number(routeValue)) ? { kind: 'skill', id: Number(routeValue) } : null;
  }
  if (transType === 3) {
    const skill = [...engine.config.skills.values()].find((s) => s.name === routeValue);
    return skill ? { kind: 'skill', id: skill.skillId } : null;
  }
  if (transType === 2) {
    const flow = [...engine.config.ivrFlows.values()].find((f) => f.accessCode === routeValue);
    return flow ? { kind: 'flow', id: flow.flowId } : null;
  }
  return null;
}

/**
 * 10.5 outaction 12 (Table 10-15): live queue data of the engine. prompt_type 1 is the queue the
 * call waits in, 2 the queue `skill_id` names; 3 (an agent's queue) and 5 (audio/video switch) name
 * nothing the IVR can read, and answer empty extparams (decision 1014).
 */
function queueInfo(engine: EngineCore, call: Call, promptType: number, skillIdText: string): Record<string, string> {
  const skillId = promptType === 1 ? (call.queue?.skillId ?? call.currentSkillId ?? null) : promptType === 2 && /^\d+$/.test(skillIdText) ? Number(skillIdText) : null;
  if (skillId === null || !engine.config.skills.has(skillId)) return {};
  const waiting = engine.waitingIn(skillId).inOrder();
  const index = waiting.findIndex((w) => w.callId === call.callId);
  const position = index >= 0 ? index + 1 : waiting.length + 1;
  const agents = engine.signedInTo(skillId).size;
  // Decision 1103's rule, as for web chats: one minute per round of the queue's agents ahead.
  return { queueIndex: String(position), agentCount: String(agents), estimateTime: String(Math.ceil(position / Math.max(1, agents)) * 60) };
}

/** Ends the bot's hold on the call: its timer and the IVR state; returns the IVR's CDR leg. */
function leaveBot(engine: EngineCore, call: Call) {
  const ivr = call.ivr!;
  engine.cancel(ivr.timer);
  call.ivr = null;
  return ivr.cdr;
}
