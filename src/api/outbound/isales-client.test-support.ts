import type { DialerAttemptFinished, DialerCampaignSpec, DialTarget } from '../../domain/outbound/dialing/index.ts';
import type { CampaignDialer } from '../../services/outbound/campaigns/dialer-port.ts';
import { signedHeaders, type AkSk } from '../../../test/support/cms-client.ts';
import type { TestApp, TestResponse } from '../../../test/support/test-app.ts';

/** A C2-signed CC-iSales request of the demo tenant (or `key`); GET and bodiless requests sign an empty body. */
export function isales(app: TestApp, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, key?: AkSk): Promise<TestResponse> {
  const raw = body === undefined ? '' : JSON.stringify(body);
  return app.request({ method, url, rawBody: raw, headers: signedHeaders(app, method, url, raw, key) });
}

export const v1 = '/rest/isales/v1/openapi/campaigns/1';
export const v2 = '/rest/isales/v2/openapi/campaigns/1';

/** A schedule open all day on workdays, so tests at any virtual time may dial. */
export const allDay = { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' };

/** The 7.1.1 example request (ref L22061–22110), dated from the test clock's day. */
export function v1Campaign(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Data Package Recommendation for National Day',
    description: 'Data Package Recommendation for National Day',
    strBeginTime: '2026-01-05 00:00:00',
    strEndTime: '2026-02-07 23:59:59',
    deviceType: 2,
    callerNo: '10085',
    maxAlertingTime: 20,
    scheduleParam: {
      workdayBeginTime1: '08:00', workdayEndTime1: '11:30', workdayBeginTime2: '13:00', workdayEndTime2: '17:30', workdayBeginTime3: '', workdayEndTime3: '',
      holidayBeginTime1: '10:00', holidayEndTime1: '11:00', holidayBeginTime2: '13:00', holidayEndTime2: '17:30', holidayBeginTime3: '', holidayEndTime3: '',
    },
    skillParam: { skillId: 1, skillName: 'Voice Skill Queue', outBoundType: 2, predictParam: { predictMethod: 5, offhookPredictParam: { offHookRate: 100 } } },
    initStatus: 0,
    callBackUrl: 'https://10.10.10.10/campaign/results',
    ...overrides,
  };
}

/** The 7.1.2 example request (ref L22455–22535, its broken JSON mended). */
export function v2Campaign(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'test0827shwocase1',
    description: 'long0825',
    strBeginTime: '2026-01-05 00:00:00',
    strEndTime: '2026-01-28 23:59:59',
    deviceType: 2,
    callerNo: [{ accessCode: '88889527', priority: 3 }, { accessCode: '88880066', priority: 4 }],
    maxAlertingTime: 20,
    priority: 4,
    scheduleParam: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59', workdayBeginTime2: '', workdayEndTime2: '', holidayBeginTime1: '10:00', holidayEndTime1: '11:00', holidayBeginTime2: '13:00', holidayEndTime2: '17:30' },
    skillParam: { skillId: 1, skillName: 'defaultAudioSkill', outBoundType: 2, predictParam: { predictMethod: 1, expPredictParam: { maxAvgCallTime: 100, minAvgCallTime: 50, outBoundRate: 50 } } },
    retryPolicy: { policyType: 1, policyJson: "[{'dataType':'SI','type':1,'policy':{'result':4,'retryNumber':3,'callInterval':600}}]" },
    callPolicy: { callType: 1, chooseType: 0, turns: [{ turnType: 'SI' }] },
    initStatus: 0,
    callBackUrl: 'https://10.10.10.10/campaign/results',
    ...overrides,
  };
}

/** Creates a campaign and returns its id (the test fails loudly otherwise). */
export async function createCampaign(app: TestApp, body: Record<string, unknown>, version: 'v1' | 'v2' = 'v1'): Promise<number> {
  const res = await isales(app, 'POST', version === 'v1' ? v1 : v2, body);
  if (res.body?.resultCode !== '0200000') throw new Error(`campaign not created: ${res.text}`);
  return res.body.returnObject.id as number;
}

/** Records the dialer commands the campaign service gives, and accepts every target. */
export class FakeDialer implements CampaignDialer {
  readonly commands: string[] = [];
  readonly specs = new Map<number, DialerCampaignSpec>();
  readonly fed: DialTarget[] = [];

  async start(_vdnId: number, spec: DialerCampaignSpec) {
    this.commands.push(`start ${spec.campaignId}`);
    this.specs.set(spec.campaignId, spec);
    return { ok: true as const };
  }
  async update(_vdnId: number, spec: DialerCampaignSpec) {
    this.specs.set(spec.campaignId, spec);
    return { ok: true as const };
  }
  async pause(_vdnId: number, campaignId: number) {
    this.commands.push(`pause ${campaignId}`);
    return { ok: true as const };
  }
  async resume(_vdnId: number, campaignId: number) {
    this.commands.push(`resume ${campaignId}`);
    return { ok: true as const };
  }
  async stop(_vdnId: number, campaignId: number) {
    this.commands.push(`stop ${campaignId}`);
    return { ok: true as const };
  }
  async feed(_vdnId: number, _campaignId: number, targets: readonly DialTarget[]) {
    this.fed.push(...targets);
    return targets.length;
  }
}

/** A finished attempt record as the engine reports it, for a target the fake dialer received. */
export function finished(campaignId: number, target: DialTarget, atMs: number, outcome: Partial<DialerAttemptFinished> = {}): DialerAttemptFinished {
  return {
    phase: 'finished', campaignId, dataId: target.dataId, attemptNo: target.attemptNo, numberIndex: 0, called: target.numbers[0]!.calledNo, caller: '10085',
    callId: `${Math.floor(atMs / 1000)}-${target.attemptNo}${target.dataId.slice(-4)}`, callStatus: 6, failCode: '00000', resultType: 0,
    ringMs: atMs, answerMs: atMs + 3000, releaseMs: atMs + 30_000, workNo: 101, recordPath: null, ivrOutcome: null,
    next: { kind: 'final', outcome: 'succeeded' }, history: { numberIndex: 0, round: 0, numbers: [] },
    ...outcome,
  };
}
