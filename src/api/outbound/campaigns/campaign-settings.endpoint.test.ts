// Goal: the settings of a campaign — retry policy (7.1.10 with the reference's four policy
// combinations, 7.1.11 reading it back), calling numbers (7.1.15/7.1.16) and holidays (7.2.1–7.2.5)
// — with their examples and every documented code; and that the dialer receives each change.
// Method: a test server on a virtual clock with a fake engine dialer; C2-signed requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { createCampaign, FakeDialer, isales, v1, v1Campaign } from '../isales-client.test-support.ts';

let app: TestApp;
let id = 0;
const dialer = new FakeDialer();
beforeAll(async () => {
  app = await createTestApp();
  app.services.outbound.runtime.useDialer(dialer);
  id = await createCampaign(app, v1Campaign({ name: 'settings' }));
});
afterAll(async () => {
  await app.close();
});

describe('7.1.10 / 7.1.11 retry policy', () => {
  // CEC §7.1.10 examples (ref L24104–24135), single-quoted as printed.
  const combinations = [
    ["{ 'type':0,'retryTimes':1,'retryDay':1 }", 0, { policyType: 0, retryDay: 1, retryTimes: 1 }],
    ["{ 'type':1,'policy':{ 'result':4,'retryNumber':3,'callInterval':60 } }", 0, { policyType: 0, resultRetry: [{ result: 4, retryNumber: 3, callInterval: 60 }] }],
    ["{ 'dataType':'ST','type':0,'policy':{ 'retryTimes':2,'retryDay':1 } }", 1, { policyType: 1, policyJson: [{ dataType: 'ST', type: 0, policy: { retryDay: 1, retryTimes: 2 } }] }],
    ["{ 'dataType':'ST','type':1,'policy':{ 'result':4,'retryNumber':3,'callInterval':60 } }", 1, { policyType: 1, policyJson: [{ dataType: 'ST', type: 1, policy: [{ result: 4, retryNumber: 3, callInterval: 60 }] }] }],
  ] as const;
  it.each(combinations)('sets %s (policyType %d) and the dialer gets it', async (policyJson, policyType, spec) => {
    const res = await isales(app, 'POST', `${v1}/retryPolicy/${id}`, { policyJson, policyType });
    expect(res.body).toEqual({ resultCode: '0200000', resultDesc: '', returnCode: '0200000', returnDesc: '' });
    const read = await isales(app, 'GET', `${v1}/retryPolicy/${id}`);
    expect(read.body.data).toMatchObject({ retryPolicyId: expect.any(String), policyType, policyJson });
    expect(dialer.specs.get(id)?.retryPolicy).toMatchObject(spec);
  });

  it('keeps the policy id across settings', async () => {
    const first = (await isales(app, 'GET', `${v1}/retryPolicy/${id}`)).body.data.retryPolicyId;
    await isales(app, 'POST', `${v1}/retryPolicy/${id}`, { policyJson: "{'type':0,'retryTimes':2,'retryDay':2}", policyType: 0 });
    expect((await isales(app, 'GET', `${v1}/retryPolicy/${id}`)).body.data.retryPolicyId).toBe(first);
  });

  it.each([
    ['a retryTimes above 6', { policyJson: "{'type':0,'retryTimes':7,'retryDay':1}", policyType: 0 }, '02000007'],
    ['a policy that is not JSON', { policyJson: 'not json', policyType: 0 }, '02000006'],
    ['a missing policyType', { policyJson: "{'type':0,'retryTimes':1,'retryDay':1}" }, '02000001'],
    ['noRetryPolicy with policyType 1', { policyJson: "{'dataType':'ST','type':0,'policy':{'retryTimes':2,'retryDay':1}}", policyType: 1, noRetryPolicy: ['007'] }, '02000009'],
  ])('refuses %s', async (_label, body, code) => {
    expect((await isales(app, 'POST', `${v1}/retryPolicy/${id}`, body)).body.resultCode).toBe(code);
  });

  it('answers 0200007 for an unknown campaign (printed "0200-01", ref L24081)', async () => {
    expect((await isales(app, 'POST', `${v1}/retryPolicy/9999`, { policyJson: "{'type':0,'retryTimes':1,'retryDay':1}", policyType: 0 })).body.resultCode).toBe('0200007');
  });
});

