// Goal: dialog rules, flows and scripts (§12.2.4/6/7), timing rules (§12.2.8–10), scenarios
// (§12.2.11) and training (§12.2.5) persist per tenant with the documented shapes and refusals.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { otherSqmTenant, sqmApp, type SqmCaller } from './ccsqm.test-support.ts';
import { dialogRule, sentence } from './ccsqm-fixtures.test-support.ts';

let app: TestApp;
let call: SqmCaller;
afterEach(async () => app?.close());

describe('§12.2.4/12.2.6/12.2.7 dialog rules', () => {
  it('chains rule → flow → scripts, rebuilds the expression and reports completeness (ref L45983, L46380)', async () => {
    ({ app, call } = await sqmApp());
    const hello = await sentence(call, 'hello', ['hello']);
    const bye = await sentence(call, 'bye', ['goodbye']);
    const { ruleId, flowId, scripts } = await dialogRule(call, 'Greeting', [{ op: 'must', sentence: hello }, { op: 'then', sentence: bye }]);
    const flow = await call('conversation-rules/getConversationFlow', { flow_id: flowId });
    expect(flow.body).toMatchObject({ resultCode: '0405000', expression: `must ${scripts[0]} then ${scripts[1]}`, sentence_groups: [{ sg_id: scripts[0] }, { sg_id: scripts[1] }], min: '1', flow_id: flowId });
    const rule = await call('conversation-rules/getOneRule', { rule_id: ruleId });
    expect(rule.body).toMatchObject({ rule_id: ruleId, score: '3', min: '1', method: 'positive', flows: [{ flow_id: flowId, flow_name: 'Greeting flow' }], completeness: { hasConversationFlow: true, sentenceComplete: true, ruleComplete: true, hasDescription: true } });
    const sg = await call('conversation-rules/getSentenceGroup', { sg_id: scripts[0] });
    expect(sg.body).toMatchObject({ sg_id: scripts[0], role: 'staff', dialogueFlowId: flowId, sentences: [{ sentence_id: hello, sentence_name: 'hello' }], position_distance: '0', SGType: 'must' });
    // Reordering through updateConversationFlow changes the rebuilt expression.
    await call('conversation-rules/updateConversationFlow', { flow_id: flowId, flow_name: 'f', min: 1, expression: 'must', rule_id: ruleId, sentence_groups: [scripts[1], scripts[0]] });
    expect((await call('conversation-rules/getConversationFlow', { flow_id: flowId })).body.expression).toBe(`then ${scripts[1]} must ${scripts[0]}`);
    await call('conversation-rules/deleteSentenceGroup', { sg_id: scripts[1] });
    expect((await call('conversation-rules/getConversationFlow', { flow_id: flowId })).body.expression).toBe(`must ${scripts[0]}`);
  });

  it('lists incomplete rules, refuses malformed expressions and unknown ids, and deletes in cascade', async () => {
    ({ app, call } = await sqmApp());
    const bare = await call('conversation-rules/addRule', { rule_name: 'bare', severity: 'normal', score_type: 'invalid', score: 1, method: 'positive', min: 1, other: {} });
    const incomplete = await call('conversation-rules/queryRules', { limit: 10, incompleteOnly: true });
    expect(incomplete.body).toMatchObject({ paging: { total: 1 }, data: [{ rule_id: bare.body.rule_id, completeness: { hasConversationFlow: false, ruleComplete: false, hasDescription: false } }] });
    const bad = await call('conversation-rules/addConversationFlow', { flow_name: 'f', min: 1, expression: 'must 123 or', rule_id: bare.body.rule_id });
    expect([bad.status, bad.body.resultCode]).toEqual([400, '0405001']);
    expect((await call('conversation-rules/addConversationFlow', { flow_name: 'f', min: 1, expression: 'must', rule_id: '404' })).status).toBe(500);
    expect((await call('conversation-rules/addRule', { rule_name: 'bare', severity: 'normal', score_type: 'invalid', score: 1, method: 'positive', min: 1, other: {} })).status).toBe(409);
    expect((await call('conversation-rules/addRule', { rule_name: 'x', severity: 'major', score_type: 'invalid', score: 1, method: 'positive', min: 1, other: {} })).status).toBe(400);
    const s = await sentence(call, 'hello', ['hello']);
    const { ruleId, flowId, scripts } = await dialogRule(call, 'R', [{ op: 'must', sentence: s }]);
    const scenario = (await call('scenariomanage/createScenario', { group_name: 'S', other: {}, rules: [ruleId] })).body.group_id;
    expect((await call('sentencemanage/deleteSentence', { sentence_id: s })).status).toBe(500);
    await call('conversation-rules/deleteRule', { rule_id: ruleId });
    expect((await call('conversation-rules/getConversationFlow', { flow_id: flowId })).status).toBe(500);
    expect((await call('conversation-rules/getSentenceGroup', { sg_id: scripts[0] })).status).toBe(500);
    expect((await call('scenariomanage/queryScenario', { group_id: scenario })).body.rules).toEqual([]);
    expect((await call('sentencemanage/deleteSentence', { sentence_id: s })).status).toBe(200);
  });
});

