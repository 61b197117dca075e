// Goal: 12.3.6.6's talking/idle/busy/rest counts leave out agents who do not answer inbound calls
// (signed in to no skill queue), in the period in progress and in closed periods alike, while
// onlineAgentNums counts them (Table 12-675). Method: 101 signs in to no skill (resetskill to an
// unknown skill), 102 normally, both kept alive by heartbeats; the samples are read now and after
// the period has closed (then from the agent journal).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEpochMs, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest, globalKey } from '../../../../test/support/cms-client.ts';
import { advance, GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
let agents: GatewayAgent[];
const sample = async () =>
  (await cmsRequest(app, '/rest/cmsapp/v1/openapi/cti/sysindex', { ccId: 1, vdn: [1], beginDate: '2026-01-05 08:00:00', endDate: '2026-01-05 08:09:59' }, { key: globalKey })).body.resultDesc.data;

beforeAll(async () => {
  app = await createTestApp();
  agents = [await GatewayAgent.signIn(app, 101), await GatewayAgent.signIn(app, 102)];
  expect((await agents[0]!.call('POST', 'onlineagent/{id}/resetskill/false?skillid=999&phonelinkage=0')).body.retcode).toBe('0');
  await advance(app, 1_000);
});
afterAll(async () => {
  await app.close();
});

describe('12.3.6.6 agents who do not answer inbound calls', () => {
  it('are online but in no state count, now and in the closed period', async () => {
    expect((await sample())[0]).toMatchObject({ beginTime: String(testEpochMs), onlineAgentNums: 2, ideaAgentNum: 1, busyNums: 0 });
    for (let i = 0; i < 6; i++) {
      await advance(app, 60_000);
      for (const agent of agents) expect((await agent.call('POST', 'onlineagent/{id}/handshake')).body.retcode).toBe('0');
    }
    // Both go busy: their idle intervals close and are read back from the journal.
    for (const agent of agents) expect((await agent.call('POST', 'onlineagent/{id}/saybusy')).body.retcode).toBe('0');
    await advance(app, 1_000);
    const [closed, current] = await sample();
    expect(closed).toMatchObject({ beginTime: String(testEpochMs), onlineAgentNums: 2, ideaAgentNum: 1, talkingNums: 0, busyNums: 0, restNums: 0 });
    expect(current).toMatchObject({ beginTime: String(testEpochMs + 300_000), onlineAgentNums: 2, ideaAgentNum: 0, busyNums: 1 });
    const journal = await app.services.repos.systemSamples.operationsOverlapping(1, testEpochMs, testEpochMs + 300_000);
    expect(journal.filter((o) => o.opType === 2).map((o) => [o.agentId, o.skillInfoSn]).sort()).toEqual([
      ['101', ''],
      ['102', '1'],
    ]);
  });
});
