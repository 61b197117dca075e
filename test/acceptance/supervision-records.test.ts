// Goal: issue 10's "done when", end to end over the wire: inspector 120 listens to agent 101 on a
// call from /sim/v1, whispers, barges and intercepts; after the call queryBillData delivers a signed
// callback to a real HTTP receiver, and the downloaded ZIP's CDR and recording-index rows describe
// exactly the call's legs; every recording downloads as a playable WAV of its segment's length.
// Method: the demo tenant on a virtual clock; the callback outbox delivers with its real HTTP
// transport to a server on 127.0.0.1; the signature is recomputed with the tenant's AK/SK.
// (The event and party lists of each inspection step are checked one by one in
// src/api/agent-gateway/quality-control/monitoring.endpoint.test.ts.)
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAuthorization, signature } from '../../src/auth/signature-v2.ts';
import { parseWav } from '../../src/media/wav-decode.ts';
import { ccfsMessage, ccfsPost } from '../support/ccfs-client.ts';
import { advance, dial, GatewayAgent } from '../support/gateway-client.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { csvRows, unzipText } from '../support/zip-reader.ts';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let app: TestApp;
let receiver: http.Server;
const received: Received[] = [];
let receiverUrl = '';

beforeAll(async () => {
  app = await createTestApp();
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ resultCode: '0', resultDesc: 'success' }));
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/ccfs/bill`;
});
afterAll(async () => {
  await app.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const ok = { message: '', retcode: '0', result: {} };

describe('supervision and records, end to end (issue 10)', () => {
  it('inspects, intercepts, then delivers a signed bill callback whose ZIP describes exactly the legs', async () => {
    const inspector = await GatewayAgent.signIn(app, 120);
    const agent = await GatewayAgent.signIn(app, 101);
    const callId = await dial(app, '4001');
    await advance(app, 2_000);
    expect(await agent.eventTypes()).toContain('AgentEvent_Talking');

    expect((await inspector.call('PUT', 'qualitycontrol/{id}/addsupervise/101')).body).toEqual(ok);
    await advance(app, 2_000);
    expect((await inspector.call('POST', 'qualitycontrol/{id}/requestswitchinsertwhisperagent?whisperagentid=101&switchtype=2')).body).toEqual(ok);
    expect((await inspector.call('POST', 'qualitycontrol/{id}/requestswitchinsertwhisperagent?whisperagentid=101&switchtype=1')).body).toEqual(ok);
    await advance(app, 6_000);
    await inspector.events();
    expect((await inspector.call('PUT', 'qualitycontrol/{id}/intercept/101')).body).toEqual(ok);
    expect(await inspector.eventTypes()).toEqual(['AgentEvent_Talking', 'AgentMediaEvent_Record']);
    const simCall = (await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body;
    expect(simCall.agents).toEqual([{ workNo: 120, state: 'talking' }]);
    await advance(app, 12_000);
    expect((await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` })).status).toBe(200);
    await advance(app, 5_000);

    const legs = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    const recordings = await app.services.repos.ctiRecords.recordingsOfCall(1, callId);
    expect(legs.map((l) => [l.deviceType, l.deviceNo])).toEqual([
      [1, 1],
      [2, 101],
      [2, 120],
    ]);
    expect(recordings.map((r) => [r.agentId, r.endMs! - r.beginMs])).toEqual([
      ['101', 10_000],
      ['120', 12_000],
    ]);

    // 13.2.1.2: the package is generated in the background and its callback goes to our receiver.
    const query = await ccfsPost(app, '/CCFS/resource/ccfs/queryBillData', ccfsMessage({ beginTime: '2026-01-05 07:00:00', endTime: '2026-01-05 09:00:00', dataType: 'call_record', callBackURL: receiverUrl }));
    expect(query.body).toMatchObject({ resultCode: '0', resultDesc: 'success' });
    const responseId = query.body.resultData.responseId as string;
    for (let i = 0; i < 20 && received.length === 0; i++) {
      await app.services.settle();
      await advance(app, 1_000);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(received).toHaveLength(1);
    const [callback] = received;
    const billFileName = `20260105_${responseId}.zip`;
    expect(JSON.parse(callback!.body)).toEqual({ request: { version: '2.0' }, msgBody: { responseId, billFileName } });

    // The callback is signed auth-v2 with the tenant's AK/SK over host, content type and length.
    const auth = parseAuthorization(callback!.headers.authorization);
    expect(auth).toMatchObject({ accessKey: 'demo-ak', signedHeaders: ['content-length', 'content-type', 'host'] });
    const expected = signature(
      { method: 'POST', path: '/ccfs/bill', query: [], headers: { host: callback!.headers.host, 'content-type': callback!.headers['content-type'], 'content-length': callback!.headers['content-length'] }, body: callback!.body },
      { accessKey: 'demo-ak', secretKey: 'demo-sk', timestamp: auth!.timestamp, signedHeaders: auth!.signedHeaders },
    );
    expect(auth!.signature).toBe(expected);

    // 13.2.1.3: the ZIP holds one CDR row per leg and one index row per recording, and nothing else.
    const zip = await ccfsPost(app, '/CCFS/resource/ccfs/downloadBillFile', ccfsMessage({ billFileName }), { raw: true });
    expect(zip.status).toBe(200);
    const files = await unzipText(zip.raw);
    const cdrFile = Object.keys(files).find((n) => n.includes('_call_'))!;
    const recordFile = Object.keys(files).find((n) => n.includes('_record_'))!;
    const cdrRows = csvRows(files[cdrFile]!);
    expect(cdrRows.map((r) => [r[4], r[13], r[3]])).toEqual(
      expect.arrayContaining([
        [callId, '2', '101'],
        [callId, '2', '120'],
      ]),
    );
    expect(cdrRows).toHaveLength(legs.length);
    expect(cdrRows.every((r) => r[4] === callId)).toBe(true);
    const indexRows = csvRows(files[recordFile]!);
    expect(indexRows.map((r) => [r[3], r[4]]).sort()).toEqual([
      ['101', callId],
      ['120', callId],
    ]);

    // Each index row's file downloads as a playable 8 kHz WAV as long as its segment.
    for (const row of indexRows) {
      const file = await ccfsPost(app, '/CCFS/resource/ccfs/downloadRecordFile', ccfsMessage({ fileName: row[9] }), { raw: true });
      expect(file.status).toBe(200);
      const wav = parseWav(new Uint8Array(file.raw));
      if (!wav.ok || wav.wav.kind !== 'pcm') throw new Error(`not a playable WAV: ${row[9]}`);
      const segment = recordings.find((r) => r.agentId === row[3])!;
      expect(wav.wav.sampleRate).toBe(8_000);
      expect(wav.wav.frameCount).toBe(Math.round((segment.endMs! - segment.beginMs) * 8));
    }
  });
});
