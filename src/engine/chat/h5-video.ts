import { fail, ok, type EngineCore, type Result } from '../core/index.ts';

/** Where the H5 media server is, as the deployment names it (the API passes its public host). */
export interface H5Access {
  ip: string;
  port: string;
  domain: string;
  signature: string;
}

/**
 * CEC §6.1.5.4 getconnectinfo (ref L14122–14250): the room information an agent needs to (re)join
 * the H5 video of one of its multimedia sessions; the room is named by the call id. The simulated
 * network carries no video (decision 1107), so this is the information only.
 */
export function h5ConnectInfo(engine: EngineCore, workNo: number, callId: string, userType: string, access: H5Access): Result<Record<string, string>> {
  if (!callId || !userType) return fail('ChatParameterEmpty', 'callid and userType are mandatory');
  if (userType !== 'agent') return fail('ChatUserTypeInvalid', `userType ${userType} (must be agent)`);
  const agent = engine.agents.get(workNo);
  if (!agent?.chats?.has(callId)) return fail('Internal', `${callId} is not a session of agent ${workNo}`);
  return ok({
    userId: String(workNo),
    ctime: String(engine.now() + 3_600_000),
    channelId: callId,
    role: '0',
    ip: access.ip,
    port: access.port,
    signalingDomainIn: `https://${access.domain}:${access.port}`,
    signalingDomainOut: `https://${access.domain}:${access.port}`,
    locationId: '0',
    signature: access.signature,
    apId: String(workNo),
  });
}

/**
 * CEC §6.1.5.5 imagecapture (ref L14251–14334): a screenshot of the customer's H5 video, told by
 * AgentEvent_ImageCapture (ref L20800). A text chat has no video stream, so the capture fails
 * (`result` 1) — the documented outcome for a capture that cannot be made (decision 1107).
 */
export function captureImage(engine: EngineCore, workNo: number, callId: string, userType: string): Result<null> {
  if (!callId || !userType) return fail('ChatParameterEmpty', 'callid and userType are mandatory');
  if (userType !== 'user') return fail('ChatUserTypeInvalid', `userType ${userType} (must be user)`);
  const agent = engine.agents.get(workNo);
  if (!agent?.chats?.has(callId)) return fail('Internal', `${callId} is not a session of agent ${workNo}`);
  engine.emit(workNo, 'AgentEvent_ImageCapture', { callid: callId, result: 1, filename: '', locationId: 0 });
  return ok(null);
}
