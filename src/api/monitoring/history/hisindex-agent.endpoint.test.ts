// Goal: 12.3.2.5 serves Table 12-689 per agent from its CDR legs and its operation journal.
// Method: the reference morning (agent 101 answers three calls), then signed queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest } from '../../../../test/support/cms-client.ts';
import { firstValues, referenceMorning } from '../../../../test/support/history-traffic.ts';

const path = '/rest/cmsapp/v1/openapi/hisindex/agent';
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
  await referenceMorning(app);
});
afterAll(async () => {
  await app.close();
});

const query = (body: Record<string, unknown>) => cmsRequest(app, path, { vdn: 1, agentIds: [101], ...body });

describe('12.3.2.5 hisindex/agent', () => {
  it('counts the calls the agent answered and the time it spent talking, idle and signed in', async () => {
    const res = await query({ indexIds: ['IDX_COUNT_AGENT_CONNECTED', 'IDX_COUNT_AGENT_REQUEST', 'IDX_DURATION_AGENT_CONVERSATION_IN', 'IDX_DURATION_AGENT_MAX_CALLING', 'IDX_DURATION_AGENT_MIN_CALLING', 'IDX_COUNT_AGENT_SIGN_IN', 'IDX_DURATION_AGENT_SIGN_IN', 'IDX_DURATION_AGENT_FREE', 'IDX_RATE_AGENT_CONNECTED', 'IDX_RATE_AGENT_SUCC_CALL_OUT'] });
    expect(res.body).toMatchObject({ result: '0', resultCode: '0100000' });
    expect(res.body.resultDesc[0].id).toBe('101');
    expect(firstValues(res.body)).toEqual({
      IDX_COUNT_AGENT_CONNECTED: '3',
      IDX_COUNT_AGENT_REQUEST: '3',
      IDX_DURATION_AGENT_CONVERSATION_IN: '100',
      IDX_DURATION_AGENT_MAX_CALLING: '60',
      IDX_DURATION_AGENT_MIN_CALLING: '10',
      IDX_COUNT_AGENT_SIGN_IN: '1',
      // Signed in at 08:00, the open idle interval since 08:20:10 is not journalled yet.
      IDX_DURATION_AGENT_SIGN_IN: '1210',
      IDX_DURATION_AGENT_FREE: '1110',
      IDX_RATE_AGENT_CONNECTED: '100.00',
      IDX_RATE_AGENT_SUCC_CALL_OUT: '0.00',
    });
  });

  it('splits journal durations across bucket edges', async () => {
    const res = await query({ timeGrain: '15MIN', indexIds: ['IDX_DURATION_AGENT_FREE', 'IDX_COUNT_AGENT_CONNECTED'] });
    expect(firstValues(res.body)).toEqual({
      IDX_DURATION_AGENT_FREE: { '2026-01-05 08:00:00.0': '810', '2026-01-05 08:15:00.0': '300' },
      IDX_COUNT_AGENT_CONNECTED: { '2026-01-05 08:00:00.0': '2', '2026-01-05 08:15:00.0': '1' },
    });
  });

  it('refuses more than 100 agents, ids beyond 99999, day-only codes by grain and unknown codes with 0100002', async () => {
    for (const body of [
      { agentIds: Array.from({ length: 101 }, (_, i) => 101 + i), indexIds: ['IDX_COUNT_AGENT_CONNECTED'] },
      { agentIds: [100000], indexIds: ['IDX_COUNT_AGENT_CONNECTED'] },
      { timeGrain: '30MIN', indexIds: ['IDX_DURATION_AGENT_AVG_REST'] },
      { indexIds: ['IDX_DURATION_AGENT_CALL_IN'] },
      { indexIds: ['IDX_AGENT_RESERVED_COL1'] },
    ]) expect((await query(body)).body, JSON.stringify(body)).toMatchObject({ resultCode: '0100002' });
  });
});
