// Goal: the system indicators of §12.3.6 report real state: the server clock, licence usage
// counted from the live engines, and 5-minute CTI samples computed from the CDRs and the agent
// journal, to the key kinds the reference allows. Method: agents 101 and 102 sign in, a call from
// the simulated network is answered, virtual time passes; C2-signed queries read it back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEpochMs, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest, globalKey, type AkSk } from '../../../../test/support/cms-client.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
const post = async (path: string, body: unknown, key?: AkSk) => (await cmsRequest(app, `/rest/cmsapp/v1/openapi/${path}`, body, key ? { key } : {})).body;
const window = { beginDate: '2026-01-05 08:00:00', endDate: '2026-01-05 08:09:59' };

beforeAll(async () => {
  app = await createTestApp();
  await GatewayAgent.signIn(app, 101);
  await GatewayAgent.signIn(app, 102);
  await dial(app, '4001');
  await advance(app, 10_000);
});
afterAll(async () => {
  await app.close();
});

describe('12.3.6.7 configures/ctiservertime', () => {
  it('returns the server clock in UTC ms, in envelope A', async () => {
    expect(await post('configures/ctiservertime', { ccld: 1 })).toEqual({ result: '0', resultCode: '0100000', resultDatas: app.clock.now(), resultDesc: app.clock.now() });
    expect(await post('configures/ctiservertime', { ccId: 3 })).toMatchObject({ resultCode: '0100002' });
    expect(await post('configures/ctiservertime', {})).toMatchObject({ resultCode: '0100002' });
  });
});

describe('12.3.6.8 configures/querysystemlicensestatus', () => {
  it('counts signed-in agents and live calls; unlicensed maxima read 4294967295', async () => {
    const res = await post('configures/querysystemlicensestatus', { cclid: 1 });
    expect(res.resultDatas).toEqual(res.resultDesc);
    expect(res.resultDesc).toMatchObject({
      licenseMaxAgentNum: app.services.cti.settings.signedInAgentsMax,
      licenseMaxVdnNum: 4294967295,
      loginAgentNum: 2,
      loginVideoAgentNum: 0,
      vdnNum: 1,
      ivrCallNum: 0,
      voiceCallNum: 1,
      webCallNum: 0,
      historyMaxAgentNum: 2,
      historyMaxVideoAgentNum: 0,
      historyMaxIvrCallNum: 0,
      historyMaxVoiceCallNum: 1,
      historyMaxWebCallNum: 0,
      licenseStartDate: 0,
      licenseEndDate: 0,
    });
    expect(Object.keys(res.resultDesc)).toHaveLength(19);
    expect((await post('configures/querysystemlicensestatus', { ccId: 1 }, globalKey)).resultDesc.loginAgentNum).toBe(2);
  });

});

describe('12.3.6.6 cti/sysindex', () => {
  it('samples each 5-minute period: agents at its end (or now), calls that started or were answered in it', async () => {
    const now = await post('cti/sysindex', { cclid: 1, vdn: [1], ...window, limit: '100', offset: '0' }, globalKey);
    expect(now.resultDesc).toMatchObject({ count: 1, data: [{ beginTime: String(testEpochMs), onlineAgentNums: 2, talkingNums: 1, ideaAgentNum: 1, busyNums: 0, restNums: 0 }] });
    // Without heartbeats both agents are signed out after two minutes: the closed period sees that.
    await advance(app, 5 * 60_000);
    const res = await post('cti/sysindex', { cclid: 1, vdn: [1], ...window }, globalKey);
    expect(res.resultCode).toBe('0100000');
    expect(res.resultDesc.count).toBe(2);
    const [first, second] = res.resultDesc.data;
    expect(first).toEqual({ beginTime: String(testEpochMs), ccId: 1, vdn: 1, onlineAgentNums: 0, talkingNums: 0, ideaAgentNum: 0, busyNums: 0, restNums: 0, incallNums: 1, inCallNums: 1, rateNum: 1, callRate: 100, callOutNums: 0 });
    expect(second).toMatchObject({ beginTime: String(testEpochMs + 300_000), onlineAgentNums: 0, incallNums: 0, rateNum: 0, callRate: 0 });
  });

  it('pages over the periods and leaves out periods that have not begun', async () => {
    const page = await post('cti/sysindex', { ...window, endDate: '2026-01-05 23:00:00', offset: 1, limit: 5 }, globalKey);
    expect(page.resultDesc.count).toBe(2);
    expect(page.resultDesc.data.map((s: { beginTime: string }) => s.beginTime)).toEqual([String(testEpochMs + 300_000)]);
  });

  it('is for the global key only, and refuses every invalid request with 0100002', async () => {
    expect(await post('cti/sysindex', window)).toMatchObject({ resultCode: '0101003' });
    const invalid = [
      { beginDate: '2026-01-05 08:00:00', endDate: '2026-02-06 08:00:01' },
      { beginDate: '2026-01-05T08:00:00Z', endDate: '2026-01-05 09:00:00' },
      { beginDate: '2026-02-30 08:00:00', endDate: '2026-03-01 09:00:00' },
      { beginDate: '2026-01-05 09:00:00', endDate: '2026-01-05 08:00:00' },
      { endDate: '2026-01-05 08:00:00' },
      { ...window, vdn: Array.from({ length: 101 }, (_, i) => i + 1) },
      { ...window, vdn: [7] },
      { ...window, vdn: [0] },
      { ...window, limit: 0 },
      { ...window, offset: -1 },
      { ...window, ccId: 2 },
    ];
    for (const body of invalid) expect(await post('cti/sysindex', body, globalKey), JSON.stringify(body)).toMatchObject({ resultCode: '0100002' });
  });
});
