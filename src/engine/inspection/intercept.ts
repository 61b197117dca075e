import { talkingContent } from '../../domain/events/index.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentLeg, type Result } from '../core/index.ts';
import { closeCdr, DeviceType, instantOperation, LeaveReason, OpType, openCdr, startRecording } from '../records/index.ts';
import { releasePhone, settleAfterCall } from '../agent-state/index.ts';
import { callView, customerPresent, leaveLegQuietly, refreshCallOperation, refreshCustomerHold, talkingLeg } from '../calls/index.ts';
import { MonitorCommand, ownSession } from './monitor-session.ts';
import type { InspectionScope } from './inspection-scope.ts';

/**
 * CEC §12.1.3 intercept: the inspector takes the customer over from the agent it listens to,
 * barges in on or whispers to (ref L41547–41554). The agent's part ends (its CDR row with leave
 * reason 12 "The call is intercepted", Table 13-131; StopRecordDone → Call_Release → PhoneRelease)
 * and it goes idle, "not wrap-up" (ref L41554), unless it asked for rest or busy meanwhile. The
 * monitor leg becomes the inspector's own leg of the call: a new CDR row and a new recording, and
 * the documented AgentEvent_Talking → AgentMediaEvent_Record (ref L41603–41604). The session ends.
 * Not in conversation with a customer, or the inspector's phone not answered yet: 900-003.
 */
export function intercept(engine: EngineCore, request: { inspectorWorkNo: number; targetWorkNo: number; scope: InspectionScope }): Result<null> {
  const own = ownSession(engine, request, 'QcUnavailable');
  if (!own.ok) return own;
  const { inspector, session } = own.value;
  const target = engine.agents.get(session.targetWorkNo)!;
  const leg = talkingLeg(target);
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  if (session.phase !== 'connected') return fail('QcUnavailable', "the inspector's phone has not answered yet");
  if (!leg || !call || !customerPresent(call)) return fail('QcUnavailable', `agent ${target.workNo} is not talking with a customer`);

  session.ringTimer = engine.cancel(session.ringTimer);
  inspector.monitor = null;
  target.monitoredBy = null;
  const skillId = call.currentSkillId;
  instantOperation(engine, inspector, { opType: OpType.intercept, opCause: -1, opObject: String(target.workNo), callId: call.callId, skillId });

  closeCdr(engine, call, leg.cdr, LeaveReason.intercepted);
  leaveLegQuietly(engine, target, call);

  const now = engine.now();
  const cdr = openCdr(engine, call, { type: DeviceType.agent, no: inspector.workNo, deviceIn: 'DEVICE_AGENT', workNo: inspector.workNo }, { ackBeginMs: now, callBeginMs: now });
  const taken: AgentLeg = { callId: call.callId, state: 'talking', type: 'main', sinceMs: now, answeredAtMs: now, ringTimer: null, recording: null, cdr, interceptedFrom: target.workNo };
  inspector.legs.set(call.callId, taken);
  call.agents.add(inspector.workNo);
  engine.emit(inspector.workNo, 'AgentEvent_Talking', talkingContent(callView(call), 'main'));
  startRecording(engine, inspector, call, taken);
  refreshCallOperation(engine, inspector);
  refreshCustomerHold(engine, call);
  engine.output.fact('intercepted', { callId: call.callId, inspector: inspector.workNo, workNo: target.workNo, command: MonitorCommand.intercept });

  releasePhone(engine, target, 3);
  settleAfterCall(engine, target, { answered: false, skillId });
  return ok(null);
}
