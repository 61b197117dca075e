/**
 * How the CC-CMS interfaces code and count agent states (decision 0810). The source of truth is
 * the CTI platform status of §12.3.8.3: 0 not signed in, 1 idle, 2 preoccupied, 3 occupied,
 * 4 answering (ringing), 5 talking, 6 working (wrap-up), 7 busy, 8 rest, 9 study, 10 adjusting.
 */

/**
 * The CMS agent status of Tables 12-443 and 12-482 (12.3.1.2.10 `status`, 12.3.1.3.7 `status`):
 * 2 signed out (Table 12-482; the example pairs CTI 0 with status 2, ref L58091), 3 busy, 4 idle,
 * 5 wrap-up, 7 talking for CTI 2–5, 8 rest, 0 unknown for study (9) and, unmapped by the tables,
 * adjusting (10) (note 08 A-14).
 */
export function cmsAgentStatus(ctiState: number): number {
  switch (ctiState) {
    case 0:
      return 2;
    case 1:
      return 4;
    case 2:
    case 3:
    case 4:
    case 5:
      return 7;
    case 6:
      return 5;
    case 7:
      return 3;
    case 8:
      return 8;
    default:
      return 0;
  }
}

/** The agent-count object of 12.3.1.2.9 and 12.3.1.3.6, in the 12.3.1.2.9 example's key order. */
export interface AgentStateCounts {
  workSubStateBegin: number;
  lateAdjust: number;
  usable: number;
  rest: number;
  studying: number;
  setBusy: number;
  occupy: number;
  idle: number;
  preoccupy: number;
  answering: number;
  talking: number;
  loginEd: number;
  callOut: number;
}

/** One agent as the counts see it: its CTI status, whether it could take a call now, whether it is on an outbound call. */
export interface CountedAgent {
  ctiState: number;
  usable: boolean;
  callingOut: boolean;
}

const byState: Readonly<Record<number, keyof AgentStateCounts>> = {
  1: 'idle',
  2: 'preoccupy',
  3: 'occupy',
  4: 'answering',
  5: 'talking',
  6: 'workSubStateBegin',
  7: 'setBusy',
  8: 'rest',
  9: 'studying',
  10: 'lateAdjust',
};

/**
 * Counts agents by state (note 08 §5.2): each signed-in agent once in `loginEd` and once in the
 * field of its status; `usable` and `callOut` besides. Agents not signed in count nowhere.
 */
export function countAgentStates(agents: Iterable<CountedAgent>): AgentStateCounts {
  const counts: AgentStateCounts = { workSubStateBegin: 0, lateAdjust: 0, usable: 0, rest: 0, studying: 0, setBusy: 0, occupy: 0, idle: 0, preoccupy: 0, answering: 0, talking: 0, loginEd: 0, callOut: 0 };
  for (const agent of agents) {
    if (agent.ctiState === 0) continue;
    counts.loginEd += 1;
    const field = byState[agent.ctiState];
    if (field) counts[field] += 1;
    if (agent.usable) counts.usable += 1;
    if (agent.callingOut) counts.callOut += 1;
  }
  return counts;
}
