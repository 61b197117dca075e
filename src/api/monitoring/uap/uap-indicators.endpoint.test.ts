// Goal: the UAP interfaces of §12.3.6.1–.5 report the simulated network's real counters: trunk
// seizures, connections, answers and failures per 5-minute period, the live control blocks, and
// softphone registrations, to the global key only. Method: agents 101 and 102 sign in, customers
// call through /sim/v1 (two answered, one abandons in the queue), agent 101 dials out (answered,
// busy, unallocated numbers); virtual time passes and C2-signed queries read the counters back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsRequest, globalKey, type AkSk } from '../../../../test/support/cms-client.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { createTestApp, testEpochMs, type TestApp } from '../../../../test/support/test-app.ts';
import { addOtherTenant, otherKey } from '../realtime.test-support.ts';

let app: TestApp;
let a101: GatewayAgent;
const key = '127.0.0.1#0';
const post = async (path: string, body: unknown, k: AkSk = globalKey) => (await cmsRequest(app, `/rest/cmsapp/v1/openapi/uap/${path}`, body, { key: k })).body;
const day = { beginDate: '2026-01-05 00:00:00', endDate: '2026-01-05 23:59:59' };

beforeAll(async () => {
  app = await createTestApp();
  await addOtherTenant(app);
});
afterAll(async () => {
  await app.close();
});

describe('before any traffic', () => {
  it('12.3.6.1 has no closed period yet; 12.3.6.2 shows every control block free', async () => {
    expect(await post('queryUapPerfInfo', { ofcNo: [0, 1], cclid: 1 })).toEqual({ resultCode: '0100000', resultDesc: { [key]: [] } });
    const ccb = await post('dsppidkey', { MODTYP: 'CCU', PID: 'CCB', MN: '56', cclId: 1 });
    expect(ccb.resultDesc[key]).toMatchObject({ 'IDC switch index': '1', 'Null CB number': '10000', 'Active CB number': '0', 'Alerting CB number': '0' });
    expect(Object.keys(ccb.resultDesc[key])).toHaveLength(16);
  });
});

