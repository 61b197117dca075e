import { reject, type IsalesRejection } from './isales-rejection.ts';

/**
 * The campaign state machine (note 04 §5.1, decision 0701). The reference documents 2 started,
 * 3 suspended and 4 completed (ref L23361) and its examples show 1 (ref L23759): OpenCEC uses 1 for
 * a campaign created to start whose begin time has not come yet. Who moves a campaign: the
 * interfaces (pause, resume, delete, modify) and the clock (begin time reached, end time passed).
 */
export const campaignStatus = { waiting: 1, started: 2, suspended: 3, completed: 4 } as const;
export type CampaignStatus = (typeof campaignStatus)[keyof typeof campaignStatus];

export type CampaignCommand = 'pause' | 'resume' | 'beginReached' | 'endReached' | 'modify' | 'delete' | 'addData' | 'deleteData';

type Outcome = { to: CampaignStatus } | { refused: IsalesRejection['rejected']; message: string };

const refusedPause = { refused: 'stateForbids', message: 'The outbound campaign cannot be suspended in the current status.' } as const;
const refusedResume = { refused: 'stateForbids', message: 'The outbound campaign cannot be resumed in the current state.' } as const;
const expired = { refused: 'campaignExpired', message: 'The outbound campaign has expired.' } as const;
const running = { refused: 'campaignRunning', message: 'The outbound campaign is running.' } as const;
const noAdd = { refused: 'numberStateForbidsAdd', message: 'Outbound numbers cannot be added to the campaign in its current state.' } as const;
const noDelete = { refused: 'numberStateForbidsDelete', message: 'Outbound numbers of a running campaign cannot be deleted.' } as const;

/**
 * state × command → next state or refusal. `resume` returns to 2 inside the campaign's time and to
 * 1 before its begin time (`resumeBeforeBegin`); unchanged states are written as `{to: same}`.
 */
const table: Record<CampaignStatus, Record<CampaignCommand, Outcome>> = {
  1: { pause: { to: 3 }, resume: refusedResume, beginReached: { to: 2 }, endReached: { to: 4 }, modify: { to: 1 }, delete: { to: 1 }, addData: { to: 1 }, deleteData: { to: 1 } },
  // CEC §7.4.1 (ref L26238): "Outbound numbers cannot be added to ongoing tasks"; §7.4.3 (ref L26572) likewise for deleting.
  2: { pause: { to: 3 }, resume: refusedResume, beginReached: { to: 2 }, endReached: { to: 4 }, modify: { to: 2 }, delete: running, addData: noAdd, deleteData: noDelete },
  3: { pause: refusedPause, resume: { to: 2 }, beginReached: { to: 3 }, endReached: { to: 4 }, modify: { to: 3 }, delete: { to: 3 }, addData: { to: 3 }, deleteData: { to: 3 } },
  4: { pause: refusedPause, resume: refusedResume, beginReached: { to: 4 }, endReached: { to: 4 }, modify: expired, delete: { to: 4 }, addData: noAdd, deleteData: { to: 4 } },
};

export function campaignTransition(from: CampaignStatus, command: CampaignCommand, options: { beforeBegin?: boolean } = {}): CampaignStatus | IsalesRejection {
  const outcome = table[from][command];
  if ('refused' in outcome) return reject(outcome.refused, outcome.message);
  if (command === 'resume' && options.beforeBegin) return campaignStatus.waiting;
  return outcome.to;
}

/** The status a new campaign takes (7.1.1 initStatus: 0 started, 1 suspended). */
export function initialStatus(initStatus: number, beforeBegin: boolean): CampaignStatus {
  if (initStatus === 1) return campaignStatus.suspended;
  return beforeBegin ? campaignStatus.waiting : campaignStatus.started;
}

/** Campaigns that still count against the active-campaign limit (note 04 §5.2 step 7). */
export function isActiveStatus(status: number): boolean {
  return status !== campaignStatus.completed;
}

export const campaignTransitionTable = table;
