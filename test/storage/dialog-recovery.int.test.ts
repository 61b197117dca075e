// Goal: a chatbot dialog survives a restart or is ended cleanly (decisions 1006, 1014, 1015): a
// graceful stop ends a voice caller's dialog as the caller leaving (release_reason 2); a start
// after a crash closes the engine-driven dialogs the crash left open (release_reason 1); a dialog
// an outside access party drives over 10.5 survives and takes its next turn.
// Method: a server on a SQLite file, stopped, the store edited to look like a crash, restarted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories, openStore } from '../../src/store/index.ts';
import { oiapClient } from '../../src/api/oiap/oiap-client.test-support.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { advance, dial } from '../support/gateway-client.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function externalTurn(app: TestApp, inaction: number, inparams: Record<string, unknown>) {
  const oiap = await oiapClient(app);
  return app.request({ method: 'POST', url: '/oifde/rest/crs/process', body: { userid: 'ext-1', inaction, inparams: { call_id: 'ext-1', call_dst_id: '4002', auth_token: oiap.token, ...inparams } } });
}

describe('dialog sessions across stops', () => {
  it('ends engine-driven dialogs cleanly and keeps the ones of outside access parties', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-dialogs-'));
    dirs.push(dir);
    const file = path.join(dir, 'opencec.db');
    const first = await createTestApp({ storeUrl: file });
    const callId = await dial(first, '4002', { caller: '13800000091' });
    await first.services.settle();
    await advance(first, 10_000);
    expect((await externalTurn(first, 8, { call_sor_id: '13800000092' })).body.outaction).toBe(9);
    await first.close();

    const store = await openStore({ url: file });
    const repos = createRepositories(store.db);
    expect(await repos.oiapDialog.session(1, `ivr-${callId}`)).toMatchObject({ status: 'closed', releaseReason: '2', endedInIvr: 1 });
    // As if the server had crashed during the call: the instance is left active.
    await repos.oiapDialog.updateSession(1, `ivr-${callId}`, { status: 'active', endedAtMs: null, releaseReason: null });
    await store.close();

    const second = await createTestApp({ storeUrl: file });
    try {
      expect(await second.services.repos.oiapDialog.session(1, `ivr-${callId}`)).toMatchObject({ status: 'closed', releaseReason: '1' });
      expect(await second.services.repos.oiapDialog.session(1, 'ext-1')).toMatchObject({ status: 'active' });
      const next = await externalTurn(second, 9, { flow_result_type: '1', input: 'when are you open' });
      expect(next.body).toMatchObject({ outaction: 9, outparams: { prompt_text: expect.stringContaining('9 am to 5 pm') } });
    } finally {
      await second.close();
    }
  }, 30_000);
});
