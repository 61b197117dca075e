// Goal: the campaign state machine of note 04 §5.1 as the interfaces and the clock drive it —
// every allowed and refused transition of pause (7.1.8), resume (7.1.9), modify (7.1.3/7.1.4) and
// delete (7.1.5), the begin time starting a waiting campaign, the end time completing one — and
// the dialer commands each transition gives. Also detail (7.1.6), list paging and counts (7.1.7)
// and tenant isolation. Method: a test server on a virtual clock with a fake engine dialer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance } from '../../../../test/support/gateway-client.ts';
import { campaignTransitionTable } from '../../../domain/outbound/index.ts';
import { allDay, createCampaign, FakeDialer, isales, v1, v1Campaign, v2, v2Campaign } from '../isales-client.test-support.ts';

let app: TestApp;
const dialer = new FakeDialer();
beforeAll(async () => {
  app = await createTestApp();
  app.services.outbound.runtime.useDialer(dialer);
});
afterAll(async () => {
  await app.close();
});

const status = async (id: number) => (await isales(app, 'GET', `${v1}/${id}`)).body.returnObject.status as number;
const pause = (id: number) => isales(app, 'PUT', `${v1}/${id}/pause`);
const resume = (id: number) => isales(app, 'PUT', `${v1}/${id}/resume`);

describe('the campaign state machine', () => {
  it('starts a campaign created to start, and hands it to the dialer', async () => {
    const id = await createCampaign(app, v1Campaign({ name: 'starts', scheduleParam: allDay }));
    expect(await status(id)).toBe(2);
    expect(dialer.commands).toContain(`start ${id}`);
    expect(dialer.specs.get(id)).toMatchObject({ campaignId: id, deviceType: 2, skillId: 1, callerNos: [{ accessCode: '10085', priority: 1 }], maxAlertingTime: 20 });
  });

  it('creates a suspended campaign with initStatus 1, and resumes it to started', async () => {
    const id = await createCampaign(app, v1Campaign({ name: 'suspended first', initStatus: 1 }));
    expect(await status(id)).toBe(3);
    expect(dialer.commands).not.toContain(`start ${id}`);
    expect((await resume(id)).body).toMatchObject({ resultCode: '0200000', returnCode: '0200000' });
    expect(await status(id)).toBe(2);
    expect(dialer.commands).toContain(`start ${id}`);
  });

  it('pauses a started campaign once; a second pause and a resume of a started one are 0200011', async () => {
    const id = await createCampaign(app, v1Campaign({ name: 'pause twice' }));
    expect((await pause(id)).body.resultCode).toBe('0200000');
    expect(dialer.commands).toContain(`pause ${id}`);
    expect(await status(id)).toBe(3);
    expect((await pause(id)).body.resultCode).toBe('0200011');
    expect((await resume(id)).body.resultCode).toBe('0200000');
    expect(dialer.commands).toContain(`resume ${id}`);
    expect((await resume(id)).body.resultCode).toBe('0200011');
  });

  it('refuses to delete a running campaign (0200009) and deletes it once suspended', async () => {
    const id = await createCampaign(app, v1Campaign({ name: 'delete me' }));
    expect((await isales(app, 'DELETE', `${v1}/${id}`, { archiveHistory: 0 })).body.resultCode).toBe('0200009');
    await pause(id);
    expect((await isales(app, 'DELETE', `${v1}/${id}`, { archiveHistory: 0 })).body.resultCode).toBe('0200000');
    expect(dialer.commands).toContain(`stop ${id}`);
    expect((await isales(app, 'GET', `${v1}/${id}`)).body.resultCode).toBe('0200007');
  });

  it('answers 0200007 for the tenant own unknown campaign on every campaign interface', async () => {
    for (const [method, url, body] of [
      ['GET', `${v1}/9999`, undefined],
      ['PUT', `${v1}/9999/pause`, undefined],
      ['PUT', `${v1}/9999/resume`, undefined],
      ['DELETE', `${v1}/9999`, { archiveHistory: 0 }],
      ['PUT', `${v1}/9999`, v1Campaign({ name: 'ghost' })],
      ['GET', `${v1}/retryPolicy/9999`, undefined],
      ['GET', `${v1}/holiday/9999`, undefined],
    ] as const) {
      expect((await isales(app, method, url, body)).body.resultCode, `${method} ${url}`).toBe('0200007');
    }
  });

  it('covers every cell of the transition table', () => {
    // The table itself is the specification; this pins the refused cells the reference documents.
    expect(campaignTransitionTable[2].delete).toMatchObject({ refused: 'campaignRunning' });
    expect(campaignTransitionTable[4].modify).toMatchObject({ refused: 'campaignExpired' });
    expect(campaignTransitionTable[3].pause).toMatchObject({ refused: 'stateForbids' });
    expect(campaignTransitionTable[2].resume).toMatchObject({ refused: 'stateForbids' });
    expect(campaignTransitionTable[2].addData).toMatchObject({ refused: 'numberStateForbidsAdd' });
    expect(campaignTransitionTable[4].addData).toMatchObject({ refused: 'numberStateForbidsAdd' });
    expect(campaignTransitionTable[2].deleteData).toMatchObject({ refused: 'numberStateForbidsDelete' });
  });
});

