// Goal: pre-2.5 clients that sign in with `pushUrl` get each event POSTed alone in the poll's body,
// in order, with any 2xx counting as delivered and failures retried; a pushUrl the server cannot
// honour is refused at sign-in. Method: a real receiver on 127.0.0.1 and the virtual clock.
import { describe, expect, it } from 'vitest';
import { GatewayAgent } from '../support/gateway-client.ts';
import { usePushFixture } from './push-receiver.ts';

const fixture = usePushFixture();
const delivered = () => fixture.delivered();

type LegacyBody = { message: string; retcode: string; event: { eventType: string; workNo: string; content: unknown } };
const bodies = () => fixture.receiver.received.map((r) => r.body as unknown as LegacyBody);

describe('legacy push (pushUrl)', () => {
  it('POSTs one event per request in the poll body, oldest first', async () => {
    const agent = await GatewayAgent.signIn(fixture.app, 101, { pushUrl: fixture.url });
    await delivered();
    const engine = await fixture.app.services.cti.registry.get(1);
    engine.run(() => {
      for (let n = 0; n < 3; n++) engine.emit(101, 'AgentOther_Note', { n });
    });
    await delivered();
    const received = bodies();
    expect(received.length).toBeGreaterThanOrEqual(4);
    for (const body of received) {
      expect(Object.keys(body)).toEqual(['message', 'retcode', 'event']);
      expect(body).toMatchObject({ message: '', retcode: '0', event: { workNo: '101' } });
    }
    expect(received.slice(-3).map((b) => b.event.content)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
    expect(fixture.receiver.received.at(-1)!.headers.guid).toBe(agent.guid);
    // A push agent may not poll (000-001), legacy or not.
    expect((await agent.poll()).body.retcode).toBe('000-001');
  });

  it('counts any 2xx as delivered and retries other answers without loss', async () => {
    fixture.receiver.answer = (index) => (index === 1 ? { status: 503, body: 'busy' } : { status: 204, body: '' });
    await GatewayAgent.signIn(fixture.app, 102, { pushUrl: fixture.url });
    await delivered();
    const before = bodies().length;
    fixture.app.clock.advance(60_000);
    await delivered();
    const types = bodies().map((b) => b.event.eventType);
    expect(bodies().length).toBeGreaterThan(before);
    // The event refused with 503 was sent again and nothing after it overtook it.
    expect(types[1]).toBe(types[2]);
  });

  it('refuses a pushUrl it cannot honour with 100-001 instead of ignoring it', async () => {
    for (const bad of ['not a url', 'ftp://127.0.0.1/x', 'mailto:a@b.c']) {
      const res = await new GatewayAgent(fixture.app, 103).signIn({ pushUrl: bad });
      expect(res.body.retcode, bad).toBe('100-001');
    }
    const both = await new GatewayAgent(fixture.app, 103).signIn({ pushUrl: fixture.url, callbackUri: fixture.url, serviceToken: 'token_1' });
    expect(both.body.retcode).toBe('100-001');
  });
});
