// Goal: §13.1.2 and §13.1.3 serve the real recording files through the gateway: the documented
// Content-Type, Content-Disposition, ranges (206, Content-Range, 416), either call id form, the
// agent's own recordings (an inspector's: any agent's of its tenant), never another VDN's; video
// downloads answer their documented code. Method: the demo tenant on a virtual clock; agent 101
// takes a call from /sim/v1, inspector 120 and agent 102 sign in; downloads go through inject.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { parseWav } from '../../../media/wav-decode.ts';

let app: TestApp;
let agent: GatewayAgent;
let other: GatewayAgent;
let inspector: GatewayAgent;
let callId = '';
let row: { fileName: string; recordId: string; beginMs: number; endMs: number | null };

beforeAll(async () => {
  app = await createTestApp();
  agent = await GatewayAgent.signIn(app, 101);
  other = await GatewayAgent.signIn(app, 102);
  inspector = await GatewayAgent.signIn(app, 120);
  await other.call('POST', 'onlineagent/{id}/saybusy');
  callId = await dial(app, '4001');
  await advance(app, 20_000);
  await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
  await advance(app, 1_000);
  row = (await app.services.repos.ctiRecords.recordingsOfCall(1, callId))[0]!;
});
afterAll(async () => {
  await app.close();
});

const download = (who: GatewayAgent, query: string, headers: Record<string, string> = {}) =>
  app.http.inject({ method: 'GET', url: `/agentgateway/resource/recordfile/${who.workNo}${query}`, headers: { guid: who.guid, ...headers } });
const retcode = (res: { body: string }) => JSON.parse(res.body).retcode as string;

describe('13.1.2.1 recordfile/{agentid}?recordId=', () => {
  it('serves the event’s fileName as a playable WAV of the segment’s length, with the documented headers', async () => {
    const res = await download(agent, `?recordId=${encodeURIComponent(row.fileName.replaceAll('/', '\\').replace('Y:', 'y:'))}&filetype=1`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream;charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="\d{7}\.wav"$/);
    expect(res.headers['accept-ranges']).toBe('bytes');
    const wav = parseWav(new Uint8Array(res.rawPayload));
    if (!wav.ok || wav.wav.kind !== 'pcm') throw new Error('not a WAV');
    expect(wav.wav.frameCount).toBe((row.endMs! - row.beginMs) * 8);
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
  });

  it('serves byte ranges (206, Content-Range) and refuses unsatisfiable ones (416)', async () => {
    const q = `?recordId=${encodeURIComponent(row.fileName)}`;
    const whole = await download(agent, q);
    const part = await download(agent, q, { range: 'bytes=0-43' });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-43/${whole.rawPayload.length}`);
    expect(part.rawPayload.equals(whole.rawPayload.subarray(0, 44))).toBe(true);
    const tail = await download(agent, q, { range: 'bytes=-10' });
    expect(tail.rawPayload.equals(whole.rawPayload.subarray(whole.rawPayload.length - 10))).toBe(true);
    const beyond = await download(agent, q, { range: `bytes=${whole.rawPayload.length}-` });
    expect(beyond.statusCode).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${whole.rawPayload.length}`);
  });

  it('lets an inspector download any agent’s recording, refuses another agent (104-002) and another VDN even with a valid GUID', async () => {
    const q = `?recordId=${encodeURIComponent(row.fileName)}`;
    expect((await download(inspector, q)).statusCode).toBe(200);
    const refused = await download(other, q);
    expect(refused.headers['content-type']).toMatch(/^application\/json/);
    expect(retcode(refused)).toBe('104-002');
    await app.services.store.db.updateTable('recording').set({ vdnId: 2 }).where('recordId', '=', row.recordId).execute();
    expect(retcode(await download(agent, q))).toBe('104-002');
    expect(retcode(await download(inspector, q))).toBe('104-002');
    await app.services.store.db.updateTable('recording').set({ vdnId: 1 }).where('recordId', '=', row.recordId).execute();
  });

  it('answers 104-005 for an unknown or live recording, 104-003 for a name that is not a path, 000-002 without recordId', async () => {
    expect(retcode(await download(agent, '?recordId=Y:/1/0/20260105/101/9999999.V3'))).toBe('104-005');
    expect(retcode(await download(agent, '?recordId=nonsense'))).toBe('104-003');
    expect(retcode(await download(agent, ''))).toBe('000-002');
    expect(retcode(await download(agent, '?recordId=x&filetype=3'))).toBe('000-002');
    const live = await dial(app, '4001');
    await advance(app, 2_000);
    const [open] = await app.services.repos.ctiRecords.recordingsOfCall(1, live);
    expect(open!.status).toBe('recording');
    expect(retcode(await download(agent, `?recordId=${encodeURIComponent(open!.fileName)}`))).toBe('104-005');
    await app.request({ method: 'POST', url: `/sim/v1/calls/${live}/hangup` });
    await advance(app, 1_000);
  });

  it('filetype=2 serves an IVR voice message of the tenant’s volume, never another VDN’s', async () => {
    await app.services.files.write('volume/1/record/20260105/playvoice1.wav', [Buffer.from('RIFF-test')]);
    const res = await download(agent, '?recordId=y:/1/record/20260105/playvoice1.wav&filetype=2');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('RIFF-test');
    expect(retcode(await download(agent, '?recordId=y:/2/record/20260105/playvoice1.wav&filetype=2'))).toBe('104-002');
    expect(retcode(await download(agent, '?recordId=y:/1/record/20260105/none.wav&filetype=2'))).toBe('104-005');
    expect(retcode(await download(agent, '?recordId=y:/1/../2/record/x.wav&filetype=2'))).toBe('104-003');
  });
});

describe('13.1.2.2 recordfiledownloadEx?callId=', () => {
  it('serves the call’s recording by the full and the suffix-only call id', async () => {
    const full = await download(agent, `/recordfiledownloadEx?callId=${callId}`);
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('application/octet-stream;charset=utf-8');
    const suffix = await download(agent, `/recordfiledownloadEx?callId=${callId.split('-')[1]}`);
    expect(suffix.rawPayload.equals(full.rawPayload)).toBe(true);
  });

  it('an inspector names the agent with workNo; the documented codes otherwise', async () => {
    expect(retcode(await download(inspector, `/recordfiledownloadEx?callId=${callId}`))).toBe('108-016');
    expect((await download(inspector, `/recordfiledownloadEx?callId=${callId}&workNo=101`)).statusCode).toBe(200);
    expect(retcode(await download(other, `/recordfiledownloadEx?callId=${callId}`))).toBe('108-015');
    expect(retcode(await download(agent, '/recordfiledownloadEx'))).toBe('108-016');
    expect(retcode(await download(agent, `/recordfiledownloadEx?callId=${callId}&hwFileName=Y:/1/0/20260105/101/1642329.mp4`))).toBe('108-015');
  });
});

describe('13.1.3 video downloads', () => {
  it('answer 108-001 on the voice-only network (decision 1312)', async () => {
    const a = await download(agent, '/videofiledownload?confereceld=7a008307-34ad-435b-bccd-222be5ac5385&fileType=0');
    expect(JSON.parse(a.body)).toMatchObject({ retcode: '108-001' });
    expect(retcode(await download(agent, '/videofiledownloadEx?recordId=Y:/1/0/20260105/101/1.mp4'))).toBe('108-001');
  });
});
