import { failCodes, type DialerAttemptFinished } from '../domain/outbound/dialing/index.ts';
import type { MemoryDialerService } from './dialer-memory.ts';
import type { OutboundCampaign } from './outbound-scenario.ts';

/** What the report says of one campaign (docs/simulator.md "Outbound campaigns"). */
export interface CampaignReport {
  campaignId: number;
  mode: OutboundCampaign['mode'];
  listSize: number;
  attempts: number;
  /** Answered by the called party, and connected to an agent. */
  answered: number;
  connects: number;
  /** Answered calls no agent took (Table 7-295 00701/00702) / answered calls. */
  abandoned: number;
  abandonRate: number;
  /** Talk + wrap-up of the campaign's calls / (agents of the skill × dialling time). */
  occupancy: number;
  /** Mean time an agent waited between the end of a call (wrap-up included) and the next one, s. */
  idleSecondsBetweenCalls: number;
  /** Records dialled at least once, and records done (succeeded or out of attempts), / list size. */
  penetration: number;
  completed: number;
}

export interface ReportInput {
  campaign: OutboundCampaign;
  service: MemoryDialerService;
  agents: number;
  measuredMs: number;
  /** Wrap-up time after each call, by call id. */
  wrapMs: ReadonlyMap<string, number>;
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

/** What the report needs of a finished attempt (the engine's record, or a stored result row). */
export type AttemptOutcome = Pick<DialerAttemptFinished, 'answerMs' | 'releaseMs' | 'failCode' | 'callStatus' | 'workNo' | 'callId'>;

export interface CampaignTally {
  campaign: Pick<OutboundCampaign, 'campaignId' | 'mode'>;
  finished: Iterable<AttemptOutcome>;
  listSize: number;
  /** Attempts started, records with an attempt, records closed. */
  started: number;
  attempted: number;
  closed: number;
  agents: number;
  measuredMs: number;
  wrapMs: ReadonlyMap<string, number>;
}

/** The report of one campaign from its finished attempts and record counts. */
export function tallyCampaign(input: CampaignTally): CampaignReport {
  const { agents, measuredMs, wrapMs } = input;
  let answered = 0;
  let connects = 0;
  let abandoned = 0;
  let busyMs = 0;
  for (const r of input.finished) {
    if (r.answerMs !== null) answered++;
    if (r.failCode === failCodes.queueTimeout || r.failCode === failCodes.queuedThenHungUp) abandoned++;
    if (r.callStatus === 6 && r.workNo !== null && r.answerMs !== null) {
      connects++;
      busyMs += r.releaseMs - r.answerMs + (wrapMs.get(r.callId) ?? 0);
    }
  }
  const staffedMs = agents * measuredMs;
  return {
    campaignId: input.campaign.campaignId,
    mode: input.campaign.mode,
    listSize: input.listSize,
    attempts: input.started,
    answered,
    connects,
    abandoned,
    abandonRate: ratio(abandoned, answered),
    occupancy: ratio(busyMs, staffedMs),
    idleSecondsBetweenCalls: ratio(Math.max(0, staffedMs - busyMs) / 1000, connects),
    penetration: ratio(input.attempted, input.listSize),
    completed: ratio(input.closed, input.listSize),
  };
}

export function campaignReport(input: ReportInput): CampaignReport {
  const m = input.service.campaigns.get(input.campaign.campaignId);
  return tallyCampaign({ ...input, finished: m?.finished ?? [], listSize: m?.listSize ?? 0, started: m?.started ?? 0, attempted: m?.attempted.size ?? 0, closed: m?.closed.size ?? 0 });
}
