// Goal: 5.1.13 cleancustpersonaldata erases the given customer numbers from every store of the
// caller's tenant that keeps them, and only there. Method: whole servers on a virtual clock,
// records planted in the stores, then read back after the call.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addSecondTenant, demoApp, type Call } from './agent-accounts.test-support.ts';

let app: TestApp;
let call: Call;
afterEach(async () => {
  await app.close();
});

const url = '/apiaccess/CC-Management/v1/clearUserInfo/cleancustpersonaldata';

async function plant(vdnId: number, id: string, number: string): Promise<void> {
  const { repos } = app.services;
  const now = app.clock.now();
  await repos.ivr.insertSatisfactionResult({ id, vdnId, callId: `1767600000-${id}`, evaluationValue: '5', channel: 'audio', evaluationTimeMs: now, customerNumber: number });
  await repos.callbacks.insert({
    id,
    vdnId,
    kind: 'event',
    url: 'http://127.0.0.1:9/events',
    body: JSON.stringify({ event: 'call', callerNo: number, note: `customer ${number} called`, other: `${number}9` }),
    attempts: 1,
    maxAttempts: 6,
    nextAttemptAtMs: now,
    status: 'delivered',
    lastError: null,
    createdAtMs: now,
  });
}

const callerNoOf = async (id: string) => JSON.parse((await app.services.repos.callbacks.find(id))!.body).callerNo as string;

describe('5.1.13 clearUserInfo/cleancustpersonaldata', () => {
  it('answers the reference example (ref L4024–4036)', async () => {
    ({ app, call } = await demoApp());
    const res = await call(url, { customNos: ['135****1111', 'wen11', 'kehu@****.com'] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ retCode: '0', retMsg: 'VerifyParams success' });
  });

  it('erases the numbers from satisfaction results and callback bodies, and leaves other numbers', async () => {
    ({ app, call } = await demoApp());
    await plant(1, '1', '13500001111');
    await plant(1, '2', 'kehu@example.com');
    await plant(1, '3', '13900002222');
    expect((await call(url, { customNos: ['13500001111', 'kehu@example.com'] })).body.retCode).toBe('0');
    const results = await app.services.store.db.selectFrom('satisfactionResult').select(['id', 'customerNumber']).orderBy('id').execute();
    expect(results).toEqual([
      { id: '1', customerNumber: null },
      { id: '2', customerNumber: null },
      { id: '3', customerNumber: '13900002222' },
    ]);
    const bodies = (await app.services.repos.callbacks.listByVdn(1)).map((d) => JSON.parse(d.body));
    expect(bodies[0]).toEqual({ event: 'call', callerNo: '', note: 'customer  called', other: '135000011119' });
    expect(bodies[1]).toEqual({ event: 'call', callerNo: '', note: 'customer  called', other: 'kehu@example.com9' });
    expect(bodies[2].callerNo).toBe('13900002222');
  });

  it("erases only inside the caller's tenant", async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    await plant(1, '1', '13500001111');
    await plant(2, '2', '13500001111');
    expect((await other(url, { customNos: ['13500001111'] })).body.retCode).toBe('0');
    expect(await callerNoOf('1')).toBe('13500001111');
    expect(await callerNoOf('2')).toBe('');
    expect((await app.services.store.db.selectFrom('satisfactionResult').select(['id', 'customerNumber']).orderBy('id').execute())).toEqual([
      { id: '1', customerNumber: '13500001111' },
      { id: '2', customerNumber: null },
    ]);
  });

  it.each([
    ['an empty list', { customNos: [] }, 'customNos must NOT have fewer than 1 items'],
    ['more than 1000 numbers', { customNos: Array.from({ length: 1001 }, (_, i) => String(i)) }, 'customNos must NOT have more than 1000 items'],
    ['an empty number', { customNos: [''] }, 'customNos.0 must NOT have fewer than 1 characters'],
    ['no list', {}, /customNos is mandatory$/],
  ])('refuses %s with retCode 1', async (_name, body, message) => {
    ({ app, call } = await demoApp());
    const res = await call(url, body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ retCode: '1', retMsg: typeof message === 'string' ? message : expect.stringMatching(message) });
  });

  it('accepts 1000 numbers, numbers sent as JSON numbers, and needs a token', async () => {
    ({ app, call } = await demoApp());
    await plant(1, '1', '13500001111');
    expect((await call(url, { customNos: Array.from({ length: 1000 }, (_, i) => String(13500000000 + i)) })).body.retCode).toBe('0');
    expect((await call(url, { customNos: [13500001111] })).body.retCode).toBe('0');
    expect(await callerNoOf('1')).toBe('');
    expect((await app.request({ method: 'POST', url, body: { customNos: ['1'] } })).status).toBe(401);
  });
});