describe('7.1.3 / 7.1.4 modifying a campaign', () => {
  it('modifies a V1 campaign and keeps its status and device type rule', async () => {
    const id = await createCampaign(app, v1Campaign({ name: 'to modify', initStatus: 1 }));
    const res = await isales(app, 'PUT', `${v1}/${id}`, v1Campaign({ name: 'modified', maxAlertingTime: 30, strBeginTime: undefined, strEndTime: undefined }));
    expect(res.body).toEqual({ resultCode: '0200000', resultDesc: '', returnCode: '0200000', returnDesc: '' });
    expect((await isales(app, 'GET', `${v1}/${id}`)).body.returnObject).toMatchObject({ name: 'modified', maxAlertingTime: 30, status: 3 });
    expect((await isales(app, 'PUT', `${v1}/${id}`, v1Campaign({ name: 'modified', deviceType: 6, skillParam: { skillId: 1, outBoundType: 6 } }))).body.resultCode).toBe('02000009');
    expect((await isales(app, 'PUT', `${v1}/${id}`, v1Campaign({ name: 'modified', strEndTime: undefined }))).body.resultCode).toBe('02000009');
  });

  it('modifies a V2 campaign naming its policies; an unknown retryPolicyId is refused', async () => {
    const id = await createCampaign(app, v2Campaign({ name: 'v2 modify' }), 'v2');
    const policy = (await isales(app, 'GET', `${v1}/retryPolicy/${id}`)).body.data;
    const ok = await isales(app, 'PUT', `${v2}/${id}`, v2Campaign({ name: 'v2 modified', retryPolicy: { retryPolicyId: policy.retryPolicyId, policyType: 1, policyJson: "[{'dataType':'SI','type':0,'policy':{'retryDay':2,'retryTimes':3}}]" } }));
    expect(ok.body.resultCode).toBe('0200000');
    expect((await isales(app, 'GET', `${v1}/retryPolicy/${id}`)).body.data).toMatchObject({ retryPolicyId: policy.retryPolicyId, policyType: 1 });
    const bad = await isales(app, 'PUT', `${v2}/${id}`, v2Campaign({ name: 'v2 modified', retryPolicy: { retryPolicyId: 'nope', policyType: 1, policyJson: "[{'dataType':'SI','type':0,'policy':{'retryDay':2,'retryTimes':3}}]" } }));
    expect(bad.body.resultCode).toBe('02000007');
    expect((await isales(app, 'PUT', `${v2}/${id}`, v2Campaign({ name: 'v2 modified', maxAlertingTime: 61 }))).body.resultCode).toBe('02000007');
    const other = await createCampaign(app, v2Campaign({ name: 'v2 other' }), 'v2');
    expect((await isales(app, 'PUT', `${v2}/${other}`, v2Campaign({ name: 'v2 modified' }))).body.resultCode).toBe('0200005');
  });
});

