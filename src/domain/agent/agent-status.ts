/**
 * The three codings of an agent's state in the reference (note 02 §4.2), derived from one model:
 * the agent's work state (idle, busy = "not ready", rest, work = wrap-up) plus what it is doing
 * with calls. Keeping one model and deriving the codes keeps the interfaces consistent.
 */
export type WorkState = 'idle' | 'busy' | 'rest' | 'work';

/** What the agent's call legs look like right now, most engaged first. */
export type CallActivity = 'none' | 'occupied' | 'alerting' | 'talking' | 'held';

export interface AgentStatusView {
  signedIn: boolean;
  work: WorkState;
  activity: CallActivity;
  preRest: boolean;
  preBusy: boolean;
  muted: boolean;
  /** In a three-party conversation (sync state 10). */
  conference: boolean;
  /** Consulting a helper (sync state 13). */
  helping: boolean;
  /** An inspector on its monitoring leg (§12.1): sync states 16 listening, 15 inserting, 17 whispering. */
  inspecting?: InspectionMode | null;
}

export type InspectionMode = 'listen' | 'insert' | 'whisper';

const inspectingState: Record<InspectionMode, number> = { insert: 15, listen: 16, whisper: 17 };

/** CC-Gateway agent status, Table 6-452 (ref L21682): agentstatus, sign-in `status`, Agent_Recover. */
export function gatewayStatus(view: AgentStatusView): number {
  if (!view.signedIn) return 2;
  if (view.activity !== 'none') return view.preRest ? 9 : 7;
  return { idle: 4, busy: 3, rest: 8, work: 5 }[view.work];
}

/** CTI platform status, Table 6-453 (ref L21697): the monitoring interfaces' "CTI status". */
export function ctiStatus(view: AgentStatusView): number {
  if (!view.signedIn) return 0;
  switch (view.activity) {
    case 'occupied':
      return 3;
    case 'alerting':
      return 4;
    case 'talking':
    case 'held':
      return 5;
    case 'none':
      return { idle: 1, busy: 7, rest: 8, work: 6 }[view.work];
  }
}

/** syncagentinfo `state`, Table 6-454 (ref L21715): the detailed state a refreshed page redraws from. */
export function syncState(view: AgentStatusView): number {
  if (!view.signedIn) return 255;
  switch (view.activity) {
    case 'occupied':
      return 7;
    case 'alerting':
      return 8;
    case 'held':
      return 11;
    case 'talking':
      if (view.inspecting) return inspectingState[view.inspecting];
      if (view.conference) return 10;
      if (view.helping) return 13;
      if (view.muted) return 12;
      return 9;
    case 'none':
      return { idle: 1, work: 2, rest: 3, busy: 4 }[view.work];
  }
}
