/** The state an agent was in before the current one, and how long it lasted (12.3.1.3.2 prevState/prevStateTime). */
export interface PreviousState {
  state: number;
  durationMs: number;
}

export interface AgentStateRecord {
  state: number;
  sinceMs: number;
  previous: PreviousState | null;
  /** The cause of the last sign-out (Table 12-702 op 0, e.g. 258 proactive logout), once signed out. */
  logoutCause: number | null;
}

/**
 * Each agent's CTI status (§12.3.8.3) as it changes, observed after every agent event, so that
 * the agent views can report the previous state and its duration (12.3.1.3.2), and how long an
 * agent has been signed out. O(1) per observation; one record per agent seen since the start.
 */
export class AgentStateHistory {
  private readonly agents = new Map<string, AgentStateRecord>();

  observe(vdnId: number, workNo: number, state: number, nowMs: number): void {
    const key = agentKey(vdnId, workNo);
    const record = this.agents.get(key);
    if (!record) {
      this.agents.set(key, { state, sinceMs: nowMs, previous: null, logoutCause: null });
      return;
    }
    if (record.state === state) return;
    record.previous = { state: record.state, durationMs: nowMs - record.sinceMs };
    record.state = state;
    record.sinceMs = nowMs;
  }

  signedOut(vdnId: number, workNo: number, cause: number, nowMs: number): void {
    this.observe(vdnId, workNo, 0, nowMs);
    this.agents.get(agentKey(vdnId, workNo))!.logoutCause = cause;
  }

  read(vdnId: number, workNo: number): AgentStateRecord | undefined {
    return this.agents.get(agentKey(vdnId, workNo));
  }
}

const agentKey = (vdnId: number, workNo: number) => `${vdnId}:${workNo}`;