describe('7.1.7 listing campaigns', () => {
  it('pages with curPage/rowsPerPage, filters by status and device type, and counts per class', async () => {
    const all = await isales(app, 'GET', `${v1}?status=0&deviceType=0&curPage=1&rowsPerPage=2`);
    expect(all.body).toMatchObject({ resultCode: '0200000', curPage: 1, rowsPerPage: 2, curlvrCount: 0 });
    expect(all.body.data).toHaveLength(2);
    expect(all.body.totalSize).toBeGreaterThan(2);
    expect(all.body.curSkillQueueCount).toBe(all.body.totalSize);
    expect(all.body.data[0]).toEqual({ id: expect.any(Number), name: expect.any(String), status: expect.any(Number), strBeginTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), strEndTime: expect.any(String), deviceType: 2, callerNo: expect.any(String) });
    const page2 = await isales(app, 'GET', `${v1}?status=0&deviceType=0&curPage=2&rowsPerPage=2`);
    expect(page2.body.data[0].id).not.toBe(all.body.data[0].id);
    const suspended = await isales(app, 'GET', `${v1}?status=3&deviceType=2`);
    expect(suspended.body.data.every((c: { status: number }) => c.status === 3)).toBe(true);
    expect((await isales(app, 'GET', `${v1}?deviceType=0`)).body.resultCode).toBe('02000001');
    expect((await isales(app, 'GET', `${v1}?status=0&deviceType=0&rowsPerPage=101`)).body.resultCode).toBe('02000007');
    const named = await isales(app, 'GET', `${v1}?status=0&deviceType=0&name=modified`);
    expect(named.body.data.map((c: { name: string }) => c.name)).toEqual(['modified']);
  });

  it('shows another VDN nothing: its path is 401 and its campaign ids are not reachable', async () => {
    expect((await isales(app, 'GET', '/rest/isales/v1/openapi/campaigns/2?status=0&deviceType=0')).status).toBe(401);
    expect((await isales(app, 'GET', '/rest/isales/v1/openapi/campaigns/2/1')).status).toBe(401);
  });
});

// These move the virtual clock by hours, so they run last.
describe('the clock moves campaigns', () => {
  it('waits for a future begin time (status 1), then the clock starts it', async () => {
    const id = await createCampaign(app, v1Campaign({ name: 'tomorrow', strBeginTime: '2026-01-06 09:00:00' }));
    expect(await status(id)).toBe(1);
    await advance(app, 25 * 3_600_000);
    expect(await status(id)).toBe(2);
    expect(dialer.commands).toContain(`start ${id}`);
  });

  it('completes a campaign when its end time passes; then modify is 0200016, pause and resume 0200011', async () => {
    const end = new Date(app.clock.now() + 3_600_000).toISOString().replace('T', ' ').slice(0, 19);
    const today = new Date(app.clock.now()).toISOString().slice(0, 10);
    const id = await createCampaign(app, v1Campaign({ name: 'ends soon', strBeginTime: `${today} 00:00:00`, strEndTime: end }));
    await advance(app, 2 * 3_600_000);
    expect(await status(id)).toBe(4);
    expect(dialer.commands).toContain(`stop ${id}`);
    expect((await isales(app, 'PUT', `${v1}/${id}`, { name: 'renamed', maxAlertingTime: 20, deviceType: 2, callerNo: '1', scheduleParam: allDay, callBackUrl: 'http://x/y' })).body.resultCode).toBe('0200016');
    expect((await pause(id)).body.resultCode).toBe('0200011');
    expect((await resume(id)).body.resultCode).toBe('0200011');
    // A completed campaign may be deleted.
    expect((await isales(app, 'DELETE', `${v1}/${id}`, { archiveHistory: 1 })).body).toMatchObject({ resultCode: '0200000', resultDesc: 'delete task success' });
  });
});
