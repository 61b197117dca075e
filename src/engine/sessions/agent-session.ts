import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentRuntime, type Result, type SessionOptions, type SessionStatistics } from '../core/index.ts';
import { forgetAgent, privateQueueLost, refreshAvailability, serveAgent, skillLostAllAgents } from '../routing/index.ts';
import { endOperation, instantOperation, OpType, workOperation } from '../records/index.ts';
import { releaseAllLegs } from '../calls/index.ts';
import { admitRests, dropRestApplication } from '../agent-state/index.ts';
import { claimPhone, freePhone, phoneRefusal } from './phone-use.ts';

export interface SignInRequest {
  workNo: number;
  password: string;
  /** login (6.1.1.1), forcelogin (6.1.1.2, takes an existing session over), loginex (6.1.1.23). */
  mode: 'login' | 'forcelogin' | 'loginex';
  /** State after sign-in: 3 busy, 4 idle (default), 5 wrap-up. */
  status: 3 | 4 | 5;
  options: SessionOptions;
}

export type SignOutKind = 'logout' | 'forced' | 'inspector' | 'timeout' | 'takeover' | 'removed';

/** Operation causes of a sign-out (Table 13-128, op type 0). */
export const signOutCause: Record<SignOutKind, number> = { logout: 258, forced: 258, inspector: 257, timeout: 263, takeover: 264, removed: 256 };

const emptyStatistics = (): SessionStatistics => ({
  talkTimeSeconds: 0, answerCount: 0, noAnswerCount: 0, calloutCount: 0, innerCallCount: 0, innerHelpCount: 0, transferInCount: 0,
  transferOutCount: 0, transferIvrCount: 0, redirectCount: 0, holdCount: 0, busyCount: 0, restCount: 0, restOutCount: 0,
  restTimeSeconds: 0, restOutTimeSeconds: 0, agentReleaseCount: 0, busyTimeSeconds: 0,
});

/**
 * Session options of an agent without a desktop (a mobile agent, a simulated agent): events go to
 * no queue, calls are answered automatically, and the session never times out for want of polls.
 */
export function internalSessionOptions(options: Pick<SessionOptions, 'phonenum'> & Partial<SessionOptions>): SessionOptions {
  return {
    autoAnswer: true,
    autoEnterIdle: true,
    releasePhone: true,
    agentType: 4,
    ip: '127.0.0.1',
    checkInWebm: false,
    eventMode: 'internal',
    callbackUri: null,
    serviceToken: null,
    listenStatus: false,
    ctiOnly: true,
    ...options,
  };
}

/**
 * Signs an agent in (§6.1.1.1/2/23): checks the account, creates the session with its GUID, signs
 * it into all its configured skills and emits InService → Ready (→ SetNotReady_Success or Work,
 * as `status` asks).
 */
export function signIn(engine: EngineCore, request: SignInRequest): Result<AgentRuntime> {
  const account = engine.config.agents.get(request.workNo);
  if (!account || account.ctiPassword !== request.password) return fail('WrongPassword', 'the work number or password is incorrect');
  if (account.lockedUntilMs !== null && account.lockedUntilMs > engine.now()) return fail('AccountLocked', 'the account is locked');
  const existing = engine.agents.get(request.workNo);
  if (existing && request.mode !== 'forcelogin') return fail('AlreadySignedIn', 'the agent has signed in');
  if (!existing && engine.agents.size >= engine.settings.signedInAgentsMax) return fail('SignInLimit', 'the number of signed-in agents exceeds the maximum');
  const phone = phoneRefusal(engine, request.workNo, request.options.phonenum);
  if (!phone.ok) return phone;
  if (existing) signOut(engine, existing.workNo, 'takeover');

  const now = engine.now();
  const guid = engine.ids.guid();
  const work = request.status === 3 ? 'busy' : request.status === 5 ? 'work' : 'idle';
  const agent: AgentRuntime = {
    workNo: request.workNo,
    config: account,
    sessionId: String(engine.ids.next('session')),
    loginTimeMs: now,
    options: request.options,
    guid,
    guidIssuedAtMs: now,
    previousGuid: null,
    lastActivityMs: now,
    livenessTimer: null,
    work,
    workSinceMs: now,
    busyReason: 0,
    restCause: 0,
    restDurationSeconds: 0,
    restTimer: null,
    wrapupTimer: null,
    preBusy: false,
    preBusyReason: 0,
    preRest: false,
    preRestCause: 0,
    preRestSeconds: 0,
    preRestSinceMs: now,
    talkRight: true,
    customState: null,
    signedInSkills: new Set(account.skills.map((s) => s.skillId).filter((id) => engine.config.skills.has(id))),
    phoneOffHook: false,
    legs: new Map(),
    muted: false,
    lastCallId: null,
    statistics: emptyStatistics(),
    operation: null,
    preview: null,
  };
  engine.agents.set(agent.workNo, agent);
  claimPhone(engine, agent);
  for (const skillId of agent.signedInSkills) engine.signedInTo(skillId).add(agent.workNo);
  engine.output.sessionOpened(agent);
  engine.output.fact('signedIn', { workNo: agent.workNo });

  engine.emit(agent.workNo, 'AgentOther_InService');
  engine.emit(agent.workNo, 'AgentState_Ready');
  if (work === 'busy') engine.emit(agent.workNo, 'AgentState_SetNotReady_Success', { reason: '0' });
  if (work === 'work') engine.emit(agent.workNo, 'AgentState_Work');
  instantOperation(engine, agent, { opType: OpType.signIn, opCause: -1, opObject: '-1', callId: '', skillId: null });
  workOperation(engine, agent);
  notifyInspectors(engine, agent, 'QC_AgentState_Login');
  armLiveness(engine, agent);
  refreshAvailability(engine, agent);
  if (work === 'idle') serveAgent(engine, agent);
  return ok(agent);
}

