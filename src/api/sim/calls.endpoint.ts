import { Type } from '@sinclair/typebox';
import { customerDials, customerHangsUp, digitsPressed, hangUpSystemCallByCallId, monitorsOn, type Call, type TenantEngine } from '../../engine/index.ts';
import { CecError } from '../../http/cec-error.ts';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { limits } from '../../app/limits.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import type { ApiServices } from '../services.ts';

export const notFound = (what: string) => new CecError('404', what, { httpStatus: 404 });
export const CallIdParams = Type.Object({ callId: Type.String({ maxLength: 64 }) });

/** Simulator driver: a customer dials an access code (+ extension), e.g. `{"caller":"13800000001","called":"4001"}`. */
export const placeCall = defineEndpoint({
  section: 'sim.calls',
  name: 'calls',
  summary: 'A simulated customer dials the center',
  method: 'POST',
  path: '/sim/v1/calls',
  auth: 'sim',
  envelope: bareEnvelope,
  body: Type.Object({
    caller: Type.String({ minLength: 1, maxLength: 24, pattern: '^[0-9*#+]+$' }),
    called: Type.String({ minLength: 1, maxLength: 32, pattern: '^[0-9*#]+$' }),
    mediaType: Type.Optional(Type.Integer()),
    callData: Type.Optional(Type.String()),
    patienceSeconds: Type.Optional(Type.Number({ minimum: 0 })),
    talkSeconds: Type.Optional(Type.Number({ minimum: 0 })),
    dtmf: Type.Optional(Type.String({ pattern: '^[0-9*#]*$', maxLength: 64 })),
    priority: Type.Optional(Type.Integer({ minimum: 0, maximum: 255 })),
  }),
  response: Type.Object({ callId: Type.String() }),
  async handler({ body, services }) {
    if (Buffer.byteLength(body.callData ?? '') > limits.callDataBytesMax) throw new CecError('400', 'callData exceeds 16 KB', { httpStatus: 400 });
    const placed = await placeSimulatedCall(services, body);
    if (!placed.ok) throw notFound(placed.detail);
    await services.cti.records.flushed();
    return { callId: placed.callId };
  },
});

export interface SimulatedCall {
  caller: string;
  called: string;
  callData?: string;
  priority?: number;
  patienceSeconds?: number;
  talkSeconds?: number;
  dtmf?: string;
}

/** A simulated customer dials an access code (the driver API and the console's traffic generator). */
export async function placeSimulatedCall(services: ApiServices, call: SimulatedCall): Promise<{ ok: true; callId: string } | { ok: false; detail: string }> {
  const code = await services.repos.numbers.findAccessCodeForNumber(call.called);
  if (!code) return { ok: false, detail: `no access code matches ${call.called}` };
  const engine = await services.cti.registry.get(code.vdnId);
  const result = engine.run(() =>
    customerDials(engine, {
      caller: call.caller,
      called: call.called,
      callData: call.callData,
      priority: call.priority,
      behaviour: {
        patienceMs: call.patienceSeconds === undefined ? null : Math.round(call.patienceSeconds * 1000),
        talkMs: call.talkSeconds === undefined ? null : Math.round(call.talkSeconds * 1000),
        dtmf: (call.dtmf ?? '').split('').filter(Boolean),
      },
    }),
  );
  return result.ok ? { ok: true, callId: result.value.callId } : { ok: false, detail: result.rejection.detail };
}

export async function liveCall(services: ApiServices, callId: string): Promise<{ engine: TenantEngine; call: Call } | undefined> {
  for (const engine of await services.cti.registry.running()) {
    const call = engine.calls.get(callId);
    if (call) return { engine, call };
  }
  // In a cluster the call may live on another node: its records name its VDN, and asking for that
  // VDN's engine forwards the request to the owner (decision 1710). A single node has looked already.
  const [leg] = await services.repos.ctiRecords.cdrsByCallId(callId);
  const engine = leg ? await services.cti.registry.ifRunning(leg.vdnId) : undefined;
  const call = engine?.calls.get(callId);
  return engine && call ? { engine, call } : undefined;
}

