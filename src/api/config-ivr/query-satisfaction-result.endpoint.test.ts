// Goal: 5.4.3 finds a call's evaluation within the window, answers the documented shape, and
// fails with returnCode "-1". Method: evaluations written as the survey IVR will write them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant, demoCaller } from './config-ivr.test-support.ts';

const path = '/apiaccess/rest/cc-management/v1/satisfaction/query';
let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

async function evaluation(vdnId: number, callId: string, evaluationValue: string, evaluationTimeMs: number, channel = 'audio') {
  await app.services.repos.ivr.insertSatisfactionResult({ id: app.services.ids.next(), vdnId, callId, evaluationValue, channel, evaluationTimeMs, customerNumber: '13800000000' });
}

describe('5.4.3 satisfaction/query', () => {
  it('answers the reference example (ref L6480–6512), " query Success" with its leading space', async () => {
    await evaluation(1, '1647265024-xxxx', '5', 1647265028000);
    const res = await (await demoCaller(app))(path, { callId: '1647265024-xxxx', beginTime: 1647265028000, endTime: 1647265029000 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      returnCode: '0',
      satisfactionEvaluations: { channel: 'audio', evaluationValue: '5', evaluationTime: 1647265028000 },
      description: ' query Success',
    });
  });

  it('includes both ends of the window and takes the latest answer in it', async () => {
    const call = await demoCaller(app);
    await evaluation(1, 'c1', '2', 1000);
    await evaluation(1, 'c1', '-1', 2000);
    await evaluation(1, 'c1', '4', 3000);
    expect((await call(path, { callId: 'c1', beginTime: 1000, endTime: 1000 })).body.satisfactionEvaluations.evaluationValue).toBe('2');
    expect((await call(path, { callId: 'c1', beginTime: 1000, endTime: 2000 })).body.satisfactionEvaluations.evaluationValue).toBe('-1');
    expect((await call(path, { callId: 'c1', beginTime: 0, endTime: 9000 })).body.satisfactionEvaluations).toEqual({ channel: 'audio', evaluationValue: '4', evaluationTime: 3000 });
  });

  it('answers an empty evaluation when the call has none in the window', async () => {
    await evaluation(1, 'c2', '3', 5000);
    const call = await demoCaller(app);
    for (const body of [{ callId: 'c2', beginTime: 5001, endTime: 6000 }, { callId: 'other', beginTime: 0, endTime: 9999 }]) {
      expect((await call(path, body)).body).toEqual({ returnCode: '0', description: ' query Success', satisfactionEvaluations: {} });
    }
  });

  it("does not show one tenant's evaluations to another", async () => {
    await evaluation(1, 'shared-id', '5', 100);
    const other = await addTenant(app);
    expect((await other(path, { callId: 'shared-id', beginTime: 0, endTime: 200 })).body.satisfactionEvaluations).toEqual({});
  });

  it('accepts numbers sent as strings and the requestBody wrapper of the table', async () => {
    await evaluation(1, 'c3', '1', 700, 'WEB');
    const res = await (await demoCaller(app))(path, { requestBody: { callId: 'c3', beginTime: '600', endTime: '800' } });
    expect(res.body.satisfactionEvaluations).toEqual({ channel: 'WEB', evaluationValue: '1', evaluationTime: 700 });
  });

  it('fails with returnCode "-1" and the cause', async () => {
    const call = await demoCaller(app);
    const cases: Array<[object, RegExp]> = [
      [{ beginTime: 1, endTime: 2 }, /callId/],
      [{ callId: 'c', endTime: 2 }, /beginTime/],
      [{ callId: 'c', beginTime: 1 }, /endTime/],
      [{ callId: '', beginTime: 1, endTime: 2 }, /callId/],
      [{ callId: 'c', beginTime: 'yesterday', endTime: 2 }, /beginTime/],
      [{ callId: 'c', beginTime: 3, endTime: 2 }, /beginTime must not be later than endTime/],
    ];
    for (const [body, cause] of cases) {
      const res = await call(path, body);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ returnCode: '-1', description: expect.stringMatching(cause) });
    }
  });
});
