/**
 * The VDN real-time indicators of Table 12-693 (§12.3.8.1.3, ref L64541–L64562), served by
 * 12.3.1.1.17 `rindex/vdn`. The table gives names only; each is a snapshot of the VDN at query
 * time (note 08 §4.18.8): call counts by where the calls are, agent counts by CTI status
 * (§12.3.8.3). `status` lists the CTI statuses an agent count covers.
 */
export interface VdnIndicator {
  readonly name: string;
  readonly measure: 'connectedCalls' | 'calls' | 'ivrCalls' | 'queuedCalls' | 'agentsSignedIn' | 'agentsInStatus' | 'agentsNotSignedIn';
  readonly status?: number;
}

export const vdnRealtimeIndicators: Readonly<Record<string, VdnIndicator>> = {
  IDX_COUNT_REAL_VDN_CONNECT: { name: 'Number of VDN connected calls', measure: 'connectedCalls' },
  IDX_COUNT_REAL_VDN_CALL: { name: 'Number of VDN calls', measure: 'calls' },
  IDX_COUNT_REAL_IVR_HANDLE: { name: 'Number of calls processed by IVR', measure: 'ivrCalls' },
  IDX_COUNT_REAL_SKILL_QUEUE: { name: 'Number of queuing calls', measure: 'queuedCalls' },
  IDX_COUNT_REAL_AGENT_SIGN_IN: { name: 'Number of sign-in agents', measure: 'agentsSignedIn' },
  IDX_COUNT_REAL_AGENT_SET_IDLE: { name: 'Number of agents in idle state', measure: 'agentsInStatus', status: 1 },
  IDX_COUNT_REAL_AGENT_SET_BUSY: { name: 'Number of agents in busy state', measure: 'agentsInStatus', status: 7 },
  IDX_COUNT_REAL_AGENT_CONNECT: { name: 'Number of agents in talking state', measure: 'agentsInStatus', status: 5 },
  IDX_COUNT_REAL_AGENT_STUDY: { name: 'Number of agents in learning state', measure: 'agentsInStatus', status: 9 },
  IDX_COUNT_REAL_AGENT_ACW: { name: 'Number of agents in wrap-up state', measure: 'agentsInStatus', status: 6 },
  IDX_COUNT_REAL_AGENT_ANSWER: { name: 'Number of agents in answering state', measure: 'agentsInStatus', status: 4 },
  IDX_COUNT_REAL_AGENT_PREOCCUPY: { name: 'Number of preoccupied agents', measure: 'agentsInStatus', status: 2 },
  IDX_COUNT_REAL_AGENT_OCCUPY: { name: 'Number of occupied agents', measure: 'agentsInStatus', status: 3 },
  IDX_COUNT_REAL_AGENT_NOT_SIGN_IN: { name: 'Number of agents who have not signed in', measure: 'agentsNotSignedIn' },
  IDX_COUNT_REAL_AGENT_REST: { name: 'Number of agents in rest state', measure: 'agentsInStatus', status: 8 },
};

export const vdnRealtimeIndicatorIds: readonly string[] = Object.keys(vdnRealtimeIndicators);