/** Simulator driver: the customer (or the called party of an outbound call) hangs up. */
export const hangUpCall = defineEndpoint({
  section: 'sim.calls.hangup',
  name: 'calls/hangup',
  summary: 'The simulated customer hangs up',
  method: 'POST',
  path: '/sim/v1/calls/{callId}/hangup',
  auth: 'sim',
  envelope: bareEnvelope,
  params: CallIdParams,
  response: Type.Object({ callId: Type.String(), state: Type.Literal('ended') }),
  async handler({ params, services }) {
    const live = await liveCall(services, params.callId);
    if (!live) throw notFound(`call ${params.callId} is not in progress`);
    // A bidirectional call or voice notification (§6.2, §14) ends through its own flow: reason codes and callbacks.
    live.engine.run(() => hangUpSystemCallByCallId(live.engine, params.callId) || customerHangsUp(live.engine, params.callId));
    await services.cti.records.flushed();
    return { callId: params.callId, state: 'ended' };
  },
});

/** Simulator driver: the customer presses keys (IVR menus, surveys). */
export const pressDigits = defineEndpoint({
  section: 'sim.calls.dtmf',
  name: 'calls/dtmf',
  summary: 'The simulated customer presses keys',
  method: 'POST',
  path: '/sim/v1/calls/{callId}/dtmf',
  auth: 'sim',
  envelope: bareEnvelope,
  params: CallIdParams,
  body: Type.Object({ digits: Type.String({ minLength: 1, maxLength: 32, pattern: '^[0-9*#]+$' }) }),
  response: Type.Object({ callId: Type.String(), accepted: Type.String() }),
  async handler({ params, body, services }) {
    const live = await liveCall(services, params.callId);
    if (!live) throw notFound(`call ${params.callId} is not in progress`);
    live.engine.run(() => digitsPressed(live.engine, live.call, body.digits));
    await services.cti.records.flushed();
    return { callId: params.callId, accepted: body.digits };
  },
});

/** Simulator driver: where a call is now (IVR, queue, agents), or how it ended. */
export const readCall = defineEndpoint({
  section: 'sim.calls.read',
  name: 'calls/{callId}',
  summary: 'State of a simulated call',
  method: 'GET',
  path: '/sim/v1/calls/{callId}',
  auth: 'sim',
  envelope: bareEnvelope,
  params: CallIdParams,
  async handler({ params, services }) {
    const live = await liveCall(services, params.callId);
    if (live) return describeLiveCall(live.engine, live.call);
    await services.cti.records.flushed();
    const rows = await services.repos.ctiRecords.cdrsByCallId(params.callId);
    if (rows.length === 0) throw notFound(`call ${params.callId} is unknown`);
    const last = rows.find((r) => r.callIdNum === -1);
    return {
      callId: params.callId,
      vdnId: rows[0]!.vdnId,
      state: last ? 'ended' : 'unknown',
      caller: rows[0]!.callerNo,
      called: rows[0]!.calleeNo,
      feature: rows[0]!.callType,
      releaseCause: last?.releaseCause ?? null,
      legs: rows.map((r) => ({ deviceType: r.deviceType, deviceNo: r.deviceNo, leaveReason: r.leaveReason, callIdNum: r.callIdNum })),
    };
  },
});

function describeLiveCall(engine: TenantEngine, call: Call) {
  const agents = [...call.agents].map((workNo) => ({ workNo, state: engine.agents.get(workNo)?.legs.get(call.callId)?.state ?? 'unknown' }));
  const state = call.ivr ? 'ivr' : call.queue ? 'queued' : agents.some((a) => a.state === 'talking') ? 'talking' : agents.some((a) => a.state === 'held') ? 'held' : agents.some((a) => a.state === 'alerting') ? 'alerting' : call.customer?.state ?? 'unknown';
  return {
    callId: call.callId,
    vdnId: engine.vdnId,
    state,
    caller: call.caller,
    called: call.called,
    feature: call.feature,
    customer: call.customer,
    queue: call.queue ? { skillId: call.queue.skillId, waitingSinceMs: call.queue.sinceMs } : null,
    // A voice bot's call shows the dialog's prompts played so far (decision 1014).
    ivr: call.ivr ? { flowId: call.ivr.flowId, node: call.ivr.node, ...(call.ivr.bot ? { bot: { userid: call.ivr.bot.userid, phase: call.ivr.bot.phase, prompts: call.ivr.bot.prompts } } : {}) } : null,
    agents,
    // Inspectors on the call (§12.1, decision 1201): who monitors which agent, in which mode.
    monitors: monitorsOn(engine, call).map((s) => ({ workNo: s.inspectorWorkNo, agent: s.targetWorkNo, mode: s.mode })),
    createdAtMs: call.createdAtMs,
  };
}
