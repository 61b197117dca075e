// Goal: an IVR `record` node leaves a real voice message (decision 1316): a WAV of the time the
// caller spoke, at `Y:/{vdn}/record/{yyyymmdd}/{name}.wav`, which 13.2.1.11 downloadIVRRecordFile
// and the gateway's recordfile?filetype=2 serve. Method: the demo tenant plus a "leave a message"
// flow behind access code 4009; a simulated caller dials it on a virtual clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTenant } from '../../tenancy/demo-tenant.ts';
import { ccfsMessage, ccfsPost, safeJson } from '../../../test/support/ccfs-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../test/support/gateway-client.ts';
import { parseWav } from '../../media/wav-decode.ts';

let app: TestApp;
let dir = '';
beforeAll(async () => {
  const tenant = demoTenant();
  tenant.ivrFlows!.push({
    flowId: 3,
    accessCode: '8003',
    description: 'Leave a message',
    flowFileName: 'message.GSL',
    flowType: 1,
    script: { start: 'greet', nodes: { greet: { type: 'play', prompt: 'Please leave a message.', seconds: 3, next: 'message' }, message: { type: 'record', prompt: '', seconds: 20 } } },
  } as never);
  tenant.accessCodes!.push({ accessCode: '4009', mediaTypeId: 5, description: 'Messages', numCallAttr: 3 } as never);
  tenant.calledRoutes!.push({ accessCode: '4009', extCode: '', deviceType: 3, deviceId: 3 } as never);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-vm-'));
  const file = path.join(dir, 'tenant.json');
  fs.writeFileSync(file, JSON.stringify(tenant));
  app = await createTestApp({ tenantFile: file });
});
afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const framesOf = (bytes: Buffer) => {
  const wav = parseWav(new Uint8Array(bytes));
  if (!wav.ok || wav.wav.kind !== 'pcm') throw new Error('not a WAV');
  return wav.wav.frameCount;
};

describe('IVR voice messages', () => {
  it('records the message until the node’s time runs out, and serves it through CC-FS and the gateway', async () => {
    await dial(app, '4009');
    await advance(app, 60_000);
    await app.services.cti.recordingFiles.settled();
    const names = await app.services.files.list('volume/1/record/20260105');
    expect(names).toHaveLength(1);
    const fileName = `Y:/1/record/20260105/${names[0]}`;
    expect(fileName).toMatch(/^Y:\/1\/record\/20260105\/\d+-\d+_\d+\.wav$/);
    const res = await ccfsPost(app, '/CCFS/resource/ccfs/downloadIVRRecordFile', ccfsMessage({ fileName }), { raw: true });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('Application/Octet-stream;charset=UTF-8');
    expect(framesOf(res.raw)).toBe(20_000 * 8);
    const agent = await GatewayAgent.signIn(app, 101);
    const byGateway = await app.http.inject({ method: 'GET', url: `/agentgateway/resource/recordfile/101?recordId=${encodeURIComponent(fileName)}&filetype=2`, headers: { guid: agent.guid } });
    expect(byGateway.rawPayload.equals(res.raw)).toBe(true);
  });

  it('keeps what was said when the caller hangs up while speaking', async () => {
    const callId = await dial(app, '4009');
    await advance(app, 3_000 + 7_000);
    const hangUpAtMs = app.clock.now();
    await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
    await app.services.cti.recordingFiles.settled();
    const name = (await app.services.files.list('volume/1/record/20260105')).find((n) => n.startsWith(`${callId}_`))!;
    const res = await ccfsPost(app, '/CCFS/resource/ccfs/downloadIVRRecordFile', ccfsMessage({ fileName: `Y:/1/record/20260105/${name}` }), { raw: true });
    expect(safeJson(res.raw.toString('latin1'))).toBeUndefined();
    // The name carries when the message began: after the greeting and the beep's prompt.
    const beganAtMs = Number(/_(\d+)\.wav$/.exec(name)![1]);
    expect(beganAtMs).toBeGreaterThan(app.clock.now() - 7_000);
    expect(framesOf(res.raw)).toBe((hangUpAtMs - beganAtMs) * 8);
  });
});
