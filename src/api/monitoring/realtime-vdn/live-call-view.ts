import { callFeature } from '../../../domain/monitoring/index.ts';
import { callIdParts, resolveCallId } from '../../../domain/ids/index.ts';
import { callPlace, talkedSeconds, waitedSeconds, type Call, type TenantEngine } from '../../../engine/index.ts';
import type { AuthContext } from '../../../http/endpoint.ts';
import type { ApiServices } from '../../services.ts';
import { cmsFailure } from '../cms-request.ts';
import { cmsEngine } from './vdn-request.ts';
import { elapsedSeconds } from '../../../domain/time/index.ts';

/** A live call of the VDN by ID, or 0100002 (decision 0807): the call has ended or never was. */
export async function liveCall(services: ApiServices, auth: AuthContext, body: { ccId: number; vdn: number; callId: string }): Promise<{ engine: TenantEngine; call: Call }> {
  const engine = await cmsEngine(services, auth, body);
  // Either call id form (issue 10 item 5, decision 1315).
  const call = engine.calls.get(resolveCallId(body.callId, engine.calls.keys()) ?? body.callId);
  if (!call) throw cmsFailure('invalidParameter', `call ${body.callId} is not in progress`);
  return { engine, call };
}

/**
 * What the control block of a live call holds (12.3.1.4.1, .2; decision 0806). The call ID's
 * parts are the block's dsn, handle and server (src/domain/ids/call-id.ts); the UAP fields
 * (module, trunk, place) are 0, for the simulated network has none; durations are seconds:
 * queued, talked with an agent, and in the platform (`logonTimes`).
 */
export function liveCallFields(engine: TenantEngine, call: Call) {
  const now = engine.now();
  const parts = callIdParts(call.callId) ?? { dsn: 0, handle: 0, server: 0 };
  const place = callPlace(engine, call);
  const skillId = call.currentSkillId ?? call.firstSkillId;
  return {
    time: call.createdAtMs,
    dsn: parts.dsn,
    handle: parts.handle,
    server: parts.server,
    keyId: '',
    callingNum: call.caller,
    calledNum: call.called,
    mid: 0,
    trunkNo: 0,
    priority: call.priority,
    deviceType: place.deviceType,
    deviceNo: place.deviceNo,
    callSkill: skillId === null ? '' : (engine.config.skills.get(skillId)?.name ?? ''),
    partyNum: call.closedCdrCount + call.openCdr.size,
    callFeature: callFeature(call.feature),
    orgiCalledNum: call.origCalled === call.called ? '' : call.origCalled,
    mediaType: call.mediaType,
    place: 0,
    waitTime: waitedSeconds(engine, call, now),
    totalTalkingTimes: talkedSeconds(engine, call, now),
    logonTimes: elapsedSeconds(call.createdAtMs, now),
  };
}
