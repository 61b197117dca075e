// Goal: clients that compare header names case-sensitively (the vendor's Java demo does
// `header.getName().equals("Set-GUID")`) sign in and stay signed in across GUID rotations, in
// both GUID modes, even when a reply that carried a new GUID is lost. Method: a real server on
// 127.0.0.1 with the virtual clock; responses are read with Node's rawHeaders, which keep the
// names exactly as they crossed the wire, and looked up by exact name.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { listenOnLoopback, wireRequest, type WireResponse } from '../support/wire-client.ts';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** An agent client that takes the GUID only from one exactly spelled header. */
class CaseSensitiveAgent {
  guid = '';
  constructor(
    readonly port: number,
    readonly workNo: number,
    readonly reads: 'Set-GUID' | 'Guid',
  ) {}

  adopt(res: WireResponse): void {
    const value = res.exact(this.reads);
    if (value !== undefined) this.guid = this.reads === 'Set-GUID' ? value.replace(/^JSESSIONID=/, '') : value;
  }

  async signIn(): Promise<WireResponse> {
    const res = await wireRequest(this.port, 'PUT', `/agentgateway/resource/onlineagent/${this.workNo}`, {
      body: JSON.stringify({ password: 'Demo@123', phonenum: `70${this.workNo}` }),
    });
    this.adopt(res);
    return res;
  }

  async call(method: string, path: string, adopt = true): Promise<WireResponse> {
    const res = await wireRequest(this.port, method, `/agentgateway/resource/${path.replace('{id}', String(this.workNo))}`, { headers: { guid: this.guid } });
    if (adopt) this.adopt(res);
    return res;
  }

  /** One event poll; when nothing is queued the server holds it, so move virtual time to end it. */
  async poll(adopt = true): Promise<WireResponse> {
    const reply = this.call('GET', 'agentevent/{id}', adopt);
    const hub = app!.services.cti.hub;
    for (let i = 0; i < 2000 && !hub.holding(this.workNo) && hub.size(this.workNo) === 0; i++) await new Promise((r) => setTimeout(r, 1));
    if (hub.holding(this.workNo)) app!.clock.advance(10_000);
    return reply;
  }
}

const retcode = (res: WireResponse) => JSON.parse(res.text).retcode as string;

describe('response headers on the wire', () => {
  it('sign-in sends Guid, Set-GUID and Content-Type exactly as Table 6-4 prints them', async () => {
    app = await createTestApp();
    const port = await listenOnLoopback(app);
    const agent = new CaseSensitiveAgent(port, 101, 'Set-GUID');
    const res = await agent.signIn();
    expect(retcode(res)).toBe('0');
    const names = res.rawHeaders.map(([name]) => name);
    expect(names).toContain('Guid');
    expect(names).toContain('Set-GUID');
    expect(names).toContain('Content-Type');
    expect(names).not.toContain('set-guid');
    expect(names).not.toContain('guid');
    expect(res.exact('Set-GUID')).toBe(`JSESSIONID=${res.exact('Guid')}`);
    expect(res.exact('Content-Type')).toBe('application/json;charset=UTF-8');
  });

  it('forced sign-in, handshake and updateGuid send both headers in the documented spelling', async () => {
    app = await createTestApp();
    const port = await listenOnLoopback(app);
    const agent = new CaseSensitiveAgent(port, 102, 'Guid');
    const forced = await wireRequest(port, 'PUT', '/agentgateway/resource/onlineagent/102/forcelogin', { body: JSON.stringify({ password: 'Demo@123', phonenum: '70102' }) });
    expect(retcode(forced)).toBe('0');
    agent.adopt(forced);
    expect(forced.exact('Set-GUID')).toBe(`JSESSIONID=${agent.guid}`);
    const handshake = await agent.call('POST', 'onlineagent/{id}/handshake');
    expect(retcode(handshake)).toBe('0');
    expect(handshake.exact('Guid')).toBe(agent.guid);
    const before = agent.guid;
    const updated = await agent.call('PUT', 'onlineagent/{id}/updateGuid');
    expect(retcode(updated)).toBe('0');
    expect(agent.guid).not.toBe(before);
    expect(updated.exact('Set-GUID')).toBe(`JSESSIONID=${agent.guid}`);
    expect(JSON.parse(updated.text).result.guid).toBe(agent.guid);
  });
});

