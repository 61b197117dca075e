// Goal: multi-queue waiting (decision 0853): a call an IVR routes to a skill with `alsoSkillIds`
// waits in all those queues; whichever queue's agent is free first takes it. 12.3.1.2.7 flags its
// main queue (callQueueFlag 1) and the others (0); 12.3.1.2.8 counts, per queue, the calls it
// answered from other queues; the main queue's CDR row leaves with reason 48.
// Method: the demo tenant plus a second voice skill 3 (agent 103 only) and a flow routing to skill
// 1 that also waits in 3, on the virtual clock; C2-signed views.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoTenant } from '../../../tenancy/index.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { cms } from '../realtime.test-support.ts';

let app: TestApp;
let main: GatewayAgent;
let other: GatewayAgent;

beforeEach(async () => {
  const spec = demoTenant();
  const voice = spec.skills[0]!;
  const tenant = {
    ...spec,
    skills: [...spec.skills, { ...voice, skillId: 3, name: 'Voice2', description: 'Second line' }],
    agents: spec.agents.map((a) => (a.workNo === 103 ? { ...a, skills: [{ skillId: 3 }] } : a)),
    accessCodes: [...spec.accessCodes, { accessCode: '4005', mediaTypeId: 5, description: 'Both lines', numCallAttr: 1 }],
    ivrFlows: [...spec.ivrFlows!, { flowId: 3, accessCode: '8003', description: 'Both lines', flowFileName: 'both.GSL', flowType: 1, script: { start: 'go', nodes: { go: { type: 'route', deviceType: 1, deviceId: 1, alsoSkillIds: [3, 3, 99] } } } }],
    calledRoutes: [...spec.calledRoutes, { accessCode: '4005', extCode: '', deviceType: 3, deviceId: 3 }],
  };
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-mq-')), 'tenant.json');
  fs.writeFileSync(file, JSON.stringify(tenant));
  app = await createTestApp({ tenantFile: file });
  main = await GatewayAgent.signIn(app, 101);
  other = await GatewayAgent.signIn(app, 103);
  for (const agent of [main, other]) expect((await agent.call('POST', 'onlineagent/{id}/saybusy')).body.retcode).toBe('0');
});
afterEach(async () => {
  await app.close();
});

const overload = async () => (await cms(app, '/rest/cmsapp/v1/openapi/skill/batchskilloverload', { ccId: 1, vdn: 1, skillIds: [1, 3] })).resultDesc;
const queued = async () => (await cms(app, '/rest/cmsapp/v1/openapi/skill/batchmultiskill', { ccId: 1, vdn: 1, skillIds: [1, 3] })).resultDesc;

describe('multi-queue waiting (decision 0853)', () => {
  it('waits in both queues, flagged main and other, and the main queue’s agent takes it as usual', async () => {
    const callId = await dial(app, '4005', { talkSeconds: 60 });
    await advance(app, 2_000);
    const lists = await queued();
    expect(lists.map((l: { skillId: number; callPropertyExs: Array<{ callId: string; callQueueFlag: number }> }) => [l.skillId, l.callPropertyExs.map((c) => [c.callId, c.callQueueFlag])])).toEqual([
      [1, [[callId, 1]]],
      [3, [[callId, 0]]],
    ]);
    expect((await main.call('POST', 'onlineagent/{id}/sayfree')).body.retcode).toBe('0');
    await advance(app, 2_000);
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body.agents).toEqual([{ workNo: 101, state: 'talking' }]);
    expect((await queued()).map((l: { callPropertyExs: unknown[] }) => l.callPropertyExs)).toEqual([[], []]);
    expect(await overload()).toEqual([
      { skillId: 1, overloadDetails: [] },
      { skillId: 3, overloadDetails: [] },
    ]);
  });

  it('lets the other queue’s agent answer it: counted for that queue, main row left with reason 48', async () => {
    const callId = await dial(app, '4005', { talkSeconds: 30 });
    await advance(app, 2_000);
    expect((await other.call('POST', 'onlineagent/{id}/sayfree')).body.retcode).toBe('0');
    await advance(app, 2_000);
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body.agents).toEqual([{ workNo: 103, state: 'talking' }]);
    expect(await overload()).toEqual([
      { skillId: 1, overloadDetails: [] },
      { skillId: 3, overloadDetails: [{ queueId: 1, callNum: 1 }] },
    ]);
    await advance(app, 40_000);
    const legs = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    expect(legs.filter((l) => l.deviceType === 1).map((l) => [l.deviceNo, l.leaveReason])).toEqual([[1, 48]]);
    expect(legs.find((l) => l.deviceType === 2)).toMatchObject({ deviceNo: 103, currentSkillId: 3 });
    // The count belongs to the 5-minute window it happened in (decision 0808).
    await advance(app, 300_000);
    expect((await overload())[1]).toEqual({ skillId: 3, overloadDetails: [] });
  });

  it('drops a queue it only waits in when that queue loses its last agent, and keeps its main queue', async () => {
    const callId = await dial(app, '4005', { talkSeconds: 30 });
    await advance(app, 2_000);
    expect((await other.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
    expect((await queued()).map((l: { callPropertyExs: Array<{ callId: string }> }) => l.callPropertyExs.map((c) => c.callId))).toEqual([[callId], []]);
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body.state).toBe('queued');
  });
});
