// Goal: CC-FS packages and recording downloads (13.2.1.2–13.2.1.7) against real records: the
// documented request in, `{resultData, resultCode, resultDesc}` out, the ZIP's CSVs exactly as
// 13.2.2 lays them out (parsed back field by field), the queued signed callback, every checked
// error code, and another tenant's recording refused. Method: a test server on a virtual clock;
// the simulator's customer talks to agent 101; requests are signed with the demo tenant's AK/SK.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ccfsMessage, ccfsPost } from '../../../test/support/ccfs-client.ts';
import { csvRows, unzipText } from '../../../test/support/zip-reader.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../test/support/gateway-client.ts';
import { parseWav } from '../../media/wav-decode.ts';

let app: TestApp;
let callId = '';
beforeAll(async () => {
  app = await createTestApp();
  const agent = await GatewayAgent.signIn(app, 101);
  callId = await dial(app, '4001');
  await agent.events();
  await advance(app, 30_000);
  await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
  await advance(app, 60_000);
});
afterAll(async () => {
  await app.close();
});

const ccfs = (path: string, body: unknown, options: { raw?: boolean } = {}) => ccfsPost(app, path, body, options);
const msg = ccfsMessage;
const day = '2026-01-05';

const unzip = unzipText;
const rowsOf = csvRows;

describe('13.2.1.2 queryBillData → callback → 13.2.1.3 downloadBillFile', () => {
  it('generates the ZIP of the window, queues the signed callback and serves CSVs laid out as 13.2.2.1', async () => {
    const res = await ccfs('/CCFS/resource/ccfs/queryBillData', msg({ beginTime: `${day} 07:00:00`, endTime: `${day} 09:00:00`, accountId: '', agentId: '', callId: '', dataType: 'call_record', callBackURL: 'https://10.57.118.171:8000' }));
    expect(res.body).toEqual({ resultData: { responseId: expect.stringMatching(/^[0-9a-f]{32}$/) }, resultCode: '0', resultDesc: 'success' });
    const responseId = res.body.resultData.responseId as string;
    await app.services.settle();
    const delivery = await app.services.store.db.selectFrom('callbackDelivery').selectAll().where('kind', '=', 'ccfs-bill').executeTakeFirstOrThrow();
    const billFileName = `20260105_${responseId}.zip`;
    expect(JSON.parse(delivery.body)).toEqual({ request: { version: '2.0' }, msgBody: { responseId, billFileName, accountId: '' } });
    expect(delivery.url).toBe('https://10.57.118.171:8000');

    const zip = await ccfs('/CCFS/resource/ccfs/downloadBillFile', msg({ billFileName }), { raw: true });
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('Application/Octet-stream;charset=UTF-8');
    const files = await unzip(zip.raw);
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^\d{17}\d{3}_call_1\.csv$/);
    expect(names[1]).toMatch(/^\d{17}\d{3}_record_1\.csv$/);

    const cdrs = rowsOf(files[names[0]!]!);
    const dbCdrs = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    expect(cdrs).toHaveLength(dbCdrs.length);
    for (const row of cdrs) expect(row).toHaveLength(29);
    const agentRow = cdrs.find((r) => r[13] === '2')!;
    expect(agentRow.slice(0, 7)).toEqual(['demo-ak', '1', '1', '101', callId, '13800000001', '4001']);
    expect(agentRow[11]).toMatch(/^2026-01-05 08:00:\d\d$/);
    expect(agentRow[17]).toBe('-1');
    expect(agentRow[23]).toBe('DEVICE_AGENT');
    expect(agentRow[27]).toBe('5');

    const records = rowsOf(files[names[1]!]!);
    expect(records).toHaveLength(1);
    const [rec] = records;
    expect(rec).toHaveLength(18);
    expect(rec!.slice(0, 7)).toEqual(['demo-ak', '1', '1', '101', callId, '13800000001', '4001']);
    expect(rec![9]).toMatch(/^\/1\/1\/record\/1\/20260105\/101\/\d{7}\.wav$/);
    expect(rec![12]).toMatch(/^Y:\\1\\0\\20260105\\101\\\d{7}\.V3$/);
    expect(rec![13]).toBe('1');
    expect(rec![15]).toBe('5');

    // The index's file_name and original_file_name download the same playable WAV of the segment.
    const byName = await ccfs('/CCFS/resource/ccfs/downloadRecordFile', msg({ fileName: rec![9] }), { raw: true });
    const byOriginal = await ccfs('/CCFS/resource/ccfs/downloadRecord', msg({ fileName: rec![12]!.replaceAll('\\', '/') }), { raw: true });
    const byCall = await ccfs('/CCFS/resource/ccfs/downloadRecord', msg({ callId: callId.split('-')[1] }), { raw: true });
    expect(byName.status).toBe(200);
    expect(byName.raw.equals(byOriginal.raw)).toBe(true);
    expect(byName.raw.equals(byCall.raw)).toBe(true);
    const wav = parseWav(new Uint8Array(byName.raw));
    if (!wav.ok || wav.wav.kind !== 'pcm') throw new Error('not a WAV');
    const [dbRec] = await app.services.repos.ctiRecords.recordingsOfCall(1, callId);
    expect(wav.wav.frameCount).toBe(Math.round((dbRec!.endMs! - dbRec!.beginMs) * 8));
  });

  it('answers the documented codes for bad requests', async () => {
    const q = (msgBody: Record<string, unknown>, request: unknown = { version: '2.0' }) => ccfs('/CCFS/resource/ccfs/queryBillData', { request, msgBody });
    const ok = { beginTime: `${day} 07:00:00`, endTime: `${day} 09:00:00`, dataType: 'call', callbackURL: 'https://example.test/cb' };
    const code = async (p: Promise<{ body: any }>) => (await p).body.resultCode;
    expect(await code(q(ok, { version: '1.0' }))).toBe('0300006');
    expect(await code(q(ok, {}))).toBe('0300001');
    expect(await code(ccfs('/CCFS/resource/ccfs/queryBillData', { request: { version: '2.0' } }))).toBe('0300007');
    expect(await code(q({ ...ok, beginTime: undefined }))).toBe('0300001');
    expect(await code(q({ ...ok, beginTime: '' }))).toBe('0300002');
    expect(await code(q({ ...ok, beginTime: '2026/01/05 07:00:00' }))).toBe('0300004');
    expect(await code(q({ ...ok, beginTime: `${day} 10:00:00` }))).toBe('0300013');
    expect(await code(q({ ...ok, beginTime: '2026-01-01 07:00:00' }))).toBe('0300014');
    expect(await code(q({ ...ok, beginTime: '2026-01-06 07:00:00', endTime: '2026-01-06 08:00:00' }))).toBe('0300016');
    expect(await code(q({ ...ok, dataType: 'calls' }))).toBe('0300004');
    expect(await code(q({ ...ok, callId: '1'.repeat(26) }))).toBe('0300003');
    expect(await code(q({ ...ok, accountId: '2' }))).toBe('0300026');
    expect(await code(q({ ...ok, callbackURL: 'ftp://x' }))).toBe('0300004');
    const d = (billFileName: unknown) => ccfs('/CCFS/resource/ccfs/downloadBillFile', msg({ billFileName }));
    expect((await d('20260105_x.zip')).body).toEqual({ resultData: null, resultCode: '0300011', resultDesc: 'The file does not exist.' });
    expect(await code(d('../etc/passwd'))).toBe('0300022');
    expect(await code(d(`${'a'.repeat(50)}`))).toBe('0300003');
  });

  it('refuses an unsigned request with 401 and the Spring error body of Table 13-127', async () => {
    app.clock.advance(1234);
    const res = await app.request({ method: 'POST', url: '/CCFS/resource/ccfs/queryBillData', body: msg({}) });
    expect(res.status).toBe(401);
    // The timestamp is the server clock's (virtual here), not the wall clock's.
    expect(res.body).toEqual({ timestamp: app.clock.now(), status: 401, error: 'Unauthorized', message: 'No message available', path: '/CCFS/resource/ccfs/queryBillData' });
  });
});

