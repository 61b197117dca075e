import { customerAlertingContent } from '../../domain/events/index.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentLeg, type AgentRuntime, type Call, type Result } from '../core/index.ts';
import { offerCall, agentPhone, agentsOn, callPartiesMax, canBeOffered, ivrFlowOfNumber, partyCount, refreshCustomerHold, talkingLeg, handOver, transferTargetFailed } from '../calls/index.ts';
import { canQueuePrivately, enqueue, enqueuePrivate } from '../routing/index.ts';
import { LeaveReason } from '../records/index.ts';
import { startIvr } from '../ivr/index.ts';
import { transferToNumber } from './transfer-external.ts';
import { suspendForIvr } from './ivr-hand-back.ts';

export interface TransferRequest {
  workNo: number;
  /** 1 skill queue, 2 agent, 3 IVR (flow access code), 4 system access code, 5 external number. */
  deviceType: number;
  address: string;
  mode: number;
  callData?: string;
  /** Calling number shown to an external number (not in blind mode, Table 6-143). */
  caller?: string;
  holdFlag: boolean;
  /** The skill the call is accounted to when transferred to an agent. */
  skillId?: number;
}

/**
 * Modes Table 6-143 allows per device type (ref L10497). Device type 2 also takes 3, talk
 * forwarding to an agent, because the reference's own example sends it (note 02 §8.5 item 33,
 * decision 0408).
 */
const modesByDevice: Readonly<Record<number, readonly number[]>> = { 1: [0, 2], 2: [0, 2, 3], 3: [0, 1], 4: [0, 2], 5: [1, 2, 3, 4] };

/** Outbound call types (Table 6-455): blind transfer to a number is refused for them (ref L10445). */
const outboundFeatures = new Set([7, 40, 41, 43, 44, 45]);

/**
 * CEC §6.1.2.11 transfer (sequence J of note 02 §5.5). The target must exist (else 000-002); one
 * that cannot take the call now answers through events: AgentEvent_Connect_Fail, or for
 * release-after-transfer AgentEvent_SuccTransResult with a non-zero result.
 */
