import type { EngineCore, Call, IvrNode } from '../core/index.ts';
import { closeCdr, DeviceType, endCall, LeaveReason, openCdr, ReleaseCause } from '../records/index.ts';
import { enqueue } from '../routing/index.ts';
import { botKeysPressed, botSessionEnds } from './voice-bot-ivr.ts';

/** Bound on node visits per flow run, so that a script with a loop cannot spin forever. */
const ivrStepsMax = 200;
const steps = new WeakMap<Call, number>();

/**
 * Runs an IVR flow script of the tenant file (docs/tenant-file.md) for a call: prompts play for
 * the switch's prompt duration, digits come from the customer (driver API or scripted DTMF), and
 * `route` nodes hand the call to a skill queue. A `survey` node records the satisfaction result
 * (5.4.3): the digit pressed, "-1" on no reply, "-2" for a digit not offered.
 */
export function startIvr(engine: EngineCore, call: Call, flowId: number, options: { survey: boolean }): void {
  const flow = engine.config.ivrFlows.get(flowId);
  if (!flow) {
    endCall(engine, call, ReleaseCause.ivrNormal, LeaveReason.normal);
    return;
  }
  const cdr = openCdr(engine, call, { type: DeviceType.ivr, no: flowId, deviceIn: flow.accessCode, serviceNo: String(flowId) }, { callBeginMs: engine.now() });
  const start = flow.script.start ?? Object.keys(flow.script.nodes ?? {})[0] ?? '';
  call.ivr = { flowId, node: start, phase: 'prompt', retries: 0, timer: null, survey: options.survey, cdr };
  steps.set(call, 0);
  engine.output.fact('ivr', { callId: call.callId, flowId });
  enterNode(engine, call, start);
}

/**
 * Keys pressed on the call: taken now if a node is collecting, else kept for the next one. An IVR
 * that is a party of an agent's call hears the agent's keys (seconddialex); the customer's only
 * once thirdPartyConfTransmitNum relays them (hook for call control, ref L11738).
 */
export function digitsPressed(engine: EngineCore, call: Call, digits: string, from: 'customer' | 'agent' = 'customer'): void {
  if (from === 'customer' && call.ivrHandBack?.kind === 'party' && !call.ivrHandBack.relayCustomerDigits) return;
  call.behaviour.dtmf.push(...digits.split(''));
  if (call.ivr?.bot) botKeysPressed(engine, call);
  else if (call.ivr?.phase === 'collect') collect(engine, call);
}

export function stopIvr(engine: EngineCore, call: Call): void {
  if (!call.ivr) return;
  botSessionEnds(engine, call);
  saveVoiceMessage(engine, call);
  engine.cancel(call.ivr.timer);
  call.ivr = null;
}

function node(engine: EngineCore, call: Call, name: string): IvrNode | undefined {
  return call.ivr ? engine.config.ivrFlows.get(call.ivr.flowId)?.script.nodes?.[name] : undefined;
}

function enterNode(engine: EngineCore, call: Call, name: string): void {
  const ivr = call.ivr;
  if (!ivr) return;
  const count = (steps.get(call) ?? 0) + 1;
  steps.set(call, count);
  const current = node(engine, call, name);
  if (!current || count > ivrStepsMax) return finish(engine, call);
  ivr.node = name;
  ivr.phase = 'prompt';
  ivr.timer = engine.cancel(ivr.timer);
  switch (current.type) {
    case 'play': {
      const ms = current.seconds !== undefined ? current.seconds * 1000 : engine.telephony.promptDurationMs(current.prompt ?? '');
      ivr.timer = engine.after(ms, () => (current.next ? enterNode(engine, call, current.next) : finish(engine, call)));
      return;
    }
    case 'menu':
    case 'survey':
      ivr.timer = engine.after(engine.telephony.promptDurationMs(current.prompt ?? ''), () => {
        if (call.ivr !== ivr) return;
        ivr.timer = null;
        ivr.phase = 'collect';
        collect(engine, call);
      });
      return;
    case 'route':
      return route(engine, call, current.deviceType, current.deviceId, current.alsoSkillIds);
    case 'release':
      return finish(engine, call);
    case 'record':
      ivr.timer = engine.after(engine.telephony.promptDurationMs(current.prompt ?? ''), () => {
        if (call.ivr !== ivr) return;
        ivr.phase = 'record';
        ivr.recordSinceMs = engine.now();
        const seconds = Math.min(voiceMessageSecondsMax, Math.max(1, current.seconds ?? 30));
        ivr.timer = engine.after(seconds * 1000, () => {
          if (call.ivr !== ivr) return;
          ivr.timer = null;
          saveVoiceMessage(engine, call);
          if (current.next) enterNode(engine, call, current.next);
          else finish(engine, call);
        });
      });
      return;
  }
}

