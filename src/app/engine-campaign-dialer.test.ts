// Goal: the campaign service's dialer port over the tenant engines: each command reaches the VDN's
// engine and answers the engine's verdict; feeds report what the buffer took; the engine asks the
// VDN's blacklist at dial time through the adapter's copy.
// Method: a test server's own engine registry and store, an adapter built over them, the dialer's
// facts read through the CTI fact tap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DialerCampaignSpec, DialTarget } from '../domain/outbound/dialing/index.ts';
import { createTestApp, testEpochMs, type TestApp } from '../../test/support/test-app.ts';
import { advance, GatewayAgent } from '../../test/support/gateway-client.ts';
import { isales, v1 } from '../api/outbound/isales-client.test-support.ts';
import { EngineCampaignDialer } from './engine-campaign-dialer.ts';

let app: TestApp;
let dialer: EngineCampaignDialer;
const facts: Array<Record<string, unknown>> = [];

const day = 86_400_000;
const spec = (over: Partial<DialerCampaignSpec> = {}): DialerCampaignSpec => ({
  campaignId: 901,
  deviceType: 6,
  priority: 1,
  skillId: 1,
  callerNos: [{ accessCode: '4001', priority: 1 }],
  maxAlertingTime: 20,
  schedule: { beginMs: testEpochMs - day, endMs: testEpochMs + day, scheduleParam: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' }, holidays: [], timeZone: 'UTC' },
  retryPolicy: { policyType: 0, retryDay: 1, retryTimes: 1 },
  callPolicy: { callType: 0 },
  maxConcurrentCalls: 10,
  ...over,
});
const target = (n: number, calledNo: string): DialTarget => ({ dataId: String(n).padStart(20, '0'), attemptNo: 1, numbers: [{ calledNo }], callData: '' });

beforeAll(async () => {
  app = await createTestApp();
  dialer = new EngineCampaignDialer({ registry: app.services.cti.registry, repos: app.services.repos, clock: app.clock });
  app.services.cti.factTaps.add((kind, data) => {
    if (kind === 'dialerAttempt') facts.push(data);
  });
});
afterAll(async () => {
  await app.close();
});

describe('EngineCampaignDialer', () => {
  it("answers the engine's verdict for each command", async () => {
    expect(await dialer.start(1, spec({ campaignId: 900, skillId: 99 }))).toEqual({ ok: false, reason: expect.stringMatching(/^NotFound: /) });
    expect(await dialer.start(1, spec())).toEqual({ ok: true });
    expect(await dialer.start(1, spec())).toEqual({ ok: false, reason: expect.stringMatching(/^StateIncorrect: /) });
    expect(await dialer.update(1, spec({ priority: 2 }))).toEqual({ ok: true });
    expect(await dialer.pause(1, 901)).toEqual({ ok: true });
    expect(await dialer.pause(1, 901)).toMatchObject({ ok: false });
    expect(await dialer.resume(1, 901)).toEqual({ ok: true });
    expect(await dialer.stop(1, 901)).toEqual({ ok: true });
    expect(await dialer.stop(1, 901)).toEqual({ ok: false, reason: expect.stringMatching(/^NotFound: /) });
    expect(await dialer.feed(1, 901, [target(1, '13900005555')])).toBe(0);
  });

  it('feeds the buffer once per record, and the engine skips a number the VDN blacklisted', async () => {
    expect((await isales(app, 'POST', `${v1}/blocklist/add`, { blocklist: ['13900000666'] })).body.resultCode).toBe('0200000');
    expect(await dialer.start(1, spec({ campaignId: 902 }))).toEqual({ ok: true });
    expect(await dialer.feed(1, 902, [target(2, '13900000666'), target(2, '13900000666'), target(3, '13900005555')])).toBe(2);
    await GatewayAgent.signIn(app, 101, { status: 4 });
    await advance(app, 3_000);
    expect(facts.find((f) => f.dataId === target(2, '').dataId)).toMatchObject({ phase: 'finished', failCode: '34605', callId: '' });
    expect(facts.filter((f) => f.phase === 'started').map((f) => f.dataId)).toEqual([target(3, '').dataId]);
  });
});