describe('13.2.1.4/13.2.1.5 recordings of another tenant', () => {
  it('refuses them with 0300018 even with a valid signature, and 0300019/0300012 otherwise', async () => {
    const [rec] = await app.services.repos.ctiRecords.recordingsOfCall(1, callId);
    await app.services.store.db.updateTable('recording').set({ vdnId: 2 }).where('recordId', '=', rec!.recordId).execute();
    try {
      expect((await ccfs('/CCFS/resource/ccfs/downloadRecord', msg({ fileName: rec!.fileName }))).body.resultCode).toBe('0300018');
      expect((await ccfs('/CCFS/resource/ccfs/downloadRecord', msg({ callId }))).body.resultCode).toBe('0300018');
    } finally {
      await app.services.store.db.updateTable('recording').set({ vdnId: 1 }).where('recordId', '=', rec!.recordId).execute();
    }
    expect((await ccfs('/CCFS/resource/ccfs/downloadRecord', msg({}))).body.resultCode).toBe('0300019');
    expect((await ccfs('/CCFS/resource/ccfs/downloadRecord', msg({ fileName: 'Y:/1/0/20260105/101/9999999.V3' }))).body.resultCode).toBe('0300012');
    expect((await ccfs('/CCFS/resource/ccfs/downloadRecordFile', msg({ fileName: '/1/1/record/1/20260105/101/9999999.wav' }))).body.resultCode).toBe('0300011');
    expect((await ccfs('/CCFS/resource/ccfs/downloadRecordFile', msg({ fileName: '/1/1/record/1/a b.wav' }))).body.resultCode).toBe('0300022');
  });
});
