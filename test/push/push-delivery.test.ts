// Goal: push delivery (6.1.4.2, ref L13712–13814; note 02 §5.2) as a third-party receiver sees it:
// POSTs with the Guid and service_token headers, body {workNo, eventList} oldest first, batches,
// retries with backoff on the virtual clock without reordering; a push-mode agent may not poll
// (000-001); the heartbeat keeps the session alive. Method: a whole server on a virtual clock
// pushing over HTTP to a real receiver on 127.0.0.1 (ephemeral port, closed after each test).
import { describe, expect, it } from 'vitest';
import { limits } from '../../src/app/limits.ts';
import { dial, GatewayAgent } from '../support/gateway-client.ts';
import { acknowledge, usePushFixture } from './push-receiver.ts';

const fixture = usePushFixture();
const delivered = () => fixture.delivered();

/** Moves virtual time, then lets due pushes (and retries) complete. */
async function advance(ms: number): Promise<void> {
  fixture.app.clock.advance(ms);
  await delivered();
}

async function signInPush(workNo = 101, extra: Record<string, unknown> = {}): Promise<GatewayAgent> {
  const agent = await GatewayAgent.signIn(fixture.app, workNo, { callbackUri: fixture.url, serviceToken: 'token_1', ...extra });
  await delivered();
  return agent;
}

async function emitNotes(workNo: number, count: number): Promise<void> {
  const engine = await fixture.app.services.cti.registry.get(1);
  engine.run(() => {
    for (let i = 0; i < count; i++) engine.emit(workNo, 'AgentOther_Note', { n: i });
  });
}

describe('push delivery', () => {
  it('POSTs the events to the callbackUri with Guid and service_token, oldest first', async () => {
    const agent = await signInPush();
    expect(fixture.receiver.received).toHaveLength(1);
    const [first] = fixture.receiver.received;
    expect(first!.headers.guid).toBe(agent.guid);
    expect(first!.headers.service_token).toBe('token_1');
    expect(first!.headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(first!.body).toEqual({
      workNo: '101',
      eventList: [
        { eventType: 'AgentOther_InService', workNo: '101', content: null },
        { eventType: 'AgentState_Ready', workNo: '101', content: null },
      ],
    });
    const callId = await dial(fixture.app, '4001');
    await delivered();
    expect(fixture.receiver.eventTypes().slice(2)).toEqual(['AgentEvent_Auto_Answer', 'AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record']);
    expect(fixture.receiver.events()[2]).toEqual(['AgentEvent_Auto_Answer', expect.objectContaining({ callid: callId, feature: '0' })]);
  });

  it('answers a poll of a push-mode agent with 000-001 and does not hand it the events', async () => {
    const agent = await signInPush();
    expect((await agent.poll()).body).toEqual({ message: 'The agent signed in for pushed events; polling is not allowed.', retcode: '000-001', result: '' });
    await emitNotes(101, 1);
    await delivered();
    expect(fixture.receiver.eventTypes()).toEqual(['AgentOther_InService', 'AgentState_Ready', 'AgentOther_Note']);
  });

  it('sends at most pushBatchEventsMax events per POST, in order, one POST at a time', async () => {
    fixture.receiver.answer = (n) => (n === 0 ? { status: 503, body: 'busy' } : acknowledge);
    await signInPush();
    await emitNotes(101, 120);
    await delivered();
    expect(fixture.receiver.received).toHaveLength(1);
    await advance(limits.pushRetryDelayMsBase);
    expect(fixture.receiver.received.map((p) => p.body.eventList.length)).toEqual([2, limits.pushBatchEventsMax, limits.pushBatchEventsMax, 22]);
    const delivered122 = fixture.receiver.received.slice(1).flatMap((p) => p.body.eventList);
    expect(delivered122.map((e) => e.eventType).slice(0, 2)).toEqual(['AgentOther_InService', 'AgentState_Ready']);
    expect(delivered122.slice(2).map((e) => (e.content as { n: number }).n)).toEqual(Array.from({ length: 120 }, (_, i) => i));
  });

  it('retries a failing receiver with exponential backoff on the clock, without loss or reordering', async () => {
    const failures = [{ status: 500, body: 'oops' }, { status: 200, body: '{"message":"busy","retcode":"1"}' }, 'drop' as const, { status: 200, body: 'not json' }];
    fixture.receiver.answer = (n) => failures[n] ?? acknowledge;
    await signInPush();
    const attemptsAt = [fixture.app.clock.now()];
    for (const delayMs of [1_000, 2_000, 4_000, 8_000]) {
      await emitNotes(101, 1);
      await advance(delayMs - 1);
      expect(fixture.receiver.received).toHaveLength(attemptsAt.length);
      await advance(1);
      attemptsAt.push(fixture.app.clock.now());
      expect(fixture.receiver.received).toHaveLength(attemptsAt.length);
    }
    // Every attempt re-sent the undelivered events from the oldest; the last one delivered them all.
    expect(fixture.receiver.received.map((p) => p.body.eventList.length)).toEqual([2, 3, 4, 5, 6]);
    expect(fixture.receiver.received.at(-1)!.body.eventList.map((e) => e.eventType)).toEqual(['AgentOther_InService', 'AgentState_Ready', 'AgentOther_Note', 'AgentOther_Note', 'AgentOther_Note', 'AgentOther_Note']);
    await emitNotes(101, 1);
    await delivered();
    expect(fixture.receiver.received.at(-1)!.body.eventList).toEqual([{ eventType: 'AgentOther_Note', workNo: '101', content: { n: 0 } }]);
  });

  it('sends the current GUID after updateGuid', async () => {
    const agent = await signInPush();
    const renewed = (await agent.call('PUT', 'onlineagent/{id}/updateGuid')).body.result.guid as string;
    await emitNotes(101, 1);
    await delivered();
    expect(fixture.receiver.received.at(-1)!.headers.guid).toBe(renewed);
  });
});

describe('heartbeat liveness in push mode', () => {
  it('signs out an agent without a handshake for 120 s and pushes ShutdownService last', async () => {
    const agent = await signInPush();
    await advance(119_000);
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('0');
    await advance(1_000);
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('100-006');
    expect(fixture.receiver.eventTypes().at(-1)).toBe('AgentOther_ShutdownService');
    // A signed-out push agent cannot collect anything by polling either.
    expect((await agent.poll()).body.retcode).toBe('100-006');
  });

  it('keeps an agent that sends a handshake every 30 s signed in', async () => {
    const agent = await signInPush();
    for (let i = 0; i < 10; i++) {
      await advance(30_000);
      expect((await agent.call('POST', 'onlineagent/{id}/handshake')).body).toEqual({ message: 'success', retcode: '0' });
    }
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('0');
    expect(fixture.receiver.eventTypes()).not.toContain('AgentOther_ShutdownService');
  });

  it('stops retrying a receiver that never answers once the signed-out session is gone', async () => {
    fixture.receiver.answer = () => ({ status: 500, body: 'down' });
    const agent = await signInPush();
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
    await advance(limits.signOutEventGraceMs);
    const attempts = fixture.receiver.received.length;
    expect(fixture.receiver.received.at(-1)!.body.eventList.at(-1)!.eventType).toBe('AgentOther_ShutdownService');
    await advance(10 * limits.pushRetryDelayMsMax);
    expect(fixture.receiver.received).toHaveLength(attempts);
  });
});