/** A voice message is at most ten minutes long (decision 1316). */
const voiceMessageSecondsMax = 600;

/**
 * The message recorded so far becomes a voice message (the node's time ran out, or the caller
 * hung up while speaking): `Y:/{vdnId}/record/{yyyymmdd}/{callId}_{beginMs}.wav`, the IVR message
 * directory's default (ref L68418, decision 1316).
 */
function saveVoiceMessage(engine: EngineCore, call: Call): void {
  const ivr = call.ivr;
  if (!ivr || ivr.phase !== 'record' || ivr.recordSinceMs === undefined) return;
  const beginMs = ivr.recordSinceMs;
  ivr.phase = 'prompt';
  ivr.recordSinceMs = undefined;
  const endMs = engine.now();
  if (endMs <= beginMs) return;
  const day = new Date(beginMs).toISOString().slice(0, 10).replaceAll('-', '');
  const fileName = `Y:/${engine.vdnId}/record/${day}/${call.callId}_${beginMs}.wav`;
  engine.output.voiceMessage?.({ vdnId: engine.vdnId, callId: call.callId, flowId: ivr.flowId, caller: call.customer?.number ?? call.caller, fileName, beginMs, endMs });
  engine.output.fact('voiceMessage', { callId: call.callId, fileName });
}

/** Takes the next pressed digit, or waits for one until the node's timeout. */
function collect(engine: EngineCore, call: Call): void {
  const ivr = call.ivr;
  const current = ivr ? node(engine, call, ivr.node) : undefined;
  if (!ivr || !current || (current.type !== 'menu' && current.type !== 'survey')) return;
  const digit = call.behaviour.dtmf.shift();
  if (digit === undefined) {
    if (ivr.timer === null) ivr.timer = engine.after((current.timeoutSeconds ?? 5) * 1000, () => timedOut(engine, call));
    return;
  }
  ivr.timer = engine.cancel(ivr.timer);
  if (current.type === 'survey') return recordSurvey(engine, call, (current.validDigits ?? '12345').includes(digit) ? digit : '-2');
  const next = current.choices?.[digit];
  if (next) return enterNode(engine, call, next);
  ivr.retries += 1;
  if (ivr.retries > (current.retriesMax ?? 2)) return finish(engine, call);
  enterNode(engine, call, current.onInvalid ?? ivr.node);
}

function timedOut(engine: EngineCore, call: Call): void {
  const ivr = call.ivr;
  const current = ivr ? node(engine, call, ivr.node) : undefined;
  if (!ivr || !current) return;
  ivr.timer = null;
  if (current.type === 'survey') return recordSurvey(engine, call, '-1');
  if (current.type === 'menu' && current.onTimeout) return enterNode(engine, call, current.onTimeout);
  finish(engine, call);
}

function recordSurvey(engine: EngineCore, call: Call, value: string): void {
  engine.output.satisfaction(engine.vdnId, call.callId, value, call.customer?.number ?? call.caller, engine.now());
  engine.output.fact('survey', { callId: call.callId, value });
  finish(engine, call);
}

function route(engine: EngineCore, call: Call, deviceType: number, deviceId: number, alsoSkillIds: readonly number[] = []): void {
  const ivr = call.ivr;
  if (!ivr) return;
  // Hook for call control: a flow running for an agent or as a party hands the call back.
  if (call.ivrHandBack) return engine.reactions.ivrHandsBack(engine, call);
  if (deviceType !== 1 || !engine.config.skills.has(deviceId)) return finish(engine, call);
  stopIvr(engine, call);
  closeCdr(engine, call, ivr.cdr, LeaveReason.normal);
  enqueue(engine, call, deviceId, { alsoIn: alsoSkillIds });
}

/** The flow is over: the IVR releases the call normally (release cause 256). */
function finish(engine: EngineCore, call: Call): void {
  // Hook for call control: a flow running for an agent or as a party hands the call back.
  if (call.ivrHandBack) return engine.reactions.ivrHandsBack(engine, call);
  stopIvr(engine, call);
  endCall(engine, call, ReleaseCause.ivrNormal, LeaveReason.normal);
}
