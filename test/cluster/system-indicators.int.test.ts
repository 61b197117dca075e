// Goal: the system indicators of §12.3.6 are the cluster's, whichever node answers (decision
// 1732): node B, which owns no VDN, answers what A (the owner of VDN 1) answers once A has pinned
// its snapshot — licence usage and peaks (12.3.6.8), CTI samples with the period in progress
// (12.3.6.6), the UAP's control blocks (12.3.6.2), registered terminals (12.3.6.3), trunk samples
// (12.3.6.4) and the latest closed period (12.3.6.1) — and stops counting A once its snapshot
// expires; every /metrics sample names its node. Method: two in-process apps on one PostgreSQL database (test/support/cluster-pair.ts)
// sharing an in-memory board on a test-driven clock; both virtual clocks advance together; A pins
// explicitly. Skipped without OPENCEC_TEST_PG_URL.
import { describe, expect, it } from 'vitest';
import { MemoryNodeBoard } from '../../src/cluster/board/index.ts';
import { limits } from '../../src/app/limits.ts';
import { controlBlocksInstalled } from '../../src/telephony/sim/index.ts';
import { pgServerUrl } from '../support/postgres.ts';
import { useClusterPair } from '../support/cluster-pair.ts';
import { GatewayAgent } from '../support/gateway-client.ts';
import { cmsRequest, globalKey } from '../support/cms-client.ts';
import type { TestApp } from '../support/test-app.ts';

if (!pgServerUrl) console.warn('test/cluster/system-indicators: OPENCEC_TEST_PG_URL is not set, skipping');

let boardNowMs = 0;
const board = new MemoryNodeBoard(() => boardNowMs);
const pair = useClusterPair(pgServerUrl !== undefined, board);

const ask = async (app: TestApp, path: string, body: Record<string, unknown>) => {
  const res = await cmsRequest(app, `/rest/cmsapp/v1/openapi/${path}`, body, { key: globalKey });
  expect(res.status, res.text).toBe(200);
  return res.body as { resultCode: string; resultDesc: Record<string, any> };
};

/** Both nodes' virtual clocks move together, as real nodes' clocks do. */
async function advanceBoth(ms: number): Promise<void> {
  for (const node of [pair.a, pair.b]) {
    node.app.clock.advance(ms);
    await node.app.services.settle();
  }
}

const window = { beginDate: '2026-01-05 08:00:00', endDate: '2026-01-05 08:59:59' };
const licence = (app: TestApp) => ask(app, 'configures/querysystemlicensestatus', { ccId: 1 });

describe.skipIf(!pgServerUrl)('system indicators across the nodes of a cluster', () => {
  it('counts the agents of A’s VDN on B only once A has pinned its snapshot', { timeout: 30_000 }, async () => {
    await GatewayAgent.signIn(pair.b.app, 101);
    await GatewayAgent.signIn(pair.b.app, 102);
    expect((await pair.b.app.services.cti.registry.running()).length).toBe(0);
    expect((await licence(pair.b.app)).resultDesc.loginAgentNum).toBe(0);
    await pair.a.app.services.systemIndicators.pin!();
    const throughB = await licence(pair.b.app);
    expect(throughB.resultDesc).toMatchObject({ loginAgentNum: 2, historyMaxAgentNum: 2, vdnNum: 1 });
    expect(throughB.resultDesc).toEqual((await licence(pair.a.app)).resultDesc);
  });

  it('answers the samples, control blocks and terminals of A’s calls on B as A does', { timeout: 30_000 }, async () => {
    const dialled = await pair.b.app.request({ method: 'POST', url: '/sim/v1/calls', body: { caller: '13800000001', called: '4001' } });
    expect(dialled.status, dialled.text).toBe(200);
    await advanceBoth(5_000);
    await pair.a.app.services.systemIndicators.pin!();

    const blocks = { MODTYP: 'CCU', PID: 'CCB', MN: '1' };
    const onB = await ask(pair.b.app, 'uap/dsppidkey', blocks);
    expect(onB.resultDesc).toEqual((await ask(pair.a.app, 'uap/dsppidkey', blocks)).resultDesc);
    expect(Object.values(onB.resultDesc)[0]['Null CB number']).toBe(String(controlBlocksInstalled - 1));

    const [phone] = [...pair.a.app.services.cti.uap.registeredTerminals().keys()];
    expect(phone).toBeDefined();
    const terminal = await ask(pair.b.app, 'uap/queryterminalstatus', { EID: phone });
    expect(terminal.resultCode, JSON.stringify(terminal)).toBe('0100000');
    expect((Object.values(terminal.resultDesc.data as Record<string, unknown[]>)[0] ?? [])[0]).toMatchObject({ equipmentId: phone, registerStatus: 'registered' });

    for (const path of ['cti/sysindex', 'uap/perfindex', 'uap/terminalindex']) {
      const there = await ask(pair.b.app, path, window);
      expect(there.resultDesc, path).toEqual((await ask(pair.a.app, path, window)).resultDesc);
    }
    const sample = (await ask(pair.b.app, 'cti/sysindex', window)).resultDesc.data[0];
    expect(sample).toMatchObject({ vdn: 1, onlineAgentNums: 2 });
    const trunk = (await ask(pair.b.app, 'uap/perfindex', window)).resultDesc.data.find((s: { ofcNo: number }) => s.ofcNo === 0);
    expect(trunk).toMatchObject({ systemInBound: 1 });
  });

  it('reports the latest closed period’s trunk measurements on B as A does', { timeout: 30_000 }, async () => {
    await advanceBoth(5 * 60_000);
    await pair.a.app.services.systemIndicators.pin!();
    const onB = await ask(pair.b.app, 'uap/queryUapPerfInfo', {});
    const records = Object.values(onB.resultDesc)[0] as Record<string, string>[];
    expect(records.find((r) => r.MOIID === '0')).toMatchObject({ ST0: '1' });
    expect(onB.resultDesc).toEqual((await ask(pair.a.app, 'uap/queryUapPerfInfo', {})).resultDesc);
  });

  it('labels every /metrics sample with the node that serves it', { timeout: 30_000 }, async () => {
    for (const [node, nodeId] of [[pair.a, '1'], [pair.b, '2']] as const) {
      const text = (await node.app.http.inject({ method: 'GET', url: '/metrics' })).body;
      const samples = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
      expect(samples.length).toBeGreaterThan(20);
      expect(samples.filter((line) => !line.includes(`node="${nodeId}"`))).toEqual([]);
    }
    const onA = (await pair.a.app.http.inject({ method: 'GET', url: '/metrics' })).body;
    // VDN 1's series comes from its owner only.
    expect(onA).toMatch(/^opencec_agents_signed_in\{vdn="1",node="1"\} \d+$/m);
    expect((await pair.b.app.http.inject({ method: 'GET', url: '/metrics' })).body).not.toMatch(/^opencec_agents_signed_in\{/m);
  });

  it('forgets A’s live counters once its snapshot expires, and keeps the peaks it stored', { timeout: 30_000 }, async () => {
    await pair.a.app.services.settle();
    boardNowMs += limits.indicatorPinTtlMs + 1;
    const after = await licence(pair.b.app);
    expect(after.resultDesc).toMatchObject({ loginAgentNum: 0, historyMaxAgentNum: 2 });
  });
});
