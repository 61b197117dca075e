// Goal: web chats are calls of media type 53 routed by the same ACD as voice, with per-agent chat
// capacity, the documented agent events in order, and every customer message delivered once.
// Method: an engine fixture on a virtual clock with a chat skill and channel; customers send
// through customerSends, agents act through the chat commands; assert events, mailboxes, CDR rows.
import { describe, expect, it } from 'vitest';
import { signOut } from '../sessions/index.ts';
import { channelId, chatFixture } from './chat-fixture.test-support.ts';
import { customerDials } from '../calls/index.ts';
import { agentSendsMessage, answerChat, chatQueueInfo, customerSends, findSession, setCallNums, takeDownlink, transferChat } from './index.ts';

describe('chat routing', () => {
  it('offers a chat with text media ability, connects it, and carries messages both ways', () => {
    const f = chatFixture();
    f.login(101);
    f.output.take(101);
    expect(f.send('u1', 'CONNECT')).toEqual({ code: '0', desc: 'connect successfully.' });
    const callId = f.callOf('u1');
    const events = f.output.take(101);
    expect(events.map(([t]) => t)).toEqual(['AgentEvent_Auto_Answer', 'AgentEvent_Talking']);
    expect(events[0]![1]).toMatchObject({ callid: callId, caller: 'u1', called: '4003', mediaAbility: '5', feature: '0' });
    expect(f.send('u1', 'CHAT', 'hello')).toEqual({ code: '0', desc: 'sendUserMessage successfully.' });
    expect(f.output.take(101)).toEqual([['AgentEvent_MessageData', { callid: callId, caller: 'u1', called: '4003', feature: 0, type: 'main', message: 'hello', mediaAbility: '5' }]]);
    expect(f.engine.run(() => agentSendsMessage(f.engine, 101, callId, { mediaType: 'IMAGE', content: 'obj-1', mediaFileType: 'jpg', contentType: '1', messageCode: 'mc-1', sendTime: 1234 }))).toEqual({ ok: true, value: null });
    const downlink = takeDownlink(f.engine, channelId, 'u1', false);
    expect(downlink.map((m) => [m.sourceType, m.content])).toEqual([['SYSTEM', 'Agent connected'], ['AGENT', 'obj-1']]);
    expect(downlink[1]).toMatchObject({ from: channelId, to: 'u1', mediaType: 'IMAGE', mediaFileType: 'jpg', contentType: '1', messageCode: 'mc-1', timestamp: 1234, senderNickname: 'Agent 101' });
    expect(takeDownlink(f.engine, channelId, 'u1', false)).toEqual([]);
  });

  it('gives an agent chats up to its capacity, then queues with a real position', () => {
    const f = chatFixture({}, [101]);
    f.login(101);
    f.send('a', 'CONNECT');
    f.send('b', 'CONNECT');
    expect(f.send('c', 'CONNECT')).toEqual({ code: '11', desc: 'Queuing...' });
    expect(f.send('d', 'CONNECT')).toEqual({ code: '11', desc: 'Queuing...' });
    const agent = f.engine.agents.get(101)!;
    expect(agent.chats?.size).toBe(2);
    f.clock.advance(5000);
    expect(chatQueueInfo(f.engine, findSession(f.engine, channelId, 'd')!)).toMatchObject({ position: 2, currentDeviceWaitTime: 5, configMaxcWaitTime: 600 });
    // The agent is still free for voice (the tenant did not say otherwise).
    f.output.take(101);
    f.engine.run(() => customerDials(f.engine, { caller: '555', called: '4001' }));
    expect(f.output.types(101)).toContain('AgentEvent_Auto_Answer');
    // The first customer leaves: its place goes to the head of the queue.
    f.send('a', 'DISCONNECT');
    expect(findSession(f.engine, channelId, 'c')!.state).toBe('agent');
    expect(chatQueueInfo(f.engine, findSession(f.engine, channelId, 'd')!)?.position).toBe(1);
    // setcallnums raises the capacity: d is served at once.
    f.engine.run(() => setCallNums(f.engine, 101, 53, 3));
    expect(findSession(f.engine, channelId, 'd')!.state).toBe('agent');
  });

  it('keeps an agent at its chat limit off voice when the tenant says so', () => {
    const f = chatFixture({ voiceBusyAtChatLimit: true, maxChatsPerAgent: 1 }, [101]);
    f.login(101);
    f.send('a', 'CONNECT');
    f.engine.run(() => customerDials(f.engine, { caller: '555', called: '4001' }));
    expect(f.engine.agents.get(101)!.legs.size).toBe(0);
    f.send('a', 'DISCONNECT');
    expect(f.engine.agents.get(101)!.legs.size).toBe(1);
  });

  it('rings a manual agent, answers through the answer command, and re-queues on ring timeout', () => {
    const f = chatFixture({}, [101, 102]);
    f.login(101, false);
    f.send('a', 'CONNECT');
    const callId = f.callOf('a');
    expect(f.output.types(101)).toContain('AgentEvent_Ringing');
    f.clock.advance(15_000);
    expect(f.output.types(101)).toEqual(['AgentEvent_No_Answer', 'AgentState_SetNotReady_Success']);
    expect(findSession(f.engine, channelId, 'a')!.state).toBe('queuing');
    f.login(102, false);
    expect(f.engine.run(() => answerChat(f.engine, 102, callId))).toEqual({ ok: true, value: null });
    expect(findSession(f.engine, channelId, 'a')!.state).toBe('agent');
  });

  it('ends with Customer_Release then Call_Release and closes the CDR rows with media type 53', () => {
    const f = chatFixture();
    f.login(101);
    f.send('a', 'CONNECT');
    const callId = f.callOf('a');
    f.output.take(101);
    f.send('a', 'DISCONNECT');
    expect(f.output.take(101)).toEqual([
      ['AgentEvent_Customer_Release', { callid: callId, number: 'a' }],
      ['AgentEvent_Call_Release', callId],
    ]);
    const rows = f.output.cdrRows.filter((r) => r.callId === callId);
    expect(rows.map((r) => [r.leg.deviceType, r.callIdNum])).toEqual([[1, 1], [2, -1]]);
    expect(rows[1]!.releaseCause).toBe(518);
  });

  it('turns to leave-message mode when no agent is on duty', () => {
    const f = chatFixture();
    expect(f.send('a', 'CONNECT')).toEqual({ code: '13', desc: 'connect failed', offline: { tipText: 'Leave a message' } });
    expect(findSession(f.engine, channelId, 'a')!.state).toBe('offline');
    expect(f.send('a', 'CHAT', 'call me back').offline).toEqual({ tipText: 'Leave a message' });
  });

  it('transfers to another agent, and refuses chats that are not the agent’s', () => {
    const f = chatFixture();
    f.login(101);
    f.login(102);
    f.send('a', 'CONNECT');
    const callId = f.callOf('a');
    const first = findSession(f.engine, channelId, 'a')!.workNo!;
    const other = first === 101 ? 102 : 101;
    expect(f.engine.run(() => agentSendsMessage(f.engine, other, callId, { mediaType: 'TEXT', content: 'x' }))).toMatchObject({ ok: false, rejection: { tag: 'ChatCallIdInvalid' } });
    expect(f.engine.run(() => agentSendsMessage(f.engine, first, '', { mediaType: 'TEXT', content: 'x' }))).toMatchObject({ ok: false, rejection: { tag: 'ChatCallIdEmpty' } });
    f.output.take(first);
    f.output.take(other);
    expect(f.engine.run(() => transferChat(f.engine, first, callId, { deviceType: 2, mode: 2, address: String(other) }))).toEqual({ ok: true, value: null });
    expect(f.output.types(first)).toEqual(['AgentEvent_SuccTransResult', 'AgentEvent_Call_Release']);
    expect(f.output.take(other)[0]).toEqual(['AgentEvent_Auto_Answer', expect.objectContaining({ callid: callId, transfer: 'yes', transfrom: String(first) })]);
    expect(findSession(f.engine, channelId, 'a')!.workNo).toBe(other);
    expect(f.engine.run(() => transferChat(f.engine, other, callId, { deviceType: 3, mode: 0, address: '1' }))).toMatchObject({ ok: false, rejection: { tag: 'ChatTransferDeviceType' } });
    expect(f.engine.run(() => transferChat(f.engine, other, callId, { deviceType: 1, mode: 1, address: '2' }))).toMatchObject({ ok: false, rejection: { tag: 'ChatTransferMode' } });
  });

  it('lets a queued simulated customer abandon after its patience', () => {
    const f = chatFixture({}, [101]);
    f.login(101);
    f.engine.run(() => setCallNums(f.engine, 101, 53, 1));
    f.send('a', 'CONNECT');
    f.engine.run(() => customerSends(f.engine, { channelId, userId: 'b', controlType: 'CONNECT', mediaType: 'TEXT', patienceMs: 10_000 }));
    f.clock.advance(10_000);
    expect(findSession(f.engine, channelId, 'b')!.state).toBe('ended');
  });
});