describe('dynamic GUIDs (the default mode)', () => {
  for (const reads of ['Set-GUID', 'Guid'] as const) {
    it(`a client reading only ${reads} stays signed in across five rotations`, async () => {
      app = await createTestApp();
      const port = await listenOnLoopback(app);
      const agent = new CaseSensitiveAgent(port, 103, reads);
      expect(retcode(await agent.signIn())).toBe('0');
      const seen = new Set([agent.guid]);
      for (let i = 0; i < 5; i++) {
        app.clock.advance(61_000);
        const poll = await agent.poll();
        expect(retcode(poll)).toBe('0');
        expect(poll.exact('Set-GUID')).toBe(`JSESSIONID=${poll.exact('Guid')}`);
        seen.add(agent.guid);
        expect(retcode(await agent.call('GET', 'onlineagent/{id}/agentstatus'))).toBe('0');
      }
      expect(seen.size).toBe(6);
    });
  }

  it('a lost rotation reply is repeated to the old GUID until the new one is used', async () => {
    app = await createTestApp();
    const port = await listenOnLoopback(app);
    const agent = new CaseSensitiveAgent(port, 104, 'Set-GUID');
    expect(retcode(await agent.signIn())).toBe('0');
    const first = agent.guid;
    for (let i = 0; i < 4; i++) {
      app.clock.advance(61_000);
      const old = agent.guid;
      // The poll that rotates is lost (the client gave up after 5 s): its headers never arrive.
      const lost = await agent.poll(false);
      expect(lost.exact('Guid')).toBeDefined();
      expect(agent.guid).toBe(old);
      // The next request still carries the old GUID; its reply repeats the new one.
      const repeat = await agent.call('GET', 'onlineagent/{id}/agentstatus');
      expect(retcode(repeat)).toBe('0');
      expect(repeat.exact('Set-GUID')).toBe(`JSESSIONID=${lost.exact('Guid')}`);
      expect(repeat.exact('Guid')).toBe(lost.exact('Guid'));
      expect(agent.guid).not.toBe(old);
      // Once the new one is used, the old one (still in its grace) is no longer answered with it.
      expect(retcode(await agent.call('GET', 'onlineagent/{id}/agentstatus'))).toBe('0');
      const stale = await wireRequest(port, 'GET', '/agentgateway/resource/onlineagent/104/agentstatus', { headers: { guid: old } });
      expect(retcode(stale)).toBe('0');
      expect(stale.exact('Guid')).toBeUndefined();
    }
    const expired = await wireRequest(port, 'GET', '/agentgateway/resource/onlineagent/104/agentstatus', { headers: { guid: first } });
    expect(retcode(expired)).toBe('000-003');
  });
});

describe('static GUIDs', () => {
  it('the sign-in GUID stays valid for the whole session; polls do not rotate it', async () => {
    app = await createTestApp({ args: ['--guid-mode', 'static'] });
    const port = await listenOnLoopback(app);
    const agent = new CaseSensitiveAgent(port, 105, 'Set-GUID');
    expect(retcode(await agent.signIn())).toBe('0');
    const guid = agent.guid;
    for (let i = 0; i < 4; i++) {
      app.clock.advance(61_000);
      const poll = await agent.poll();
      expect(retcode(poll)).toBe('0');
      expect(poll.exact('Set-GUID')).toBeUndefined();
      expect(retcode(await agent.call('GET', 'onlineagent/{id}/agentstatus'))).toBe('0');
    }
    expect(agent.guid).toBe(guid);
  });
});
