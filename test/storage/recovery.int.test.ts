// Goal: nothing is lost across a stop: a graceful stop ends live calls with complete CDRs, and a
// start after a crash closes the records the crash left open. Method: a server on a SQLite file,
// stopped either way, and the store read afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories, openStore } from '../../src/store/index.ts';
import { createTestApp } from '../support/test-app.ts';
import { dial, GatewayAgent } from '../support/gateway-client.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function storeFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-recovery-'));
  dirs.push(dir);
  return path.join(dir, 'opencec.db');
}

describe('records across stops', () => {
  it('ends live calls and sessions with closed records on a graceful stop', async () => {
    const file = storeFile();
    const app = await createTestApp({ storeUrl: file });
    await GatewayAgent.signIn(app, 101);
    const talking = await dial(app, '4001');
    const queued = await dial(app, '4001');
    await app.close();
    const store = await openStore({ url: file });
    try {
      const repos = createRepositories(store.db);
      expect(await repos.ctiRecords.openCdrs()).toEqual([]);
      const talkingRows = await repos.ctiRecords.cdrsOfCall(1, talking);
      expect(talkingRows.at(-1)).toMatchObject({ callIdNum: -1, status: 'closed' });
      expect(talkingRows.at(-1)!.releaseCause).toBeGreaterThan(0);
      expect((await repos.ctiRecords.cdrsOfCall(1, queued)).at(-1)).toMatchObject({ callIdNum: -1, deviceType: 1, status: 'closed' });
      expect(await repos.ctiRecords.openRecordings()).toEqual([]);
      const operations = await repos.ctiRecords.operationsOfAgent(1, '101', 0, Number.MAX_SAFE_INTEGER);
      expect(operations.at(-1)?.opType).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('closes the rows a crash left open when the server starts again', async () => {
    const file = storeFile();
    const first = await createTestApp({ storeUrl: file });
    await first.close();
    const store = await openStore({ url: file });
    const repos = createRepositories(store.db);
    const base = {
      vdnId: 1, callId: '1767600000-9', agentId: '', callerNo: '13800000001', calleeNo: '4001', waitEndMs: null, ackBeginMs: null, ackEndMs: null,
      callEndMs: null, callType: 0, releaseCause: null, preDeviceType: null, preDeviceNo: null, skillId: 1, currentSkillId: 1, deviceIn: 'DEVICE_QUEUE',
      preDeviceIn: '', serviceNo: '', leaveReason: null, mediaType: 5, subMediaType: null, closedAtMs: null,
    };
    await repos.ctiRecords.insertCdrs([
      { ...base, id: 'a', callIdNum: 1, status: 'closed', waitBeginMs: 1, waitEndMs: 2, deviceType: 1, deviceNo: 1, leaveReason: 0, openedAtMs: 1, closedAtMs: 2, callBeginMs: null },
      { ...base, id: 'b', callIdNum: null, status: 'open', agentId: '101', waitBeginMs: 2, callBeginMs: 3, deviceType: 2, deviceNo: 101, deviceIn: 'DEVICE_AGENT', openedAtMs: 2 },
    ]);
    await store.close();
    const second = await createTestApp({ storeUrl: file });
    try {
      const rows = await second.services.repos.ctiRecords.cdrsOfCall(1, '1767600000-9');
      expect(rows.map((r) => [r.id, r.status, r.callIdNum, r.releaseCause])).toEqual([
        ['a', 'closed', 1, null],
        ['b', 'closed', -1, 534],
      ]);
      expect(rows[1]!.callEndMs).toBe(second.clock.now());
    } finally {
      await second.close();
    }
  });
});
