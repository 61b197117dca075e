// Goal: §6.3.6 nlpResult (Table 6-422): sent when the subscription's nlpFlag is set and the tenant
// has the chatbot its flowAccessCode names (decision 0464), computed by the local NLU, the knowledge
// base and the quality check's sensitive words; omitted otherwise. Method: the demo tenant (its bank
// bot behind access code 4002, its knowledge base), a sensitive word added, a call answered by 101.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { dial, GatewayAgent } from '../../../test/support/gateway-client.ts';
import { AsrReceiver, guidOf, register, transcriptOf, wait } from '../../../test/support/asr-receiver.ts';
import { AsrNlp } from '../../services/asr-subscription/index.ts';
import { SqmKind } from '../../domain/ccsqm/config-types.ts';

let app: TestApp;
let receiver: AsrReceiver;
beforeEach(async () => {
  app = await createTestApp();
  receiver = await new AsrReceiver(app).start();
  const now = app.clock.now();
  await app.services.repos.sqm.put({ vdnId: 1, kind: SqmKind.sensitiveWord, id: 'sw1', name: 'charge', parentId: null, doc: JSON.stringify({ sw_name: 'charge', score: 5, category_id: 'c1', exception: { customer: [], staff: [] } }), createdAtMs: now, updatedAtMs: now, dueAtMs: null });
});
afterEach(async () => {
  await app.close();
  await receiver.close();
});

const script = (finished: string[]) => [
  { intentcode: 'agent', intentDsp: 'Transfer to agent', status: finished.includes('agent') ? 'finished' : '', childintent: [] },
  {
    intentcode: 'callback', intentDsp: 'Request a callback', status: finished.includes('callback') ? 'finished' : '',
    childintent: [{ intentcode: 'callbackNumber', intentDsp: 'Which number should we call you back on?', status: '' }, { intentcode: 'confirmed', intentDsp: 'We will call you back on ${callbackNumber}. Is that right?', status: '' }],
  },
  { intentcode: 'goodbye', intentDsp: 'Goodbye', status: finished.includes('goodbye') ? 'finished' : '', childintent: [] },
];

describe('§6.3.6 nlpResult', () => {
  it('analyses every turn for an nlpFlag subscription of the tenant chatbot, and only for it', async () => {
    const guid = await guidOf(app, 100001);
    const analysed = await register(app, guid, receiver.base, { flowAccessCode: '4002' });
    const plain = await register(app, guid, receiver.base, { nlpFlag: false, flowAccessCode: '4002' });
    const noBot = await register(app, guid, receiver.base, { flowAccessCode: '99999' });
    const agent = await GatewayAgent.signIn(app, 101);
    const callId = await dial(app, '4001', { talkSeconds: 60 });
    await wait(app, 70_000, [agent]);
    const { utterances } = await transcriptOf(app, callId);
    const of = (serverId: string) => receiver.received.filter((r) => r.body.serverid === serverId);
    expect(of(plain).length).toBe(utterances.length);
    expect(of(plain).concat(of(noBot)).some((r) => 'nlpResult' in r.body)).toBe(false);
    const results = of(analysed).map((r) => r.body.nlpResult as Record<string, unknown>);
    expect(results.length).toBe(utterances.length);
    for (const [i, result] of results.entries()) {
      expect(Object.keys(result).sort(), utterances[i]!.text).toEqual(['Intend', 'call_script', 'call_script_matchedstep', 'recomand_KP', 'sensitive_word']);
      if (utterances[i]!.speaker === 'agent') expect(result).toMatchObject({ Intend: '', recomand_KP: { similarFaqs: [], answer: [] } });
      expect(result.sensitive_word).toEqual(utterances[i]!.text.includes('charge') ? { words: ['charge'] } : {});
    }
    // "No, that is all. Thank you very much." is the customer's goodbye: the script's step is finished from then on.
    const bye = utterances.findIndex((u) => u.text.startsWith('No, that is all'));
    expect(bye).toBeGreaterThan(0);
    expect(results[bye]).toMatchObject({ Intend: 'Goodbye', call_script_matchedstep: 'goodbye', call_script: script(['goodbye']) });
    expect(results[bye - 1]).toMatchObject({ call_script_matchedstep: '', call_script: script([]) });
    expect(results.slice(bye).every((r) => r.call_script_matchedstep === 'goodbye')).toBe(true);
  });

  it('recommends similar FAQs and knowledge entries the turn is about, with the Table 6-425/6-426 fields', async () => {
    const nlp = new AsrNlp({ repos: app.services.repos, nlu: app.services.chatbot.nlu, knowledge: app.services.knowledge });
    expect(await nlp.chatbot(1, '99999')).toBeUndefined();
    expect(await nlp.chatbot(2, null)).toBeUndefined();
    const bot = (await nlp.chatbot(1, '4002'))!;
    expect(await nlp.chatbot(1, null)).toEqual(bot);
    const state = { finished: new Set<string>(), matched: '' };
    const lost = await nlp.analyse(1, bot, state, { speaker: 'customer', text: 'I lost my card' });
    expect(lost.recomand_KP.similarFaqs).toEqual([{ faqGroupName: ['Banking FAQ'], prob: '1', question: 'How do I report a lost card?', answers: ['You can freeze a lost card at once in the mobile app, or ask an agent to block it.'], faqId: expect.any(String), faqGroupId: expect.any(String) }]);
    expect(lost.recomand_KP.answer[0]).toMatchObject({ faqGroupName: ['Banking', 'Cards'], question: 'Report a lost or stolen credit card', answers: expect.stringContaining('freeze a lost or stolen credit card'), faqId: 'kbLostCard', faqGroupId: 'kbCards' });
    expect(lost.recomand_KP.answer.every((a) => typeof a.prob === 'string' && typeof a.answers === 'string')).toBe(true);
    // Small talk names no topic: nothing is recommended.
    expect((await nlp.analyse(1, bot, state, { speaker: 'customer', text: 'Hello, I have a question about my account.' })).recomand_KP).toEqual({ similarFaqs: [], answer: [] });
    const callback = await nlp.analyse(1, bot, state, { speaker: 'customer', text: 'can someone call me later' });
    expect(callback).toMatchObject({ Intend: 'Request a callback', call_script_matchedstep: 'callback', call_script: script(['callback']) });
    // Deterministic: the same turn in the same state gives the same result.
    expect(await nlp.analyse(1, bot, { finished: new Set(['callback']), matched: 'callback' }, { speaker: 'customer', text: 'can someone call me later' })).toEqual(callback);
  });
});
