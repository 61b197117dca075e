import type { Rng } from '../domain/time/index.ts';
import type { DialOutcome, Switch } from '../telephony/switch.port.ts';
import { dialRules } from '../telephony/sim/index.ts';
import { sampleMs } from './distribution.ts';
import { listPrefix, type OutboundCampaign } from './outbound-scenario.ts';

/** A number that never answers rings this long, past any campaign's maxAlertingTime (120 s at most). */
const neverAnswersMs = 130_000;
const failureOf = (kind: 'busy' | 'invalid' | 'noAnswer') => {
  const rule = dialRules.find((r) => r.kind === kind)!;
  return { detect: rule.detect, desc: rule.desc, leaveReason: rule.leaveReason, releaseCause: rule.releaseCause };
};

/**
 * The called parties of the scenario's campaigns: a dialled list number answers, is busy, never
 * answers or does not exist with the campaign's probabilities, each dial drawn from the seeded
 * stream; once connected it talks for the campaign's handle time. Numbers of campaigns with
 * `numberEndings`, and every other number, behave as the base network says.
 */
export class OutboundNetwork {
  private readonly byPrefix = new Map<string, OutboundCampaign>();

  constructor(
    campaigns: readonly OutboundCampaign[],
    private readonly rng: Rng,
  ) {
    for (const c of campaigns) this.byPrefix.set(listPrefix(c.campaignId), c);
  }

  private campaignOf(number: string): OutboundCampaign | undefined {
    return number.length === 11 ? this.byPrefix.get(number.slice(0, 4)) : undefined;
  }

  /** The outcome of dialling a list number, or null for numbers the base network decides. */
  dial(number: string): DialOutcome | null {
    const c = this.campaignOf(number);
    if (!c || c.numberEndings) return null;
    const u = this.rng.next();
    const answer = c.answerRate ?? 0.35;
    const busy = c.busyRate ?? 0.15;
    const noAnswer = c.noAnswerRate ?? 0.4;
    if (u < answer) {
      const ms = Math.max(500, sampleMs(c.answerAfter ?? { dist: 'lognormal', meanSeconds: 8, sdSeconds: 4 }, this.rng));
      return { kind: 'answer', alertAfterMs: Math.min(1_000, ms), answerAfterMs: ms };
    }
    if (u < answer + busy) return { kind: 'fail', afterMs: 1_000, alerted: false, failure: failureOf('busy') };
    if (u < answer + busy + noAnswer) return { kind: 'fail', afterMs: neverAnswersMs, alerted: true, failure: failureOf('noAnswer') };
    return { kind: 'fail', afterMs: 1_000, alerted: false, failure: failureOf('invalid') };
  }

  talkMs(number: string): number | null {
    const c = this.campaignOf(number);
    return c ? Math.max(1_000, sampleMs(c.handleTime, this.rng)) : null;
  }
}

/** A network whose list numbers behave as the campaigns say, and the rest as `base`. */
export function withOutbound(base: Switch, network: OutboundNetwork): Switch {
  return {
    agentPhoneAnswerDelayMs: (w, p) => base.agentPhoneAnswerDelayMs(w, p),
    dial: (number) => network.dial(number) ?? base.dial(number),
    recording: (r) => base.recording(r),
    promptDurationMs: (t) => base.promptDurationMs(t),
    calledPartyTalkMs: (number) => network.talkMs(number) ?? base.calledPartyTalkMs?.(number) ?? null,
    ...(base.bindAgentNumber ? { bindAgentNumber: (w: number, p: string) => base.bindAgentNumber!(w, p), unbindAgentNumber: (w: number) => base.unbindAgentNumber?.(w) } : {}),
  };
}