/**
 * Signs an agent out. A plain logout is refused during a call (ref L8373: "will not be signed
 * out"); forced, timed-out and taken-over sessions end their calls first. AgentOther_ShutdownService
 * is the session's last event.
 */
export function signOut(engine: EngineCore, workNo: number, kind: SignOutKind): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (kind === 'logout' && (agent.legs.size > 0 || (agent.chats?.size ?? 0) > 0)) return fail('SignOutInCall', 'the agent is in a call and cannot sign out');
  engine.reactions.sessionEnding(engine, agent);
  engine.reactions.phoneMediaEnding(engine, agent);
  engine.reactions.chatsEnding(engine, agent);
  releaseAllLegs(engine, agent);
  for (const timer of [agent.livenessTimer, agent.restTimer, agent.wrapupTimer]) engine.cancel(timer);
  endOperation(engine, agent);
  instantOperation(engine, agent, { opType: OpType.signOut, opCause: signOutCause[kind], opObject: '-1', callId: '', skillId: null });
  engine.emit(workNo, 'AgentOther_ShutdownService', { loginTime: String(agent.loginTimeMs) });
  notifyInspectors(engine, agent, 'QC_AgentState_Logout');
  forgetAgent(engine, agent);
  engine.agents.delete(workNo);
  freePhone(engine, agent);
  engine.signedOutAtMs.set(workNo, engine.now());
  engine.output.sessionClosed(workNo);
  engine.output.fact('signedOut', { workNo, kind });
  for (const skillId of agent.signedInSkills) if (engine.signedInTo(skillId).size === 0) skillLostAllAgents(engine, skillId);
  // The agent's rest, or its place in line for one, frees for the agents waiting (decision 0850).
  dropRestApplication(engine, agent);
  admitRests(engine);
  privateQueueLost(engine, workNo);
  return ok(null);
}

/** Whether `guid` authenticates the agent: its current GUID, or the previous one within its grace. */
export function guidValid(engine: EngineCore, agent: AgentRuntime, guid: string): boolean {
  return guidUse(engine, agent, guid) !== 'invalid';
}

/**
 * Which GUID a request used. `previous` means the client still holds the GUID a rotation replaced
 * (its reply may have been lost): the reply must repeat the current one. The first request with
 * the current GUID marks the previous one superseded.
 */
export function guidUse(engine: EngineCore, agent: AgentRuntime, guid: string): 'current' | 'previous' | 'superseded' | 'invalid' {
  const previous = agent.previousGuid;
  if (guid === agent.guid) {
    if (previous) previous.superseded = true;
    return 'current';
  }
  if (previous === null || guid !== previous.guid || engine.now() >= previous.expiresAtMs) return 'invalid';
  return previous.superseded ? 'superseded' : 'previous';
}

/**
 * Dynamic GUIDs (AUTHMODE=2, ref L2633–2639) rotate on the event poll once GUIDINTERVAL has passed;
 * the old one stays valid until its GUIDTIMEOUT. Returns the new GUID to send in Set-GUID, if any.
 */
export function rotateGuidIfDue(engine: EngineCore, agent: AgentRuntime): string | null {
  if (engine.settings.guidMode !== 'dynamic') return null;
  if (engine.now() - agent.guidIssuedAtMs < engine.settings.guidIntervalMs) return null;
  return renewGuid(engine, agent);
}

/** A new GUID now (6.1.1.24 updateGuid, or rotation); the old one lives out its timeout. */
export function renewGuid(engine: EngineCore, agent: AgentRuntime): string {
  agent.previousGuid = { guid: agent.guid, expiresAtMs: agent.guidIssuedAtMs + engine.settings.guidTimeoutMs, superseded: false };
  agent.guid = engine.ids.guid();
  agent.guidIssuedAtMs = engine.now();
  // A GUID handed to a client must survive a change of owner (decision 1720).
  engine.output.sessionChanged?.(agent);
  return agent.guid;
}

/** A poll or heartbeat: the session is alive (ref L6746: two minutes without one sign it out). */
export function touch(engine: EngineCore, agent: AgentRuntime): void {
  agent.lastActivityMs = engine.now();
}

/** Signs the session out once it has gone sessionIdleMsMax without a poll or heartbeat. */
export function armLiveness(engine: EngineCore, agent: AgentRuntime): void {
  if (agent.options.eventMode === 'internal') return;
  const workNo = agent.workNo;
  agent.livenessTimer = engine.after(agent.lastActivityMs + engine.settings.sessionIdleMsMax - engine.now(), () => {
    const live = engine.agents.get(workNo);
    if (live !== agent) return;
    if (engine.now() - agent.lastActivityMs >= engine.settings.sessionIdleMsMax) signOut(engine, workNo, 'timeout');
    else armLiveness(engine, agent);
  });
}

/** QC_AgentState_Notify (ref L20578) to signed-in inspectors who asked to hear sign-ins and sign-outs. */
export function notifyInspectors(engine: EngineCore, agent: AgentRuntime, subtype: 'QC_AgentState_Login' | 'QC_AgentState_Logout'): void {
  for (const inspector of engine.agents.values()) {
    if (inspector.workNo === agent.workNo || inspector.config.ccRoleId !== 3 || !inspector.options.listenStatus) continue;
    engine.emit(inspector.workNo, 'QC_AgentState_Notify', { subtype, monitoredagent: String(agent.workNo), agentname: agent.config.userName, mediaserver: 'CtiServer' });
  }
}