describe('7.1.15 / 7.1.16 calling numbers', () => {
  it('adds the example numbers with their priorities', async () => {
    const res = await isales(app, 'POST', `${v1}/callerNo/${id}`, { callerNo: [{ accessCode: '12345678901234', priority: 1 }, { accessCode: '525245', priority: 2 }] });
    expect(res.body).toEqual({ resultCode: '0200000', resultDesc: 'create callerNo success', returnCode: '0200000', returnDesc: 'create callerNo success' });
    expect(dialer.specs.get(id)?.callerNos).toEqual([{ accessCode: '10085', priority: 1 }, { accessCode: '12345678901234', priority: 1 }, { accessCode: '525245', priority: 2 }]);
  });

  it('deletes numbers and says how many', async () => {
    const res = await isales(app, 'DELETE', `${v1}/callerNo/${id}`, { callerNo: [{ accessCode: '525245' }] });
    expect(res.body.resultDesc).toBe('delete callerNo success.num:1');
  });

  it('keeps at least one calling number (0200001)', async () => {
    const res = await isales(app, 'DELETE', `${v1}/callerNo/${id}`, { callerNo: [{ accessCode: '10085' }, { accessCode: '12345678901234' }] });
    expect(res.body.resultCode).toBe('0200001');
  });

  it.each([
    ['an empty list', { callerNo: [] }, '02000001'],
    ['letters in a number', { callerNo: [{ accessCode: '12a', priority: 1 }] }, '02000002'],
    ['a number over 24 digits', { callerNo: [{ accessCode: '1'.repeat(25), priority: 1 }] }, '02000003'],
    ['a priority of 6', { callerNo: [{ accessCode: '123', priority: 6 }] }, '02000007'],
    ['101 numbers', { callerNo: Array.from({ length: 101 }, (_, i) => ({ accessCode: String(1000 + i), priority: 1 })) }, '02000011'],
    ['a number twice', { callerNo: [{ accessCode: '123', priority: 1 }, { accessCode: '123', priority: 2 }] }, '02000009'],
  ])('refuses %s', async (_label, body, code) => {
    expect((await isales(app, 'POST', `${v1}/callerNo/${id}`, body)).body.resultCode).toBe(code);
  });

  it('answers 0200007 for an unknown campaign', async () => {
    expect((await isales(app, 'POST', `${v1}/callerNo/9999`, { callerNo: [{ accessCode: '123', priority: 1 }] })).body.resultCode).toBe('0200007');
  });
});

describe('7.2 holidays', () => {
  it('adds the example date holiday and a weekly one, lists them, and the dialer gets the calendar', async () => {
    const added = await isales(app, 'POST', `${v1}/holiday/${id}`, { name: 'Mid-Autumn Festival', type: 2, week: null, beginTime: '2026-09-22', endTime: '2026-09-24' });
    expect(added.body).toEqual({ resultCode: '0200000', resultDesc: '', returnCode: '0200000', returnDesc: '', returnObject: { id: expect.any(Number) } });
    await isales(app, 'POST', `${v1}/holiday/${id}`, { name: 'Weekend', type: 1, week: '6,7' });
    const list = await isales(app, 'GET', `${v1}/holiday/${id}`);
    expect(list.body.data).toEqual([
      { id: added.body.returnObject.id, name: 'Mid-Autumn Festival', type: 2, week: null, beginTime: '2026-09-22', endTime: '2026-09-24' },
      { id: expect.any(Number), name: 'Weekend', type: 1, week: '6,7', beginTime: null, endTime: null },
    ]);
    expect(dialer.specs.get(id)?.schedule.holidays).toHaveLength(2);
  });

  it('modifies a holiday named by id, and refuses an unknown id (0200014) and a taken name (0200013)', async () => {
    const [first, second] = (await isales(app, 'GET', `${v1}/holiday/${id}`)).body.data;
    expect((await isales(app, 'PUT', `${v1}/holiday/${id}`, { id: first.id, name: 'Mid-Autumn', type: 3, beginTime: '09-22', endTime: '09-24' })).body.resultCode).toBe('0200000');
    expect((await isales(app, 'PUT', `${v1}/holiday/${id}`, { id: 42, name: 'x', type: 1, week: '1' })).body.resultCode).toBe('0200014');
    expect((await isales(app, 'PUT', `${v1}/holiday/${id}`, { id: second.id, name: 'Mid-Autumn', type: 1, week: '1' })).body.resultCode).toBe('0200013');
  });

  it.each([
    ['a bad date', { name: 'bad date', type: 2, beginTime: '2026/09/22', endTime: '2026-09-24' }, '0200030'],
    ['a bad yearly date', { name: 'bad md', type: 3, beginTime: '13-01', endTime: '12-31' }, '0200030'],
    ['a weekly holiday without week', { name: 'no week', type: 1 }, '02000001'],
    ['a week day 8', { name: 'day 8', type: 1, week: '8' }, '02000007'],
    ['a duplicate name', { name: 'Weekend', type: 1, week: '6' }, '0200013'],
    ['a type 4', { name: 'type 4', type: 4 }, '02000007'],
  ])('refuses %s', async (_label, body, code) => {
    expect((await isales(app, 'POST', `${v1}/holiday/${id}`, body)).body.resultCode).toBe(code);
  });

  it('takes at most 20 holidays (0200015)', async () => {
    const existing = (await isales(app, 'GET', `${v1}/holiday/${id}`)).body.data.length;
    for (let i = existing; i < 20; i++) expect((await isales(app, 'POST', `${v1}/holiday/${id}`, { name: `h${i}`, type: 1, week: '1' })).body.resultCode).toBe('0200000');
    expect((await isales(app, 'POST', `${v1}/holiday/${id}`, { name: 'h21', type: 1, week: '1' })).body.resultCode).toBe('0200015');
  });

  it('deletes one holiday (0200014 when unknown) and then all', async () => {
    const [first] = (await isales(app, 'GET', `${v1}/holiday/${id}`)).body.data;
    expect((await isales(app, 'DELETE', `${v1}/holiday/${id}/${first.id}`)).body.resultCode).toBe('0200000');
    expect((await isales(app, 'DELETE', `${v1}/holiday/${id}/${first.id}`)).body.resultCode).toBe('0200014');
    expect((await isales(app, 'DELETE', `${v1}/holiday/${id}`)).body.resultCode).toBe('0200000');
    expect((await isales(app, 'GET', `${v1}/holiday/${id}`)).body.data).toEqual([]);
    expect((await isales(app, 'DELETE', `${v1}/holiday/9999`)).body.resultCode).toBe('0200007');
  });
});
