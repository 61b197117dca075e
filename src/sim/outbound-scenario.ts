import { Type, type Static } from '@sinclair/typebox';
import { parseCallPolicy, parseRetryPolicy, type DialTarget, type DialerCampaignSpec, type DialerDeviceType, type ScheduleParam } from '../domain/outbound/dialing/index.ts';
import { DurationSpec } from './distribution.ts';

/**
 * An outbound campaign of a scenario (docs/simulator.md "Outbound campaigns"): its mode, the skill
 * whose agents take its calls, a generated list of `numbers` records whose called parties behave
 * by the given probabilities (or by the number endings of docs/extensions.md), their talk time,
 * and the campaign's parameters in the reference's shapes where it has them.
 */
export const OutboundCampaignSchema = Type.Object({
  campaignId: Type.Integer({ minimum: 1, maximum: 999 }),
  name: Type.Optional(Type.String({ maxLength: 32 })),
  mode: Type.Union([Type.Literal('predictive'), Type.Literal('progressive'), Type.Literal('preview')]),
  skillId: Type.Integer({ minimum: 1 }),
  /** Records in the list (one number each). */
  numbers: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
  /** What a called party does; the rest of the probability are numbers that do not exist. */
  answerRate: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  busyRate: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  noAnswerRate: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  /** Instead of the rates: numbers get random endings and behave as docs/extensions.md says. */
  numberEndings: Type.Optional(Type.Boolean()),
  /** Time from dialling to the answer (answering numbers). */
  answerAfter: Type.Optional(DurationSpec),
  handleTime: DurationSpec,
  maxAlertingTime: Type.Optional(Type.Integer({ minimum: 5, maximum: 120 })),
  abandonRateCeiling: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  maxConcurrentCalls: Type.Optional(Type.Integer({ minimum: 1 })),
  /** Table 7-4 working windows (default: all day), in `timeZone` (default UTC). */
  scheduleParam: Type.Optional(Type.Record(Type.String(), Type.Union([Type.String(), Type.Null()]))),
  timeZone: Type.Optional(Type.String()),
  /** Table 7-29 retryPolicy and 7-34 callPolicy, as the reference writes them. */
  retryPolicy: Type.Optional(Type.Unknown()),
  callPolicy: Type.Optional(Type.Unknown()),
  /** Table 7-7 previewParam (preview mode). */
  previewParam: Type.Optional(Type.Object({ failInterval: Type.Integer({ minimum: 3, maximum: 60 }), obCallCount: Type.Integer({ minimum: 1, maximum: 100 }), autoCallTime: Type.Integer({ minimum: 5 }) })),
  /** Table 7-8 predictParam (predictive mode). */
  predictParam: Type.Optional(Type.Unknown()),
});
export type OutboundCampaign = Static<typeof OutboundCampaignSchema>;

const deviceTypeOf: Record<OutboundCampaign['mode'], DialerDeviceType> = { predictive: 2, progressive: 6, preview: 5 };

/** Numbers of campaign c's list: `7` + the campaign id (3 digits) + the record (7 digits); the endings follow. */
export function listNumber(campaignId: number, index: number, ending?: string): string {
  const base = `7${String(campaignId).padStart(3, '0')}${String(index).padStart(7, '0')}`;
  return ending === undefined ? base : base.slice(0, -4) + ending;
}

export const listPrefix = (campaignId: number): string => `7${String(campaignId).padStart(3, '0')}`;

/** The dialer spec of a scenario campaign that runs from `startMs` for `durationMs`. */
export function campaignSpec(c: OutboundCampaign, startMs: number, durationMs: number): DialerCampaignSpec {
  const allDay: ScheduleParam = { workdayBeginTime1: '00:00', workdayEndTime1: '24:00', holidayBeginTime1: '00:00', holidayEndTime1: '24:00' };
  return {
    campaignId: c.campaignId,
    deviceType: deviceTypeOf[c.mode],
    priority: 3,
    skillId: c.skillId,
    callerNos: [{ accessCode: '4001', priority: 1 }],
    maxAlertingTime: c.maxAlertingTime ?? 25,
    schedule: { beginMs: startMs, endMs: startMs + durationMs, scheduleParam: (c.scheduleParam as ScheduleParam | undefined) ?? allDay, holidays: [], timeZone: c.timeZone ?? 'UTC' },
    retryPolicy: parseRetryPolicy(c.retryPolicy ?? { policyType: 0, resultRetry: [{ result: 1, retryNumber: 1, callInterval: 300 }, { result: 2, retryNumber: 1, callInterval: 900 }] }),
    callPolicy: parseCallPolicy(c.callPolicy),
    previewParam: c.mode === 'preview' ? (c.previewParam ?? { failInterval: 3, obCallCount: 10, autoCallTime: 5 }) : null,
    predictParam: (c.predictParam as DialerCampaignSpec['predictParam']) ?? null,
    maxConcurrentCalls: c.maxConcurrentCalls ?? 1000,
    abandonRateCeiling: c.abandonRateCeiling ?? 0.03,
  };
}

/** The list of a campaign: one record per number, data ids of 20 digits. */
export function campaignList(c: OutboundCampaign, endings: (index: number) => string | undefined): DialTarget[] {
  const targets: DialTarget[] = [];
  for (let i = 0; i < c.numbers; i++) {
    targets.push({ dataId: String(c.campaignId * 10_000_000 + i).padStart(20, '0'), attemptNo: 1, numbers: [{ calledNo: listNumber(c.campaignId, i, endings(i)) }], callData: `{"record":${i}}` });
  }
  return targets;
}
