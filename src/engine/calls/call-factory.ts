import type { EngineCore, Call, CustomerBehaviour } from '../core/index.ts';

export interface NewCall {
  feature: number;
  caller: string;
  called: string;
  callData?: string;
  mediaType?: number;
  priority?: number;
  customerNumber: string | null;
  customerState?: 'dialing' | 'alerting' | 'connected';
  behaviour?: Partial<CustomerBehaviour>;
}

/** A new call with the reference's call id ("<epoch seconds>-<sequence>", ref L9645). */
export function createCall(engine: EngineCore, spec: NewCall): Call {
  const now = engine.now();
  const call: Call = {
    callId: engine.ids.callId(now),
    vdnId: engine.vdnId,
    feature: spec.feature,
    mediaType: spec.mediaType ?? 5,
    mediaAbility: 1,
    caller: spec.caller,
    called: spec.called,
    origCalled: spec.called,
    callData: spec.callData ?? '',
    createdAtMs: now,
    customer: spec.customerNumber === null ? null : { number: spec.customerNumber, state: spec.customerState ?? 'connected' },
    agents: new Set(),
    priority: spec.priority ?? 0,
    firstSkillId: null,
    currentSkillId: null,
    queue: null,
    ivr: null,
    openCdr: new Set(),
    closedCdrCount: 0,
    lastDevice: null,
    lastReleaseAgentId: 65535,
    requeueCount: 0,
    queueSinceMs: null,
    routeHops: 0,
    ended: false,
    endedAtMs: null,
    releaseCause: 0,
    behaviour: { patienceMs: spec.behaviour?.patienceMs ?? null, talkMs: spec.behaviour?.talkMs ?? null, dtmf: [...(spec.behaviour?.dtmf ?? [])] },
    customerTimers: [],
    externals: [],
    link: null,
    transfer: null,
    ivrHandBack: null,
    transferredFrom: null,
  };
  engine.calls.set(call.callId, call);
  engine.output.fact('callCreated', { callId: call.callId, feature: call.feature });
  return call;
}