describe('with calls flowing through the simulated network', () => {
  beforeAll(async () => {
    a101 = await GatewayAgent.signIn(app, 101, { ip: '10.1.2.3' });
    await GatewayAgent.signIn(app, 102);
    await dial(app, '4001', { talkSeconds: 60 });
    await dial(app, '4001', { talkSeconds: 30 });
    await dial(app, '4001', { patienceSeconds: 10 });
    await advance(app, 5_000);
  });

  it('12.3.6.2 counts the live calls’ control blocks by state (CCB, INTESS, BSI)', async () => {
    expect((await post('dsppidkey', { MODTYP: 'CCU', PID: 'CCB', MN: '57' })).resultDesc[key]).toMatchObject({ 'Null CB number': '9997', 'Active CB number': '2', 'Alerting CB number': '1', 'Call proceeding number': '0' });
    expect((await post('dsppidkey', { MODTYP: 'CCU', PID: 'INTESS', MN: 56 })).resultDesc[key]).toMatchObject({ 'Last allocated INTESS number': '3', 'Idle CB number': '9997', 'Active CB number': '2', 'Call delivered CB number': '1' });
    const bsi = (await post('dsppidkey', { MODTYP: 'MSU', PIDMSU: 'BSI', MSUMN: '472' })).resultDesc[key];
    expect(bsi).toMatchObject({ 'Total number of connections': '10000', 'Total no of connection in CONNECT state': '3', 'Total no of connection having service type as IVR': '0' });
    expect(Object.keys(bsi)).toHaveLength(14);
  });

  it('12.3.6.3 lists softphones by wildcard, registered while an agent is signed in with them', async () => {
    const reply = await post('queryterminalstatus', { ccId: 1, EID: '7010?', limit: '100', offset: '0' });
    expect(reply.resultCode).toBe('0100000');
    expect(reply.resultDesc.count).toBe(9);
    const [first, second, third] = reply.resultDesc.data[key];
    expect(first).toEqual({
      ccuModuleNumber: '56',
      terminationType: 'sip',
      equipmentId: '70101',
      registerStatus: 'registered',
      socketStatus: 'normal',
      ipAndPort: '10.1.2.3:5060',
      monitorFlag: 'started',
      protocolType: 'SIP',
      roamIpAndPort: '0.0.0.0:0',
      tlsStatus: 'uninstall',
      ipType: 'IPv4',
    });
    expect(second).toMatchObject({ equipmentId: '70102', registerStatus: 'registered', ipAndPort: '127.0.0.1:5060' });
    expect(third).toMatchObject({ equipmentId: '70103', registerStatus: 'not register', socketStatus: 'uninstall', ipAndPort: '0.0.0.0:0', monitorFlag: 'unstarted', protocolType: 'invalid protocol' });
    // Every tenant's softphones are terminals of the one UAP; * and % match any run, ? one character.
    expect((await post('queryterminalstatus', { EID: '7730001' })).resultDesc.data[key]).toEqual([expect.objectContaining({ equipmentId: '7730001', registerStatus: 'not register' })]);
    expect((await post('queryterminalstatus', { EID: '%3000*' })).resultDesc.count).toBe(1);
    expect((await post('queryterminalstatus', { EID: '70*', offset: 10, limit: 1 })).resultDesc).toEqual({ data: { [key]: [expect.objectContaining({ equipmentId: '70120' })] }, count: 11 });
    expect(await post('queryterminalstatus', { EID: '8888*' })).toMatchObject({ resultCode: '0101002' });
  });

  it('12.3.6.5 and 12.3.6.4 sample the period in progress', async () => {
    expect((await post('terminalindex', { cclId: 1, ...day, limit: '100', offset: '0' })).resultDesc).toEqual({ data: [{ beginTime: String(testEpochMs), ccId: 1, uapIp: '127.0.0.1', agentOnlineCount: 2 }], count: 1 });
    const perf = await post('perfindex', { ccld: 1, uapIP: '127.0.0.1', ofcNo: [0, 1], ...day });
    expect(perf.resultDesc.data[0]).toEqual({ beginTime: String(testEpochMs), ccId: 1, uapIp: '127.0.0.1', ofcNo: 0, systemInBound: 3, systemInSucc: 2, systemCallRate: 67 });
  });

  it('12.3.6.1 reports the closed period’s measurements, office by office', async () => {
    await advance(app, 60_000); // 08:01:05: the calls have ended (talk 60 s / 30 s, patience 10 s)
    for (const called of ['13900001234', '13900000001', '13900000002']) {
      expect((await a101.call('PUT', 'voicecall/{id}/callout', { called })).body.retcode).toBe('0');
      await advance(app, 5_000);
      await a101.call('DELETE', 'voicecall/{id}/release');
      await advance(app, 5_000);
    }
    await advance(app, 5 * 60_000);
    const reply = await post('queryUapPerfInfo', { ofcNo: [0, 1], cclid: 1 });
    const [inbound, outbound] = reply.resultDesc[key];
    expect(inbound).toMatchObject({
      RT: '2026-01-05 08:00:00 +00:00',
      RET: '2026-01-05 08:05:00 +00:00',
      Period: '5',
      MOIID: '0',
      'incoming direction': '0(anonymous)',
      ST0: '3',
      TCAT1: '3',
      CCT3: '3',
      AT4: '2',
      TCAT5: '2',
      RNAT12: '1',
      AART11: '0',
      ICN13: '960',
      SOIC45: '960',
      'busy circuits (TIMES)': '0',
      IOCS44: '3',
      CR20: '1.000000',
      AR21: '0.666667',
      CLBT40: '-1',
      'average answer duration (SECOND)': '45',
    });
    // Traffic in erlangs: 60 s + 30 s + 10 s of seizure over a 300 s period.
    expect(inbound.ST26).toBe((100 / 300).toFixed(6));
    expect(inbound.AT30).toBe((90 / 300).toFixed(6));
    expect(outbound).toMatchObject({ MOIID: '1', 'incoming direction': '1(outgoing)', ST0: '3', TCAT2: '3', AT4: '1', TAT6: '1', CBT10: '1', ECT35: '1', TCAT1: '0' });
    expect(Object.keys(inbound)).toHaveLength(62);
    expect((await post('queryUapPerfInfo', { ofcNo: [1] })).resultDesc[key]).toEqual([outbound]);
    expect((await post('queryUapPerfInfo', {})).resultDesc[key]).toHaveLength(2);
    expect((await post('queryUapPerfInfo', { ofcNo: null })).resultDesc[key]).toHaveLength(2);
    expect((await post('queryUapPerfInfo', { ofcNo: [] })).resultDesc[key]).toHaveLength(2);
    expect(await post('queryUapPerfInfo', { ofcNo: [7] })).toMatchObject({ resultCode: '0101002' });
  });

  it('12.3.6.4 and 12.3.6.5 list every period, oldest first, with paging', async () => {
    const perf = await post('perfindex', { ...day, ofcNo: 0 });
    expect(perf.resultDesc.count).toBe(2);
    expect(perf.resultDesc.data.map((s: { beginTime: string; systemInBound: number }) => [s.beginTime, s.systemInBound])).toEqual([
      [String(testEpochMs), 3],
      [String(testEpochMs + 300_000), 0],
    ]);
    const both = await post('perfindex', { ...day, offset: 1, limit: 2 });
    expect(both.resultDesc.count).toBe(4);
    expect(both.resultDesc.data.map((s: { ofcNo: number; systemInBound: number; systemCallRate: number }) => [s.ofcNo, s.systemInBound, s.systemCallRate])).toEqual([
      [1, 3, 33],
      [0, 0, 0],
    ]);
    // The reference's example asks for UAP 1.1.1.1: not this UAP, so nothing matches.
    expect(await post('perfindex', { ccld: 1, uapIP: '1.1.1.1', ofcNo: [0, 1], beginDate: '2026-01-05 00:00:00', endDate: '2026-01-05 23:00:00', limit: '100', offset: '0' })).toEqual({ resultCode: '0100000', resultDesc: { data: [], count: 0 } });
    expect((await post('terminalindex', { ...day, uapIP: '1.1.1.1' })).resultDesc).toEqual({ data: [], count: 0 });
    const terminals = await post('terminalindex', day);
    // Without heartbeats the agents were signed out two minutes after signing in: their
    // softphones left the UAP before the first period closed.
    expect(terminals.resultDesc.data.map((s: { agentOnlineCount: number }) => s.agentOnlineCount)).toEqual([0, 0]);
    expect((await post('queryterminalstatus', { EID: '70101' })).resultDesc.data[key]).toEqual([expect.objectContaining({ registerStatus: 'not register' })]);
    expect((await post('terminalindex', { beginDate: '2026-01-05 08:05:00', endDate: '2026-01-05 08:05:00' })).resultDesc.count).toBe(1);
  });
});