describe('§12.2.8–12.2.10 timing rules', () => {
  it('stores scores as deductions, resolves exceptions and answers a duplicate name with HTTP 409 (ref L47611)', async () => {
    ({ app, call } = await sqmApp());
    const hold = await sentence(call, 'hold', ['please hold']);
    const created = await call('silencerule/createSilenceRule', { setting: { name: 'long silence', score: 4, seconds: 5, times: 1, other: { call_from: 1, call_end: 2000000000 } }, exception: { before: { staff: [hold] } } });
    expect(created.body).toMatchObject({ resultCode: '0405000', silence_id: expect.any(String) });
    const dup = await call('silencerule/createSilenceRule', { setting: { name: 'long silence', score: 4, seconds: 5, times: 1 } });
    expect([dup.status, dup.body]).toEqual([409, { resultCode: '0405003', resultDesc: 'The rule name exists.' }]);
    const read = await call('silencerule/querySilenceRule', { silence_id: created.body.silence_id });
    expect(read.body).toMatchObject({ exception: { before: { staff: [{ sentence_id: hold, sentence_name: 'hold' }], customer: [] }, after: { staff: [] } }, setting: { score: '-4', seconds: '5', times: '1', name: 'long silence' } });
    expect((await call('silencerule/createSilenceRule', { setting: { name: 'x', score: 0, seconds: 5, times: 1 } })).status).toBe(400);
    const speed = await call('speedrule/addSpeedRule', { setting: { name: 'fast', score: 3, min: 100, max: 150 }, exception: { under: { customer: [] }, over: { customer: [] } } }, { 'x-TenantSpaceId': '202101124979' });
    expect((await call('speedrule/querySpeedRules', { limit: 10, page: 1, keyword: 'fa' })).body.data).toEqual([{ score: -3, min: 100, max: '150', name: 'fast', speed_id: speed.body.speed_id }]);
    const inter = await call('/CCSQM/rest/ccism/v1/interposal-rules/addInterposalRule', { name: 'talk over', score: 4, seconds: 1, times: 2, other: {} });
    expect((await call('interposal-rules/getInterposalRuleById', { interposl_id: inter.body.interposal_id })).body).toMatchObject({ setting: { score: '-4', seconds: '1', times: '2' }, interposal_id: inter.body.interposal_id, name: 'talk over' });
    expect((await call('interposal-rules/queryInterposalRules', { limit: 10 })).body.data).toEqual([{ score: '-4', seconds: '1', times: '2', interposals_id: inter.body.interposal_id, name: 'talk over' }]);
    await call('speedrule/deleteSpeedRule', { speed_id: speed.body.speed_id });
    expect((await call('speedrule/querySpeedRuleById', { speed_id: speed.body.speed_id })).status).toBe(500);
  });
});

describe('§12.2.11 scenarios and §12.2.5 training', () => {
  it('creates a scenario disabled with the documented texts, enables it and lists it (ref L48832–48982)', async () => {
    ({ app, call } = await sqmApp());
    const created = await call('scenariomanage/createScenario', { group_name: 'Business scenario 1', description: 'Business scenario', ignore_sensitive: 0, other: { type: 0, connected_call_type: 0, call_from: 1622536490, call_end: 1625042093 } });
    expect(created.body).toEqual({ resultCode: '0406000', resultDesc: 'The business scenario is created successfully.', group_id: expect.stringMatching(/^groupid_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/) });
    const q = await call('scenariomanage/queryScenario', { group_id: created.body.group_id });
    expect(q.body).toMatchObject({ is_enable: 0, other: { type: 0, connected_call_type: 0 }, tenant_id: '1', rules: [], silence_rules: [] });
    const silence = (await call('silencerule/createSilenceRule', { setting: { name: 's', score: 4, seconds: 5, times: 1 } })).body.silence_id;
    expect((await call('scenariomanage/updateScenario', { group_id: created.body.group_id, group_name: 'Business scenario 1', is_enable: 1, silence_rules: silence })).body.resultDesc).toBe('The business scenario is updated successfully.');
    expect((await call('scenariomanage/queryScenario', { group_id: created.body.group_id })).body.silence_rules).toEqual([{ rule_id: silence, rule_name: 's' }]);
    const all = await call('scenariomanage/queryAllScenario', { limit: 10, page: 1, scenarioStatus: '1' });
    expect(all.body).toMatchObject({ total: 1, data: [{ group_id: created.body.group_id, rule_count: 1, silence_rules: [silence] }] });
    expect(all.body.resultCode).toBeUndefined();
    expect((await call('scenariomanage/updateScenarioStatus', { group_id: created.body.group_id, is_enable: 0 })).body.resultDesc).toBe('The business scenario status is updated successfully.');
    expect((await call('scenariomanage/updateScenario', { group_id: created.body.group_id, group_name: 'x', is_enable: 1, rules: ['404'] })).status).toBe(500);
    expect((await call('scenariomanage/deleteScenario', { group_id: 'groupid_unknown' })).status).toBe(500);
    expect((await call('scenariomanage/deleteScenario', { group_id: created.body.group_id })).body.resultDesc).toBe('The business scenario is deleted successfully.');
  });

  it('marks training out of date when sentences change and clears it on trainTags', async () => {
    ({ app, call } = await sqmApp());
    const other = await otherSqmTenant(app);
    expect((await call('semantickeywordtraining/queryTraining')).body).toEqual({ resultCode: '0404000', resultDesc: 'Operation successful.', out_of_date: false });
    await sentence(call, 'hello', ['hello'], 'dialogue_act');
    expect((await call('semantickeywordtraining/queryTraining')).body.out_of_date).toBe(true);
    expect((await other('semantickeywordtraining/queryTraining')).body.out_of_date).toBe(false);
    expect((await call('semantickeywordtraining/trainTags')).body.resultCode).toBe('0404000');
    expect((await call('semantickeywordtraining/queryTraining')).body.out_of_date).toBe(false);
  });
});
