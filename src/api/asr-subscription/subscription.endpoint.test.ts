// Goal: §6.3.1–6.3.5 register, modify, unregister and both handshakes with C5 auth and the §6.3.7.2
// codes; the five-minute lapse on the Clock from the stored last handshake, which a restart keeps.
// Method: the demo tenant on a virtual clock; a restart is a second server on the same SQLite file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { advance } from '../../../test/support/gateway-client.ts';
import { guidOf, register as registerOn, subscribeCall } from '../../../test/support/asr-receiver.ts';

const base = 'http://127.0.0.1:9/rest/cc-ai';
let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const call = (guid: string, method: 'GET' | 'POST' | 'PUT', p: string, body?: unknown, headers: Record<string, string> = {}) => subscribeCall(app, guid, method, p, body, headers);
const register = (guid: string, extra: Record<string, unknown> = {}) => registerOn(app, guid, base, extra);

describe('§6.3 subscription interfaces', () => {
  it('register, handshake, extended handshake, modify and unregister, with their codes', async () => {
    const guid = await guidOf(app, 100001);
    const serverId = await register(guid);
    expect((await call(guid, 'GET', `handshake/${serverId}`)).body).toEqual({ message: 'success', retcode: '0' });
    expect((await call(guid, 'POST', `handshake/${serverId}`, undefined, { service_token: 'token-1' })).body).toEqual({ message: 'success', retcode: '0' });
    expect((await call(guid, 'POST', `handshake/${serverId}`, undefined, { service_token: 'other' })).body.retcode).toBe('107-051');
    expect((await call(guid, 'POST', `handshake/${serverId}`)).body.retcode).toBe('107-002');
    expect((await call(guid, 'POST', `modify?serverId=${serverId}`, { serviceCallBackUri: `${base}/v2`, nlpFlag: false })).body).toEqual({ message: 'success', retcode: '0', result: { serverId } });
    expect(await app.services.repos.asrSubscriptions.find(serverId)).toMatchObject({ serviceCallbackUri: `${base}/v2`, nlpFlag: 0, flowAccessCode: null });
    expect((await call(guid, 'POST', 'modify?serverId=20140414172508-001-00101', { serviceCallBackUri: base, nlpFlag: false })).body.retcode).toBe('107-028');
    expect((await call(guid, 'PUT', 'unregister', { serverId })).body).toEqual({ message: 'success', retcode: '0' });
    expect((await call(guid, 'PUT', 'unregister', { serverId })).body.retcode).toBe('107-031');
    expect((await call(guid, 'GET', `handshake/${serverId}`)).body.retcode).toBe('107-032');
  });

  it('validates (107-002) and authenticates (107-007)', async () => {
    const guid = await guidOf(app, 100001);
    for (const body of [{ subscribeType: '1', nlpFlag: true }, { subscribeType: '2', serviceCallBackUri: base, nlpFlag: true }, { subscribeType: '1', serviceCallBackUri: 'x'.repeat(201), nlpFlag: true }, { subscribeType: '1', serviceCallBackUri: base }, { subscribeType: '1', serviceCallBackUri: base, nlpFlag: true, serviceToken: 't'.repeat(257) }]) {
      expect((await call(guid, 'POST', 'register', body)).body.retcode, JSON.stringify(body)).toBe('107-002');
    }
    expect((await call(guid, 'PUT', 'unregister', { serverId: 'null' })).body.retcode).toBe('107-002');
    expect((await call(guid, 'POST', 'modify', { serviceCallBackUri: base, nlpFlag: true })).body.retcode).toBe('107-002');
    expect((await call('not-a-guid', 'POST', 'register', { subscribeType: '1', serviceCallBackUri: base, nlpFlag: true })).body.retcode).toBe('107-007');
  });

  it('lapses five minutes after the last handshake, for every interface', async () => {
    const guid = await guidOf(app, 100001);
    const serverId = await register(guid);
    await advance(app, 4 * 60_000);
    expect((await call(guid, 'GET', `handshake/${serverId}`)).body.retcode).toBe('0');
    await advance(app, 5 * 60_000 - 1);
    expect((await call(guid, 'POST', `handshake/${serverId}`, undefined, { service_token: 'token-1' })).body.retcode).toBe('0');
    await advance(app, 5 * 60_000);
    expect((await call(guid, 'GET', `handshake/${serverId}`)).body.retcode).toBe('107-032');
    expect((await call(guid, 'POST', `modify?serverId=${serverId}`, { serviceCallBackUri: base, nlpFlag: false })).body.retcode).toBe('107-028');
    expect((await call(guid, 'PUT', 'unregister', { serverId })).body.retcode).toBe('107-031');
  });

  it('gives every registration its own serverId, even across a restart in the same second', async () => {
    await acrossRestart(
      async (first) => {
        const guid = await guidOf(first, 100001);
        return [await registerOn(first, guid, base), await registerOn(first, guid, base)];
      },
      async (second, ids) => {
        ids.push(await registerOn(second, await guidOf(second, 100001), base));
        expect(new Set(ids).size).toBe(3);
      },
    );
  });

  it('outlives a restart within five minutes of its last handshake, and lapses after it', async () => {
    await acrossRestart(
      async (first) => {
        const guid = await guidOf(first, 100001);
        const kept = await registerOn(first, guid, base);
        const dropped = await registerOn(first, guid, base);
        first.clock.advance(60_000);
        expect((await subscribeCall(first, guid, 'GET', `handshake/${kept}`)).body.retcode).toBe('0');
        return { kept, dropped };
      },
      async (second, { kept, dropped }) => {
        // The second server's clock starts where the first one's did; bring it to 5:59 after the registrations.
        second.clock.advance(5 * 60_000 + 59_000);
        const again = await guidOf(second, 100001);
        expect((await subscribeCall(second, again, 'GET', `handshake/${dropped}`)).body.retcode).toBe('107-032');
        expect((await subscribeCall(second, again, 'POST', `handshake/${kept}`, undefined, { service_token: 'token-1' })).body.retcode).toBe('0');
        expect((await second.services.asr.subscriptions.forTenant(1)).map((s) => s.serverId)).toEqual([kept]);
        second.clock.advance(5 * 60_000);
        expect((await subscribeCall(second, again, 'GET', `handshake/${kept}`)).body.retcode).toBe('107-032');
      },
    );
  });
});

/** Runs `before` on a server on a SQLite file, stops it, and runs `after` on a new server on the same file. */
async function acrossRestart<T>(before: (app: TestApp) => Promise<T>, after: (app: TestApp, carried: T) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-asr-'));
  const file = path.join(dir, 'opencec.db');
  const on = async <R>(work: (app: TestApp) => Promise<R>): Promise<R> => {
    const server = await createTestApp({ storeUrl: file });
    try {
      return await work(server);
    } finally {
      await server.close();
    }
  };
  try {
    const carried = await on(before);
    await on((server) => after(server, carried));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
