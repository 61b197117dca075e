// Goal: issue 14 item 4: scenario dialogue scripts inject violations at known rates (a missing
// greeting, a sensitive word, a long silence, fast speech, an interruption); after the calls, QC
// finds exactly the injected ones (precision and recall 1 per rule) and each agent's scores
// match the scores computed independently from the scripts.
import { afterEach, describe, expect, it } from 'vitest';
import { testEpochMs, type TestApp } from '../../../test/support/test-app.ts';
import type { DialogueScript } from '../../media/recordings/index.ts';
import { isqmBase, sqmApp, type SqmCaller } from './ccsqm.test-support.ts';
import { dialogRule, enabledScenario, recordedCall, sentence } from './ccsqm-fixtures.test-support.ts';

let app: TestApp;
let call: SqmCaller;
afterEach(async () => app?.close());

const greet = { speaker: 'agent' as const, text: 'Thank you for calling, my name is {agent}. How may I help?' };
const ask = { speaker: 'customer' as const, text: 'I would like to ask about the charges on my latest bill please.' };
const answer = { speaker: 'agent' as const, text: 'Certainly, that charge is the monthly service fee for this period.' };
const scripts: DialogueScript[] = [
  { name: 'good', weight: 3, lines: [greet, ask, answer] },
  { name: 'no-greeting', lines: [{ speaker: 'agent', text: 'Yes, what is it that you need from us today?' }, ask, answer] },
  { name: 'sensitive', lines: [greet, ask, { speaker: 'agent', text: 'That is a stupid question, the fee is on the bill.' }] },
  { name: 'silence', lines: [greet, ask, { ...answer, pauseMs: 8_000 }] },
  { name: 'fast', lines: [{ ...greet, charsPerSecond: 45 }, ask, { ...answer, charsPerSecond: 45 }] },
  { name: 'interruption', lines: [greet, ask, { ...answer, overlapMs: 1_500 }] },
];
// What each script injects, and what it costs: the rules below, over the default start score 60.
const injected: Record<string, { rule: string; cost: number } | null> = {
  good: null,
  'no-greeting': { rule: 'greeting', cost: 10 },
  sensitive: { rule: 'sensitive', cost: 5 },
  silence: { rule: 'silence', cost: 4 },
  fast: { rule: 'speed', cost: 3 },
  interruption: { rule: 'interruption', cost: 4 },
};

describe('injected violations in simulated calls', () => {
  it('finds exactly the injected violations and scores each agent as the scripts say', async () => {
    ({ app, call } = await sqmApp());
    app.services.cti.recordingFiles.setScripts(1, scripts);
    const greeting = await sentence(call, 'greeting', ['thank you for calling']);
    const { ruleId } = await dialogRule(call, 'Greeting', [{ op: 'must', sentence: greeting, role: 'staff', position: 'top', distance: 2 }], { score: 10 });
    const category = (await call('sensitiveWordManage/createSensitiveCategory', { name: 'rude' })).body.category_id;
    await call('sensitiveWordManage/createSensitiveWord', { sw_name: 'stupid', score: -5, category_id: category });
    const silence = (await call('silencerule/createSilenceRule', { setting: { name: 'silence', score: 4, seconds: 5, times: 1 } })).body.silence_id;
    const speed = (await call('speedrule/addSpeedRule', { setting: { name: 'speed', score: 3, min: 20, max: 300 }, exception: { under: { customer: [] }, over: { customer: [] } } })).body.speed_id;
    const interposal = (await call('interposal-rules/addInterposalRule', { name: 'interruption', score: 4, seconds: 1, times: 1, other: {} })).body.interposal_id;
    await enabledScenario(call, 'Service', { rules: [ruleId], silence_rules: [silence], speed_rules: [speed], interposal_rules: [interposal] });
    const rows = [];
    for (let n = 0; n < 40; n++) rows.push(await recordedCall(app, n, { beginMs: testEpochMs + n * 60_000, lengthMs: 24_000 }));
    app.clock.advance(60_000);
    await app.services.settle();

    const found: Record<string, Set<string>> = { greeting: new Set(), sensitive: new Set(), silence: new Set(), speed: new Set(), interruption: new Set() };
    const expected: Record<string, Set<string>> = { greeting: new Set(), sensitive: new Set(), silence: new Set(), speed: new Set(), interruption: new Set() };
    const scoresByAgent = new Map<string, number[]>();
    const expectedByAgent = new Map<string, number[]>();
    const listed = (await call('appraisecall/details', { call_types: [0], status: [2], page: 1, limit: 100, upload_from: null, upload_to: null })).body.data;
    expect(listed).toHaveLength(40);
    for (const row of rows) {
      const script = app.services.cti.recordingFiles.transcript(row).script;
      const injection = injected[script]!;
      if (injection) expected[injection.rule]!.add(row.recordId);
      expectedByAgent.set(row.agentId, [...(expectedByAgent.get(row.agentId) ?? []), 60 - (injection?.cost ?? 0)]);
      const summary = listed.find((g: { calls: Array<{ call_id: string }> }) => g.calls[0]!.call_id === row.callId).calls[0];
      const [record] = (await call(`${isqmBase}/appraisecall/credit`, { call_uuid: summary.call_uuid })).body;
      const s = record.credit[0];
      if (!s.rules[0].valid) found.greeting!.add(row.recordId);
      if (!record.sensitive_words[0].valid) found.sensitive!.add(row.recordId);
      if (!s.silence_rule[0].valid) found.silence!.add(row.recordId);
      if (!s.speed_rule[0].valid) found.speed!.add(row.recordId);
      if (!s.interposal_rule[0].valid) found.interruption!.add(row.recordId);
      scoresByAgent.set(summary.staff_id, [...(scoresByAgent.get(summary.staff_id) ?? []), s.score]);
    }
    for (const rule of Object.keys(found)) {
      expect(expected[rule]!.size, `${rule} was injected`).toBeGreaterThan(0);
      expect([...found[rule]!].sort(), rule).toEqual([...expected[rule]!].sort());
    }
    expect(Object.fromEntries(scoresByAgent)).toEqual(Object.fromEntries(expectedByAgent));
  });
});
