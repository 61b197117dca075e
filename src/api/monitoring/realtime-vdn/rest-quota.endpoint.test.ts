// Goal: rest quotas and approval (decision 0850) as agents live them and as CC-CMS reports them:
// a rest a VDN or skill-queue quota holds back waits (Table 12-336 causes 2, 3, 4) and starts, in
// the order asked, when a rest ends; a tenant that approves rests holds each one (cause 0) until an
// inspector's forcerest grants it. 12.3.1.1.2, 12.3.1.3.8, legacy 12.3.8.13.3 and 12.3.1.2.5 show it.
// Method: the demo tenant with `settings.rest` from a tenant file, on the virtual clock; agents and
// the inspector act through the gateway and the views are read C2-signed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { demoTenant } from '../../../tenancy/index.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { cms } from '../realtime.test-support.ts';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function tenantWithRest(rest: Record<string, unknown>): Promise<TestApp> {
  const spec = demoTenant();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-rest-')), 'tenant.json');
  fs.writeFileSync(file, JSON.stringify({ ...spec, settings: { ...spec.settings, rest } }));
  app = await createTestApp({ tenantFile: file });
  return app;
}

const ok = { message: 'success', retcode: '0', result: {} };
/** The inspection interfaces answer with an empty message (§12.1 examples). */
const qcOk = { ...ok, message: '' };
const rest = (agent: GatewayAgent, seconds = 600, cause = 2) => agent.call('POST', `onlineagent/{id}/rest/${seconds}/${cause}`);
const status = async (agent: GatewayAgent) => (await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.result.agentState;
const vdnRest = async (a: TestApp) => (await cms(a, '/rest/cmsapp/v1/openapi/vdn/queryagentreststate', { ccId: 1, vdn: 1, offset: 0, limit: 100 })).resultDesc;
const agentRest = async (a: TestApp) => (await cms(a, '/rest/cmsapp/v1/openapi/agentgroup/agentrestinfos', { ccId: 1, vdn: 1 })).resultDesc;

describe('rest quotas (decision 0850)', () => {
  it('holds back a rest while a skill queue is at its quota, and grants it when the rest before it ends', async () => {
    const a = await tenantWithRest({ skills: [{ skillId: 1, maxRestingAgents: 1 }] });
    const [first, second] = [await GatewayAgent.signIn(a, 101), await GatewayAgent.signIn(a, 102)];
    await first.events();
    await second.events();
    expect((await rest(first)).body).toEqual(ok);
    expect(await first.events()).toEqual([['AgentState_SetRest_Success', { reason: '2' }]]);
    await advance(a, 5_000);

    // The request is accepted; the agent stays idle and hears nothing until its turn.
    expect((await rest(second, 300, 7)).body).toEqual(ok);
    expect(await second.events()).toEqual([]);
    expect(await status(second)).toBe(4);
    const view = await vdnRest(a);
    expect(view).toMatchObject({ onRestAgentNum: 1, allowRestAgentNum: 0, waitRestAgentNum: 1 });
    expect(view.details).toEqual([
      { agentId: 101, vdnId: 1, ccId: 1, beginTime: a.clock.now() - 5_000, applyRestLength: 600, name: expect.any(String), reqRestDuration: 5 },
      { agentId: 102, vdnId: 1, ccId: 1, beginTime: a.clock.now(), applyRestLength: 300, name: expect.any(String), cantRestCause: 4, skillIds: '1' },
    ]);
    expect(await agentRest(a)).toMatchObject({ onRestNum: 1, allowRestNum: 0, waitRestNum: 1, agentsRestDetails: [{ workNo: 101 }, { workNo: 102, cantRestReason: 4, restDuration: 300 }] });
    const legacy = await cms(a, '/rest/cmsapp/v1/openapi/agentgroup/agentrestinfo', { ccId: 1, vdn: 1 });
    expect(legacy.resultDatas).toMatchObject({ onrestnum: 1, waitrestnum: 1, agentsrestdetails: [{ workno: 101 }, { workno: 102, cantrestreason: 4 }] });
    const limits = await cms(a, '/rest/cmsapp/v1/openapi/skill/skillcfginfo', { ccId: 1, vdn: 1, skillIds: [1] });
    expect(limits.resultDesc[0].maxRestAgentNum).toBe(1);

    // While it waits the agent still takes calls; its rest starts when 101's ends.
    const callId = await dial(a, '4001');
    await advance(a, 2_000);
    expect(await second.eventTypes()).toContain('AgentEvent_Talking');
    expect((await first.call('POST', 'onlineagent/{id}/cancelrest')).body).toEqual(ok);
    expect(await first.eventTypes()).toEqual(['AgentState_CancelRest_Success']);
    // Granted during its call: allowed but still at work (cause 1), resting once the call ends.
    expect(await vdnRest(a)).toMatchObject({ onRestAgentNum: 0, allowRestAgentNum: 1, waitRestAgentNum: 0, details: [{ agentId: 102, cantRestCause: 1, applyRestLength: 300 }] });
    expect((await a.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` })).status).toBe(200);
    await advance(a, 1_000);
    expect(await second.eventTypes()).toContain('AgentState_SetRest_Success');
    expect(await status(second)).toBe(8);
    // And now 101 waits behind 102.
    expect((await rest(first)).body).toEqual(ok);
    expect((await vdnRest(a)).details).toMatchObject([{ agentId: 101, cantRestCause: 4 }, { agentId: 102, reqRestDuration: 1 }]);
  });

  it('counts the VDN quota, frees it at sign-out, and lets cancelrest withdraw a waiting rest', async () => {
    const a = await tenantWithRest({ maxRestingAgents: 1 });
    const [first, second, third] = [await GatewayAgent.signIn(a, 101), await GatewayAgent.signIn(a, 102), await GatewayAgent.signIn(a, 103)];
    for (const agent of [first, second, third]) await agent.events();
    await rest(first);
    await rest(second);
    await advance(a, 1_000);
    await rest(third);
    expect((await vdnRest(a)).details.map((d: { agentId: number; cantRestCause?: number }) => [d.agentId, d.cantRestCause])).toEqual([
      [101, undefined],
      [102, 2],
      [103, 2],
    ]);
    expect((await second.call('POST', 'onlineagent/{id}/cancelrest')).body).toEqual(ok);
    expect(await second.events()).toEqual([['AgentState_CancelRest_Success', null]]);
    // A second cancel has nothing to withdraw: the documented state error.
    expect((await second.call('POST', 'onlineagent/{id}/cancelrest')).body.retcode).toBe('100-009');
    await first.events();
    expect((await first.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
    expect(await third.events()).toEqual([['AgentState_SetRest_Success', { reason: '2' }]]);
    expect(await vdnRest(a)).toMatchObject({ onRestAgentNum: 1, waitRestAgentNum: 0 });
  });

  it('keeps an agent in no skill queue waiting (cause 3) until it signs in to one', async () => {
    const a = await tenantWithRest({ maxRestingAgents: 5 });
    const agent = await GatewayAgent.signIn(a, 101);
    expect((await agent.call('POST', 'onlineagent/{id}/resetskill/false?skillid=999&phonelinkage=0')).body.retcode).toBe('0');
    await agent.events();
    expect((await rest(agent)).body).toEqual(ok);
    expect((await vdnRest(a)).details).toMatchObject([{ agentId: 101, cantRestCause: 3 }]);
    expect((await agent.call('POST', 'onlineagent/{id}/resetskill/false?skillid=1&phonelinkage=0')).body.retcode).toBe('0');
    expect(await agent.eventTypes()).toContain('AgentState_SetRest_Success');
  });
});

describe('rest approval (decision 0850)', () => {
  it('waits for the inspector: forcerest grants the rest, forceidle refuses it', async () => {
    const a = await tenantWithRest({ approval: true });
    const inspector = await GatewayAgent.signIn(a, 120);
    const [first, second] = [await GatewayAgent.signIn(a, 101), await GatewayAgent.signIn(a, 102)];
    for (const agent of [inspector, first, second]) await agent.events();
    expect((await rest(first, 900, 4)).body).toEqual(ok);
    expect((await rest(second)).body).toEqual(ok);
    expect(await first.events()).toEqual([]);
    expect(await vdnRest(a)).toMatchObject({ waitRestAgentNum: 2, details: [{ agentId: 101, cantRestCause: 0, applyRestLength: 900 }, { agentId: 102, cantRestCause: 0 }] });

    expect((await inspector.call('POST', 'qualitycontrol/{id}/forcerest/101/900/4')).body).toEqual(qcOk);
    expect(await first.events()).toEqual([['AgentState_SetRest_Success', { reason: '4' }]]);
    expect((await inspector.call('POST', 'qualitycontrol/{id}/forceidle/102')).body).toEqual(qcOk);
    expect(await second.events()).toEqual([['AgentState_CancelRest_Success', null]]);
    expect(await vdnRest(a)).toMatchObject({ onRestAgentNum: 1, waitRestAgentNum: 0 });
    // A rest already granted is prolonged without a new approval.
    expect((await first.call('POST', 'onlineagent/{id}/rest/60/4?prolong=true')).body).toEqual(ok);
    expect(await first.eventTypes()).toEqual(['AgentState_SetRest_Success']);
  });
});
