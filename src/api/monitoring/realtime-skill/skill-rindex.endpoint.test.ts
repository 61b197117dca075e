// Goal: 12.3.1.2.12 serves every code of Table 12-687 with its meaning, as strings, per skill and
// in the order asked. Method: the issue-9 floor, then one call ringing at 105 and one queued.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advance, dial } from '../../../../test/support/gateway-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, agentFloor, cms, expectInvalid, expectTenantConfined } from '../realtime.test-support.ts';

const url = '/rest/cmsapp/v1/openapi/skill/rindex';
const all = [
  'IDX_COUNT_REAL_SKILL_QUEUE',
  'IDX_COUNT_REAL_SKILL_HANDLE',
  'IDX_DURATION_SKILL_MAX_QUEUE_ACK',
  'IDX_COUNT_20S_CALL_FOR_5MIN',
  'IDX_COUNT_REAL_AGENT_SIGN_IN',
  'IDX_COUNT_REAL_AGENT_CONNECT',
  'IDX_COUNT_REAL_AGENT_SET_IDLE',
  'IDX_COUNT_REAL_AGENT_USABLE',
  'IDX_COUNT_REAL_AGENT_SET_BUSY',
  'IDX_COUNT_REAL_AGENT_ACW',
  'IDX_COUNT_REAL_AGENT_REST',
  'IDX_COUNT_REAL_AGENT_STUDY',
];
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
});
afterAll(async () => {
  await app.close();
});

const values = async (skillIds = [1]) => {
  const reply = await cms(app, url, { cclId: 1, vdn: 1, skillIds, indexIds: all });
  expect(reply.resultCode).toBe('0100000');
  return reply.resultDesc.map((item: { id: string; idxs: Array<{ id: string; val: string }> }) => [item.id, Object.fromEntries(item.idxs.map((i) => [i.id, i.val]))]);
};

describe('12.3.1.2.12 skill/rindex', () => {
  it('answers the reference example (all 12 codes) with string values, per skill, in envelope B', async () => {
    const reply = await cms(app, url, { cclId: 1, vdn: 1, skillIds: [1, 2], indexIds: all });
    expect(reply.resultDesc).toEqual([1, 2].map((id) => ({ id: String(id), idxs: all.map((code) => ({ id: code, val: '0' })) })));
  });

  it('reads the live floor and the current 5 minutes', async () => {
    await agentFloor(app);
    expect(await values()).toEqual([
      [
        '1',
        {
          IDX_COUNT_REAL_SKILL_QUEUE: '0',
          IDX_COUNT_REAL_SKILL_HANDLE: '2',
          IDX_DURATION_SKILL_MAX_QUEUE_ACK: '0',
          IDX_COUNT_20S_CALL_FOR_5MIN: '1',
          IDX_COUNT_REAL_AGENT_SIGN_IN: '5',
          IDX_COUNT_REAL_AGENT_CONNECT: '1',
          IDX_COUNT_REAL_AGENT_SET_IDLE: '1',
          IDX_COUNT_REAL_AGENT_USABLE: '1',
          IDX_COUNT_REAL_AGENT_SET_BUSY: '1',
          IDX_COUNT_REAL_AGENT_ACW: '0',
          IDX_COUNT_REAL_AGENT_REST: '1',
          IDX_COUNT_REAL_AGENT_STUDY: '0',
        },
      ],
    ]);
    await dial(app, '4001'); // rings at 105
    await dial(app, '4001'); // waits
    await advance(app, 5_000);
    const [[, now]] = await values();
    expect(now).toMatchObject({ IDX_COUNT_REAL_SKILL_QUEUE: '1', IDX_COUNT_REAL_SKILL_HANDLE: '3', IDX_DURATION_SKILL_MAX_QUEUE_ACK: '5', IDX_COUNT_REAL_AGENT_SET_IDLE: '0', IDX_COUNT_REAL_AGENT_USABLE: '0' });
  });

  it('answers the codes asked, in that order, once each', async () => {
    const reply = await cms(app, url, { ccId: 1, vdn: 1, skillIds: [1], indexIds: ['IDX_COUNT_REAL_AGENT_REST', 'IDX_COUNT_REAL_SKILL_QUEUE', 'IDX_COUNT_REAL_AGENT_REST'] });
    expect(reply.resultDesc[0].idxs.map((i: { id: string }) => i.id)).toEqual(['IDX_COUNT_REAL_AGENT_REST', 'IDX_COUNT_REAL_SKILL_QUEUE']);
  });

  it('refuses unknown codes, more than 12 codes and other invalid input with 0100002, and confines tenant keys', async () => {
    await expectInvalid(app, url, [
      { ccId: 1, vdn: 1, skillIds: [1], indexIds: ['IDX_NOPE'] },
      { ccId: 1, vdn: 1, skillIds: [1], indexIds: [...all, 'IDX_COUNT_REAL_SKILL_QUEUE'] },
      { ccId: 1, vdn: 1, skillIds: [1], indexIds: [] },
      { ccId: 1, vdn: 1, skillIds: [1] },
      { ccId: 1, vdn: 1, skillIds: [0], indexIds: ['IDX_COUNT_REAL_SKILL_QUEUE'] },
    ]);
    await expectTenantConfined(app, url, (vdn) => ({ ccId: 1, vdn, skillIds: [1], indexIds: ['IDX_COUNT_REAL_SKILL_QUEUE'] }));
  });
});
