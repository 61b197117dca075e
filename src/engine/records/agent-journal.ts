import type { EngineCore, AgentRuntime, OpenOperation } from '../core/index.ts';

/**
 * Agent operation records (13.2.2.2, op types of Table 13-128): every state an agent is in, as an
 * interval. The open interval is written when the next one begins, so the journal is a gapless
 * timeline of each sign-in session.
 */
export const OpType = {
  signOut: 0,
  signIn: 1,
  idle: 2,
  busy: 3,
  talking: 4,
  threeParty: 10,
  /** Inspection (Table 12-702): the inspector listens, barges or whispers (object: the agent). */
  inspecting: 20,
  rest: 26,
  work: 27,
  hold: 38,
  innerHelp: 40,
  innerCall: 41,
  /** Forced by an inspector (Table 12-702, object: the agent): sign-out, idle, busy; an intercepted call. */
  forcedSignOut: 29,
  forcedIdle: 30,
  forcedBusy: 31,
  intercept: 43,
} as const;

export function beginOperation(
  engine: EngineCore,
  agent: AgentRuntime,
  opType: number,
  options: { opCause?: number; opObject?: string; callId?: string; skillId?: number | null } = {},
): void {
  endOperation(engine, agent);
  agent.operation = {
    opType,
    opCause: options.opCause ?? -1,
    opObject: options.opObject ?? '-1',
    beginMs: engine.now(),
    callId: options.callId ?? '',
    skillId: options.skillId ?? null,
  };
}

export function endOperation(engine: EngineCore, agent: AgentRuntime): void {
  const open = agent.operation;
  if (!open) return;
  agent.operation = null;
  engine.output.agentOperation(engine.vdnId, agent, open, engine.now());
}

/** Records an instantaneous operation (sign-in, sign-out) without disturbing the open interval. */
export function instantOperation(engine: EngineCore, agent: AgentRuntime, op: Omit<OpenOperation, 'beginMs'>): void {
  const now = engine.now();
  engine.output.agentOperation(engine.vdnId, agent, { ...op, beginMs: now }, now);
}

/** The operation that describes an agent's work state when it has no call. */
export function workOperation(engine: EngineCore, agent: AgentRuntime): void {
  switch (agent.work) {
    case 'idle':
      return beginOperation(engine, agent, OpType.idle);
    case 'busy':
      return beginOperation(engine, agent, OpType.busy, { opCause: agent.busyOpCause ?? (agent.busyReason || 1) });
    case 'rest':
      return beginOperation(engine, agent, OpType.rest, { opCause: agent.restCause, opObject: String(agent.workNo) });
    case 'work':
      return beginOperation(engine, agent, OpType.work, { opCause: 0 });
  }
}
