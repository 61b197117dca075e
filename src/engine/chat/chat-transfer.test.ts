// Goal: §6.1.5.3 release-after-transfer (mode 2) of a chat to an agent: Table 6-459 says the agent
// releases only after the chat is transferred, so AgentEvent_SuccTransResult {result 0, callId}
// and Call_Release come when the target answers, and {result 1} with the chat kept when the
// target's offer rings out. Method: the chat engine fixture on a virtual clock, a manual target.
import { describe, expect, it } from 'vitest';
import { answerChat, findSession, transferChat } from './index.ts';
import { channelId, chatFixture } from './chat-fixture.test-support.ts';

function pending() {
  const f = chatFixture();
  f.login(101);
  f.send('a', 'CONNECT');
  const callId = f.callOf('a');
  f.login(102, false);
  f.output.take(101);
  f.output.take(102);
  expect(f.engine.run(() => transferChat(f.engine, 101, callId, { deviceType: 2, mode: 2, address: '102' }))).toEqual({ ok: true, value: null });
  // The target rings; the agent is told nothing yet and keeps the chat.
  expect(f.output.types(101)).toEqual([]);
  expect(f.output.take(102)[0]).toEqual(['AgentEvent_Ringing', expect.objectContaining({ callid: callId, transfer: 'yes', transfrom: '101' })]);
  expect(f.engine.agents.get(101)!.chats!.get(callId)!.state).toBe('talking');
  return { f, callId };
}

describe('6.1.5.3 mode 2 to an agent', () => {
  it('reports success and releases the agent when the target answers', () => {
    const { f, callId } = pending();
    f.clock.advance(5_000);
    expect(f.output.types(101)).toEqual([]);
    // A second transfer while the first waits for its target is refused.
    expect(f.engine.run(() => transferChat(f.engine, 101, callId, { deviceType: 1, mode: 0, address: '2' }))).toMatchObject({ ok: false, rejection: { tag: 'ChatTransferFailed' } });
    expect(f.engine.run(() => answerChat(f.engine, 102, callId))).toEqual({ ok: true, value: null });
    expect(f.output.take(101)).toEqual([['AgentEvent_SuccTransResult', { result: 0, callId }], ['AgentEvent_Call_Release', callId]]);
    expect(f.output.types(102)).toContain('AgentEvent_Talking');
    expect(f.engine.agents.get(101)!.chats?.has(callId)).toBe(false);
    expect(f.engine.agents.get(101)!.statistics.transferOutCount).toBe(1);
    expect(findSession(f.engine, channelId, 'a')!.workNo).toBe(102);
  });

  it('reports failure (result 1) when the target does not answer, and the agent keeps the chat', () => {
    const { f, callId } = pending();
    f.clock.advance(15_000);
    expect(f.output.take(101)).toEqual([['AgentEvent_SuccTransResult', { result: 1, callId }]]);
    expect(f.output.types(102)).toContain('AgentEvent_No_Answer');
    expect(f.engine.agents.get(101)!.chats!.get(callId)!.state).toBe('talking');
    expect(f.engine.agents.get(102)!.chats?.has(callId) ?? false).toBe(false);
    const session = findSession(f.engine, channelId, 'a')!;
    expect([session.workNo, session.state]).toEqual([101, 'agent']);
    // Not re-queued: the chat is still the agent's and can be transferred again.
    expect(f.engine.calls.get(callId)!.queue).toBeNull();
    expect(f.engine.run(() => transferChat(f.engine, 101, callId, { deviceType: 2, mode: 0, address: '102' }))).toEqual({ ok: true, value: null });
  });
});
