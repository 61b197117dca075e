import type { EngineCore, AgentLeg, Call, MonitorSession } from '../core/index.ts';

/**
 * Where a monitor party of §12.1 is. A session binds to the agent, not to one call (note 07
 * §5.A.2, decision 1201): the inspector's leg is bridged into the call the agent talks on, or keeps
 * on hold, and follows it into each new call while the session lasts. Deriving this from the
 * agent's legs keeps the party lists right through answers, transfers and releases without any
 * bookkeeping in the call code.
 */
export function monitoredLeg(engine: EngineCore, session: MonitorSession): AgentLeg | undefined {
  const target = engine.agents.get(session.targetWorkNo);
  if (!target || session.phase !== 'connected') return undefined;
  let held: AgentLeg | undefined;
  for (const leg of target.legs.values()) {
    if (leg.state === 'talking') return leg;
    if (leg.state === 'held') held ??= leg;
  }
  return held;
}

/** The monitor parties on a call: sessions whose agent is on it, in the inspectors' work-number order. */
export function monitorsOn(engine: EngineCore, call: Call): MonitorSession[] {
  const out: MonitorSession[] = [];
  for (const workNo of call.agents) {
    const inspector = engine.agents.get(engine.agents.get(workNo)?.monitoredBy ?? -1);
    const session = inspector?.monitor;
    if (session && monitoredLeg(engine, session)?.callId === call.callId) out.push(session);
  }
  return out.sort((a, b) => a.inspectorWorkNo - b.inspectorWorkNo);
}
