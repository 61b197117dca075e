// Goal: a bot's late answer (decision 1013) speaks to the customer only while the session is with
// the bot; a transfer queues the chat in the channel's skill with the bot's context as call data.
// Method: an engine fixture with a robot channel and a silent plugged bot; answers come through botAnswers.
import { describe, expect, it } from 'vitest';
import { parseChatSettings } from '../../domain/chat/index.ts';
import { agentConfig, engineFixture, sessionOptions, skill, tenantConfig } from '../../../test/support/engine-fixture.ts';
import { signIn } from '../sessions/index.ts';
import { botAnswers, customerSends, findSession, plugChatBot, startScriptedChat, takeDownlink, type CustomerMessage } from './index.ts';

const channelId = 'bot-channel';

function botFixture() {
  const f = engineFixture(
    tenantConfig({
      agents: new Map([[101, agentConfig(101, [[2]])]]),
      skills: new Map([[2, skill(2, { mediaTypeId: 53, name: 'Chat' })]]),
      routes: [{ accessCode: '4003', extCode: '', deviceType: 1, deviceId: 2, mediaTypeId: 53 }],
      chat: parseChatSettings({ channels: [{ channelConfigId: channelId, skillId: 2, robot: true }] }),
    }),
  );
  plugChatBot(f.engine, { name: 'Bank bot', welcome: () => [], reply: () => [] });
  const send = (controlType: CustomerMessage['controlType'], content?: string) => f.engine.run(() => customerSends(f.engine, { channelId, userId: 'u1', controlType, mediaType: 'TEXT', content }));
  const answer = (answer: Parameters<typeof botAnswers>[3]) => f.engine.run(() => botAnswers(f.engine, findSession(f.engine, channelId, 'u1')!.key, 'Bank bot', answer));
  const said = () => takeDownlink(f.engine, channelId, 'u1', false).map((m) => [m.sourceType, m.senderNickname, m.content]);
  const login = () => f.engine.run(() => signIn(f.engine, { workNo: 101, password: 'pw', mode: 'login', status: 4, options: sessionOptions({ autoAnswer: true }) }));
  return { ...f, send, answer, said, login };
}

describe('botAnswers', () => {
  it('delivers replies while the customer is with the bot, and none after the customer left', () => {
    const f = botFixture();
    expect(f.send('CONNECT')).toEqual({ code: '0', desc: 'connect to robot successfully.' });
    expect(f.answer({ kind: 'replies', replies: [{ content: 'Welcome.' }] })).toBe(true);
    expect(f.said()).toEqual([['ROBOT', 'Bank bot', 'Welcome.']]);
    f.send('DISCONNECT');
    expect(f.answer({ kind: 'replies', replies: [{ content: 'Too late.' }] })).toBe(false);
    expect(f.said()).toEqual([]);
  });

  it('queues a transfer in the channel skill with the bot context as call data', () => {
    const f = botFixture();
    f.login();
    f.send('CONNECT');
    expect(f.answer({ kind: 'transfer', replies: [], callData: 'intent=agent' })).toBe(true);
    const session = findSession(f.engine, channelId, 'u1')!;
    expect(session.state).toBe('agent');
    expect(f.engine.calls.get(session.callId!)?.callData).toBe('intent=agent');
    // The agent has the chat: a bot answer still in flight is dropped.
    expect(f.answer({ kind: 'replies', replies: [{ content: 'Anything else?' }] })).toBe(false);
  });

  it('ends the chat when the bot hangs up', () => {
    const f = botFixture();
    f.send('CONNECT');
    expect(f.answer({ kind: 'end', replies: [{ content: 'Goodbye.' }] })).toBe(true);
    expect(findSession(f.engine, channelId, 'u1')!.state).toBe('ended');
  });

  it('lets a simulated customer ask past the bot for an agent at once', () => {
    const f = botFixture();
    f.login();
    const outcome = f.engine.run(() => startScriptedChat(f.engine, { channelId, userId: 'u1', patienceMs: null, messages: [], leaveAfterMs: null }));
    expect(outcome).toEqual({ code: '0', desc: 'transfer from robot to agent success.' });
    expect(findSession(f.engine, channelId, 'u1')!.state).toBe('agent');
  });
});