describe('keys and validation', () => {
  const calls: [string, unknown][] = [
    ['queryUapPerfInfo', {}],
    ['dsppidkey', { MODTYP: 'CCU', PID: 'CCB', MN: '56' }],
    ['queryterminalstatus', { EID: '70101' }],
    ['perfindex', day],
    ['terminalindex', day],
  ];

  it('are for the global key only: a tenant key gets 0101003', async () => {
    for (const [path, body] of calls) {
      expect(await post(path, body, { accessKey: 'demo-ak', secretKey: 'demo-sk' }), path).toMatchObject({ resultCode: '0101003' });
      expect(await post(path, body, otherKey), path).toMatchObject({ resultCode: '0101003' });
      expect(await post(path, body), path).toMatchObject({ resultCode: '0100000' });
    }
  });

  it('refuse invalid requests with 0100002', async () => {
    const invalid: [string, unknown][] = [
      ['queryUapPerfInfo', { ccId: 2 }],
      ['queryUapPerfInfo', { ofcNo: ['x'] }],
      ['dsppidkey', {}],
      ['dsppidkey', { MODTYP: 'XYZ' }],
      ['dsppidkey', { MODTYP: 'CCU', MN: '56' }],
      ['dsppidkey', { MODTYP: 'CCU', PID: 'CCB' }],
      ['dsppidkey', { MODTYP: 'CCU', PID: 'BICC', MN: '56' }],
      ['dsppidkey', { MODTYP: 'CCU', PID: 'NOPE', MN: '56' }],
      ['dsppidkey', { MODTYP: 'MSU', PIDMSU: 'BSI' }],
      ['dsppidkey', { MODTYP: 'CCU', PID: 'CCB', MN: 'x56' }],
      ['queryterminalstatus', {}],
      ['queryterminalstatus', { EID: '' }],
      ['queryterminalstatus', { EID: '70101', limit: 10 }],
      ['queryterminalstatus', { EID: '70101', offset: -1, limit: 10 }],
      ['queryterminalstatus', { EID: "70101' or 1=1" }],
      ['perfindex', { beginDate: '2026-01-05 08:00:00' }],
      ['perfindex', { beginDate: '2026-01-05 08:00:00', endDate: '2026-02-06 08:00:01' }],
      ['perfindex', { ...day, limit: 0 }],
      ['terminalindex', { beginDate: '2026-01-05 09:00:00', endDate: '2026-01-05 08:00:00' }],
      ['terminalindex', { ...day, ccId: 3 }],
    ];
    for (const [path, body] of invalid) expect(await post(path, body), `${path} ${JSON.stringify(body)}`).toMatchObject({ resultCode: '0100002' });
  });
});