export function transfer(engine: EngineCore, request: TransferRequest): Result<null> {
  const agent = engine.agents.get(request.workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const leg = talkingLeg(agent);
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  if (!leg || !call) return fail('NoCallToTransfer', 'the agent has no call in conversation');
  if (call.transfer || call.ivrHandBack) return fail('NoCallToTransfer', 'the call is already being transferred');
  if (call.link || call.feature === 51 || call.feature === 52) return fail('NoCallToTransfer', 'a call in a consultation cannot be transferred; use connecthold');
  // CEC §13.2.3.6 Table 13-130: "An internal call cannot be forwarded".
  if (call.feature === 6) return fail('NoCallToTransfer', 'an internal call cannot be transferred');
  if (agentsOn(engine, call).length > 1) return fail('NoCallToTransfer', 'the call has other agents on it');
  if (partyCount(engine, call) >= callPartiesMax) return fail('NoCallToTransfer', `the call already holds ${callPartiesMax} parties`);
  if (!modesByDevice[request.deviceType]?.includes(request.mode)) return fail('InvalidParameter', `mode ${request.mode} is not valid for devicetype ${request.deviceType}`);
  if (request.deviceType === 5 && request.mode === 1 && outboundFeatures.has(call.feature)) return fail('InvalidParameter', 'an outbound call cannot be blind-transferred to a number');
  const target = resolveTarget(engine, agent, request);
  if (!target.ok) return target;
  if (request.callData) call.callData = request.callData;
  const go = target.value;
  switch (go.kind) {
    case 'skill':
      return toSkill(engine, agent, call, go.skillId, request.mode);
    case 'agent':
      return toAgent(engine, agent, call, go.workNo, request);
    case 'ivr':
      return toIvr(engine, agent, call, leg, go.flowId, request.mode);
    case 'number':
      return transferToNumber(engine, agent, call, { number: request.address, mode: request.mode, holdFlag: request.holdFlag });
  }
}

type Target = { kind: 'skill'; skillId: number } | { kind: 'agent'; workNo: number } | { kind: 'ivr'; flowId: number } | { kind: 'number' };

function resolveTarget(engine: EngineCore, agent: AgentRuntime, request: TransferRequest): Result<Target> {
  const address = request.address;
  switch (request.deviceType) {
    case 1:
      return engine.config.skills.has(Number(address)) && /^\d+$/.test(address) ? ok({ kind: 'skill', skillId: Number(address) }) : fail('InvalidParameter', `skill ${address} does not exist`);
    case 2:
      if (address === String(agent.workNo)) return fail('InvalidParameter', 'an agent cannot transfer a call to itself');
      return /^\d+$/.test(address) && engine.config.agents.has(Number(address)) ? ok({ kind: 'agent', workNo: Number(address) }) : fail('InvalidParameter', `agent ${address} does not exist`);
    case 3: {
      const flowId = ivrFlowOfNumber(engine, address);
      return flowId !== undefined ? ok({ kind: 'ivr', flowId }) : fail('InvalidParameter', `${address} is not an IVR flow access code`);
    }
    case 4: {
      // A system access code routes as a dialled number would (glossary ref L885): to a skill or a flow.
      const route = engine.config.routes.find((r) => address.startsWith(r.accessCode + r.extCode));
      if (route?.deviceType === 1 && engine.config.skills.has(route.deviceId)) return ok({ kind: 'skill', skillId: route.deviceId });
      if (route?.deviceType === 3 && engine.config.ivrFlows.has(route.deviceId)) return ok({ kind: 'ivr', flowId: route.deviceId });
      return fail('InvalidParameter', `${address} is not a system access code`);
    }
    default:
      return /^[0-9*#]{1,24}$/.test(address) ? ok({ kind: 'number' }) : fail('InvalidParameter', `${address} is not a valid number`);
  }
}

/**
 * To a skill queue: blind, the agent leaves (reason 28) and the call queues as any call would;
 * release-after-transfer goes to the skill's best available agent now, and fails at once when
 * none is available (decision 0404).
 */
function toSkill(engine: EngineCore, agent: AgentRuntime, call: Call, skillId: number, mode: number): Result<null> {
  if (mode === 0) {
    call.transferredFrom = String(agent.workNo);
    handOver(engine, agent, call, LeaveReason.transferredToSkill);
    enqueue(engine, call, skillId);
    return ok(null);
  }
  const best = engine.idleIn(skillId).best((w) => w === agent.workNo || !canBeOffered(engine.agents.get(w)));
  return toAgent(engine, agent, call, best?.workNo ?? 0, { mode: 2, deviceType: 1, holdFlag: true, skillId });
}

function toAgent(engine: EngineCore, agent: AgentRuntime, call: Call, workNo: number, request: Pick<TransferRequest, 'mode' | 'deviceType' | 'holdFlag' | 'skillId'>): Result<null> {
  const target = engine.agents.get(workNo);
  if (!canBeOffered(target) && request.mode === 0 && canQueuePrivately(target)) {
    // Blind to an agent in a call or its wrap-up: the call waits in its private queue (decision 0851).
    if (request.skillId !== undefined && engine.config.skills.has(request.skillId)) call.currentSkillId = request.skillId;
    call.transferredFrom = String(agent.workNo);
    handOver(engine, agent, call, LeaveReason.transferredOut);
    enqueuePrivate(engine, call, target);
    return ok(null);
  }
  if (!canBeOffered(target)) {
    // Nobody to ring: the failure comes as the mode's event, after the reply (ref L10517).
    call.transfer = { mode: request.mode, deviceType: request.deviceType, byWorkNo: agent.workNo, target: { kind: 'agent', workNo }, customerHeld: false };
    engine.defer(() => transferTargetFailed(engine, call));
    return ok(null);
  }
  if (request.skillId !== undefined && engine.config.skills.has(request.skillId)) call.currentSkillId = request.skillId;
  call.transferredFrom = String(agent.workNo);
  if (request.mode === 0) {
    handOver(engine, agent, call, LeaveReason.transferredOut);
    offerCall(engine, target, call);
    return ok(null);
  }
  call.transfer = { mode: request.mode, deviceType: request.deviceType, byWorkNo: agent.workNo, target: { kind: 'agent', workNo }, customerHeld: true };
  refreshCustomerHold(engine, call);
  offerCall(engine, target, call, { origin: { kind: request.mode === 3 ? 'talkForward' : 'transfer', byWorkNo: agent.workNo } });
  if (request.mode === 3) engine.emit(agent.workNo, 'AgentEvent_Customer_Alerting', customerAlertingContent(call.callId, agentPhone(target), String(target.workNo)));
  return ok(null);
}

/**
 * To an IVR flow: blind, the agent leaves and the flow owns the call; hang-up transfer (mode 1),
 * the agent waits and the call comes back when the flow ends (AgentEvent_ReturnFromIvr). System
 * access codes that route to a flow take release-after-transfer, which succeeds as the flow answers.
 */
function toIvr(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg, flowId: number, mode: number): Result<null> {
  agent.statistics.transferIvrCount += 1;
  if (mode === 1) {
    suspendForIvr(engine, agent, call, leg, flowId);
    return ok(null);
  }
  if (mode === 2) engine.emit(agent.workNo, 'AgentEvent_SuccTransResult', { result: 0, callId: call.callId });
  handOver(engine, agent, call, LeaveReason.transferredOut);
  startIvr(engine, call, flowId, { survey: false });
  return ok(null);
}
