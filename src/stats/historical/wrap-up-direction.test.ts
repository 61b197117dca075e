// Goal: the wrap-up after an outbound call counts as outbound wrap-up and the one after an inbound
// call as inbound (Table 12-689 COLLATION_CALL_IN/_OUT), from the operation journal and the CDR,
// whether the roll-up is written incrementally or rebuilt. Method: agent 101 answers a customer
// and wraps up; agent 102 calls out and wraps up; read both agents' day through hisindex/agent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callout, releaseByAgent, requestWork } from '../../engine/index.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { cmsRequest } from '../../../test/support/cms-client.ts';
import { advance, dial, firstValues, signInAgents } from '../../../test/support/history-traffic.ts';
import { inTransaction } from '../../store/index.ts';
import { rebuildRollup } from './rollup.ts';

const codes = ['IDX_COUNT_AGENT_COLLATION', 'IDX_COUNT_AGENT_COLLATION_CALL_IN', 'IDX_COUNT_AGENT_COLLATION_CALL_OUT', 'IDX_DURATION_AGENT_COLLATION_CALL_IN', 'IDX_DURATION_AGENT_COLLATION_CALL_OUT'];
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
  await signInAgents(app, [101]);
  const engine = await app.services.cti.registry.get(1);
  engine.run(() => (engine.agents.get(101)!.options.autoEnterIdle = false));
  await dial(app, { talkMs: 20_000 });
  await advance(app, 60_000); // 101: talk, then the skill's 30 s wrap-up
  // 102 signs in once the customer is served, and calls out.
  await signInAgents(app, [102]);
  engine.run(() => (engine.agents.get(102)!.options.autoEnterIdle = false));
  engine.run(() => callout(engine, { workNo: 102, called: '13900001234' }));
  await advance(app, 12_000);
  engine.run(() => releaseByAgent(engine, 102));
  await advance(app, 5_000);
  engine.run(() => requestWork(engine, 102, 'sayFree'));
  await advance(app, 5_000);
});
afterAll(async () => {
  await app.close();
});

async function collation(agentId: number) {
  const res = await cmsRequest(app, '/rest/cmsapp/v1/openapi/hisindex/agent', { vdn: 1, agentIds: [agentId], indexIds: codes });
  return firstValues(res.body);
}

describe('wrap-up direction', () => {
  it('tells inbound from outbound wrap-up, incrementally and after a rebuild', async () => {
    const expected = async () => {
      expect(await collation(101)).toMatchObject({ IDX_COUNT_AGENT_COLLATION: '1', IDX_COUNT_AGENT_COLLATION_CALL_IN: '1', IDX_COUNT_AGENT_COLLATION_CALL_OUT: '0', IDX_DURATION_AGENT_COLLATION_CALL_IN: '30' });
      expect(await collation(102)).toMatchObject({ IDX_COUNT_AGENT_COLLATION: '1', IDX_COUNT_AGENT_COLLATION_CALL_IN: '0', IDX_COUNT_AGENT_COLLATION_CALL_OUT: '1', IDX_DURATION_AGENT_COLLATION_CALL_OUT: '5' });
    };
    await expected();
    await inTransaction(app.services.store, (repos) => rebuildRollup(repos, 1));
    await expected();
  });
});