describe('chat routing policies', () => {
  it('releases a chat whose queue timeout passes, telling the customer', () => {
    const f = chatFixture({}, [101]);
    f.engine.config = { ...f.engine.config, skills: new Map([...f.engine.config.skills].map(([id, s]) => [id, id === 2 ? { ...s, maxWaitTimeSeconds: 30 } : s])) };
    f.login(101);
    f.engine.run(() => setCallNums(f.engine, 101, 53, 1));
    f.send('a', 'CONNECT');
    f.send('b', 'CONNECT');
    const callId = f.callOf('b');
    f.clock.advance(30_000);
    expect(findSession(f.engine, channelId, 'b')!.state).toBe('ended');
    expect(takeDownlink(f.engine, channelId, 'b', false).map((m) => [m.controlType, m.sourceType])).toEqual([['DISCONNECT', 'SYSTEM']]);
    const last = f.output.cdrRows.filter((r) => r.callId === callId).at(-1)!;
    expect([last.leg.leaveReason, last.callIdNum]).toEqual([2, -1]);
  });

  it('ends the chats of an agent whose session is forced to end; a plain logout is refused', () => {
    const f = chatFixture({}, [101]);
    f.login(101);
    f.send('a', 'CONNECT');
    expect(f.engine.run(() => signOut(f.engine, 101, 'logout'))).toMatchObject({ ok: false, rejection: { tag: 'SignOutInCall' } });
    f.output.take(101);
    f.engine.run(() => signOut(f.engine, 101, 'forced'));
    expect(f.output.types(101)).toEqual(['AgentEvent_Call_Release', 'AgentOther_ShutdownService']);
    expect(findSession(f.engine, channelId, 'a')!.state).toBe('ended');
    expect(takeDownlink(f.engine, channelId, 'a', false).at(-1)).toMatchObject({ controlType: 'DISCONNECT', content: 'The session has ended.' });
  });
});

describe('voice and chat served apart', () => {
  it('gives a freed chat slot to the queue while the agent is on a voice call', () => {
    const f = chatFixture({ maxChatsPerAgent: 1 }, [101]);
    f.login(101);
    f.send('a', 'CONNECT');
    f.send('b', 'CONNECT');
    f.engine.run(() => customerDials(f.engine, { caller: '555', called: '4001' }));
    f.clock.advance(5000);
    expect(f.engine.agents.get(101)!.legs.size).toBe(1);
    f.send('a', 'DISCONNECT');
    expect(findSession(f.engine, channelId, 'b')!.state).toBe('agent');
  });
});
