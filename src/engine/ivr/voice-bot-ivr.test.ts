// Goal: the IVR side of a voice dialog (decision 1014): prompts play on the Clock before the IVR
// listens, speech and keys become turns, outaction 12 reads live queue data, transfers resolve the
// route value and succeed only when the queue can take the call, and a late answer after the caller
// left is dropped. Method: an engine fixture with a recording VoiceBot; answers come through voiceBotAnswers.
import { describe, expect, it } from 'vitest';
import { agentConfig, engineFixture, sessionOptions, skill, tenantConfig } from '../../../test/support/engine-fixture.ts';
import { customerDials, customerHangsUp } from '../calls/index.ts';
import { signIn } from '../sessions/index.ts';
import { callerSays, digitsPressed, plugVoiceBot, voiceBotAnswers, type VoiceBotAnswer } from './index.ts';

function voiceFixture() {
  const f = engineFixture(
    tenantConfig({
      agents: new Map([[101, agentConfig(101, [[1]])]]),
      skills: new Map([[1, skill(1, { name: 'Voice' })]]),
      ivrFlows: new Map([[1, { flowId: 1, accessCode: '8001', description: 'menu', script: { nodes: { m: { type: 'release' } } } } as never]]),
      routes: [
        { accessCode: '4002', extCode: '', deviceType: 3, deviceId: 1, mediaTypeId: 5 },
        { accessCode: '4001', extCode: '', deviceType: 1, deviceId: 1, mediaTypeId: 5 },
      ],
    }),
  );
  const heard: unknown[][] = [];
  plugVoiceBot(f.engine, {
    serves: (code) => code === '4002',
    open: (call) => heard.push(['open', call.userid, call.caller, call.accessCode]),
    hears: (_call, input) => heard.push(['hears', input.resultType, input.text]),
    queueInfo: (_call, info) => heard.push(['queueInfo', info]),
    transferred: (_call, success) => heard.push(['transferred', success]),
    leaves: (call) => heard.push(['leaves', call.userid]),
  });
  const call = f.engine.run(() => customerDials(f.engine, { caller: '138', called: '4002' }));
  if (!call.ok) throw new Error('dial failed');
  const callId = call.value.callId;
  const answer = (a: VoiceBotAnswer) => f.engine.run(() => voiceBotAnswers(f.engine, callId, a));
  const prompt = (text: string, keys = false): VoiceBotAnswer => ({ kind: 'prompt', text, speech: true, keys, maxKeys: 4, timeoutSeconds: 5 });
  const login = () => f.engine.run(() => signIn(f.engine, { workNo: 101, password: 'pw', mode: 'login', status: 4, options: sessionOptions({ autoAnswer: false }) }));
  return { ...f, heard, callId, answer, prompt, login, live: () => f.engine.calls.get(callId) };
}

describe('the voice bot in the IVR', () => {
  it('opens the dialog, plays the prompt before listening, and hears speech, keys and silence', () => {
    const f = voiceFixture();
    expect(f.heard).toEqual([['open', `ivr-${f.callId}`, '138', '4002']]);
    expect(f.answer(f.prompt('Hello there, how can I help?'))).toBe(true);
    f.engine.run(() => callerSays(f.engine, f.live()!, 'opening hours'));
    expect(f.heard).toHaveLength(1);
    f.clock.advance(3_000);
    expect(f.heard.at(-1)).toEqual(['hears', 1, 'opening hours']);
    f.answer(f.prompt('Key in your card number.', true));
    f.clock.advance(3_000);
    f.engine.run(() => digitsPressed(f.engine, f.live()!, '42#'));
    expect(f.heard.at(-1)).toEqual(['hears', 2, '42']);
    f.answer(f.prompt('Still there?'));
    // One second of prompt, then five of listening.
    f.clock.advance(5_500);
    expect(f.heard.at(-1)).toEqual(['hears', 2, '42']);
    f.clock.advance(500);
    expect(f.heard.at(-1)).toEqual(['hears', -1, 'timeout']);
    f.answer({ kind: 'prompt', text: 'Goodbye.', speech: false, keys: false, maxKeys: 1, timeoutSeconds: 5 });
    f.clock.advance(1_000);
    expect(f.heard.at(-1)).toEqual(['hears', 3, 'playover']);
    expect(f.live()!.ivr!.bot!.prompts).toEqual(['Hello there, how can I help?', 'Key in your card number.', 'Still there?', 'Goodbye.']);
    f.answer({ kind: 'hangUp' });
    expect(f.live()).toBeUndefined();
  });

  it('answers outaction 12 with live queue data of the skill', () => {
    const f = voiceFixture();
    f.login();
    f.engine.run(() => customerDials(f.engine, { caller: '139', called: '4001' }));
    f.answer({ kind: 'query', promptType: 2, skillId: '1' });
    // Agent 101 is signed in and ringing for the other caller, who is not waiting any more.
    expect(f.heard.at(-1)).toEqual(['queueInfo', { queueIndex: '1', agentCount: '1', estimateTime: '60' }]);
    f.answer({ kind: 'query', promptType: 3, skillId: '' });
    expect(f.heard.at(-1)).toEqual(['queueInfo', {}]);
  });

  it('fails a transfer nobody can take, then queues the call with the bot context as call data', () => {
    const f = voiceFixture();
    f.answer({ kind: 'transfer', transType: 1, routeValue: '4001', callData: 'ctx' });
    expect(f.heard.at(-1)).toEqual(['transferred', false]);
    expect(f.live()!.ivr?.bot?.phase).toBe('thinking');
    f.answer({ kind: 'transfer', transType: 4, routeValue: '101', callData: 'ctx' });
    expect(f.heard.at(-1)).toEqual(['transferred', false]);
    f.login();
    f.answer({ kind: 'transfer', transType: 1, routeValue: '4001', callData: 'oiap=x;intent=agent' });
    expect(f.heard.at(-1)).toEqual(['transferred', true]);
    expect(f.live()).toMatchObject({ ivr: null, callData: 'oiap=x;intent=agent', currentSkillId: 1 });
  });

  it('tells the dialog when the caller hangs up, and drops the late answer', () => {
    const f = voiceFixture();
    f.engine.run(() => customerHangsUp(f.engine, f.callId));
    expect(f.heard.at(-1)).toEqual(['leaves', `ivr-${f.callId}`]);
    expect(f.answer(f.prompt('Too late'))).toBe(false);
  });
});
