// Goal: the "done when": a QC user's scenario scores the simulated calls; an inspector
// reviews a call in a review task and revises a hit; the agent appeals; the appeal runs
// Create → Review → Process → Check → Finish and the final (manual) score reflects it.
import { afterEach, describe, expect, it } from 'vitest';
import { bearerToken, testEpochMs, type TestApp } from '../../../test/support/test-app.ts';
import { isqmBase, otherSqmTenant, sqmApp, sqmCaller, type SqmCaller } from './ccsqm.test-support.ts';
import { dialogRule, enabledScenario, recordedCall, sentence } from './ccsqm-fixtures.test-support.ts';

let app: TestApp;
let call: SqmCaller;
afterEach(async () => app?.close());

const rude = { name: 'rude', lines: [{ speaker: 'agent' as const, text: 'What do you want?' }, { speaker: 'customer' as const, text: 'I have a question about my bill.' }, { speaker: 'agent' as const, text: 'That is a stupid question.' }] };

async function tick(ms = 60_000): Promise<void> {
  app.clock.advance(ms);
  await app.services.settle();
}

describe('review task, revision and appeal', () => {
  it('runs the whole human loop on a scored call', async () => {
    ({ app, call } = await sqmApp());
    app.services.cti.recordingFiles.setScripts(1, [rude]);
    const greeting = await sentence(call, 'greeting', ['thank you for calling']);
    const { ruleId } = await dialogRule(call, 'Greeting', [{ op: 'must', sentence: greeting, role: 'staff', position: 'top', distance: 2 }], { score: 10 });
    const category = (await call('sensitiveWordManage/createSensitiveCategory', { name: 'rude' })).body.category_id;
    await call('sensitiveWordManage/createSensitiveWord', { sw_name: 'stupid', score: -5, category_id: category });
    const silence = (await call('silencerule/createSilenceRule', { setting: { name: 'silence', score: 4, seconds: 5, times: 1 } })).body.silence_id;
    const groupId = await enabledScenario(call, 'Service', { rules: [ruleId], silence_rules: [silence] });
    for (let n = 0; n < 3; n++) await recordedCall(app, n, { agentId: '101', beginMs: testEpochMs + n * 60_000, lengthMs: 15_000 });
    await tick();

    // A review task samples the scored calls and takes effect at its reserved time.
    const created = await call('qualitytask/createQualityTask', { customColumns: null, currentRole: 'qualityDirector', startTimeMillis: '', endTimeMillis: '', fixedColumns: { maxNum: 10, qualityCondition: 0, qualityNum: 100, qualityType: 1, scoreStart: 0, scoreEnd: 120, staffIds: [], interactionType: 0 }, qualityTask: { planName: '234' } });
    expect(created.body).toMatchObject({ resultCode: '0409000', qualityTaskId: expect.any(String) });
    const taskId = created.body.qualityTaskId;
    const window = { currentRole: 'qualityDirector', startTimeMillis: Math.floor(testEpochMs / 1000) - 3600, endTimeMillis: Math.floor(testEpochMs / 1000) + 86400, page: 1, rows: 10 };
    expect((await call('qualitytask/queryQualityTask', window)).body.data[0]).toMatchObject({ id: taskId, planCode: taskId, planName: '234', inspectTotalCount: 3, status: '0', personType: 1, creatOperator: '120' });
    expect((await call('qualitytask/appointQualityTask', { qualityTaskId: taskId, setCountsType: 1, isTakeEffect: 0, setCounts: [{ personID: '30001', count: 3 }] })).status).toBe(500);
    await call('qualitytask/appointQualityTask', { qualityTaskId: taskId, setCountsType: 1, isTakeEffect: 0, setCounts: [{ personID: '120', count: 3 }] });
    const reserve = Math.floor(app.clock.now() / 1000) + 300;
    await call('qualitytask/takeEffectQualityTask', { type: 2, reserveTime: String(reserve), qualityTaskId: taskId });
    expect((await call('qualitytask/queryQualityTask', window)).body.data[0].status).toBe('3');
    await tick(360_000);
    expect((await call('qualitytask/queryQualityTask', window)).body.data[0]).toMatchObject({ status: '1', effectiveDate: expect.any(Number) });

    // The inspector works the task: revises the greeting hit of one call and completes all calls.
    const calls = (await call('qualitytask/callsQualityTask', { currentRole: 'qualityInspector', page: 1, rows: 10, fixedColumns: { planCode: taskId, inspectStatus: '5' } })).body;
    expect(calls.total).toBe(3);
    const target = calls.data[0];
    const credit = (await call(`${isqmBase}/appraisecall/credit`, { call_uuid: target.calls[0].call_uuid })).body[0];
    expect(credit.credit[0].score).toBe(45);
    const greetingHit = credit.credit[0].rules[0].revise_id;
    const wordHit = credit.sensitive_words[0].revise_id;
    const revised = await call('qualitytask/modifyResultQualityTask', { isGroup: false, ruleType: 10, taskId, uuid: target.calls[0].call_uuid, ruleInfo: { description: 'greeting said in other words', revise: 1, reviselId: greetingHit } });
    expect(revised.body.resultCode).toBe('0409000');
    expect((await call(`${isqmBase}/appraisecall/credit`, { call_uuid: target.calls[0].call_uuid })).body[0].credit[0].rules[0].revise).toBe(1);
    for (const c of calls.data) await call('qualitytask/completeQualityTask', { isGroup: false, callId: c.calls[0].call_id, callGroupId: c.calls[0].call_id, qualityTaskCallId: c.id });
    expect((await call('qualitytask/queryQualityTask', window)).body.data[0]).toMatchObject({ status: '2', inspectFinishedCount: 3 });
    const illegal = await call('qualitytask/terminateQualityTask', { qualityTaskId: taskId });
    expect([illegal.status, illegal.body.resultCode]).toEqual([500, '0409004']);

    // The agent appeals the sensitive-word hit to leader 110; the appeal travels to Finish.
    const agent = sqmCaller(app, await bearerToken(app), '101');
    const leader = sqmCaller(app, await bearerToken(app), '110');
    // Agent 30001 exists, but in another tenant: it cannot lead this tenant's appeal.
    await otherSqmTenant(app);
    const appealBody = { callGroupId: target.calls[0].call_id, callId: target.calls[0].call_uuid, isGroup: false, leaderRole: '10', leaderUUID: '110', taskDescription: 'I was quoting the customer', chooseRuleGroupList: [{ ruleGroupId: groupId, reviselIdList: [wordHit] }], callType: 'voice', fileName: target.calls[0].file_name };
    expect((await agent('appraisecall/complain', { ...appealBody, leaderUUID: '30001' })).status).toBe(500);
    const complained = await agent('appraisecall/complain', appealBody);
    expect(complained.body).toEqual({ callId: target.calls[0].call_uuid, available: true });
    expect((await agent('appraisecall/complain', appealBody)).status).toBe(500);
    const items = (await leader('qualityitem/queryQualityItem', { fixedColumns: { taskType: '2' }, rows: 10, page: 1 })).body;
    expect(items).toMatchObject({ total: 1, data: [{ taskStatus: 21, taskStatusName: 'reviewing', taskOperatorName: '110', initiatorName: '101' }] });
    const itemId = items.data[0].id;
    expect((await agent('qualityitem/appealItem', { auditOperation: 'pass', taskInfold: itemId })).status).toBe(500);
    await leader('qualityitem/appealItem', { auditOperation: 'pass', coment: 'ok to process', taskInfold: itemId });
    const detail = (await call('qualityitem/queryQualityItemDetail', { qualityItemId: itemId })).body;
    expect(detail.qualityItemRuleHit).toMatchObject([{ reviselId: wordHit, ruleType: 60, valid: 0, revise: -1, ruleGroupId: groupId }]);
    // 19-digit ids arrive intact as bare JSON numbers.
    const raw = await app.request({ method: 'POST', url: '/apiaccess/CCSQM/rest/ccisqm/v1/qualityitem/modifyQualityItemResult', rawBody: `{"qualityItemId": ${itemId}, "qualityItemType": 2, "ruleInfo": {"reviselId": "${wordHit}", "revise": 1, "description": "quoted"}}`, headers: { authorization: `Bearer ${await bearerToken(app)}`, 'x-userid': '120', 'content-type': 'application/json' } });
    expect(raw.body.resultCode).toBe('0410000');
    await call('qualityitem/appealItem', { auditOperation: 'pass', taskInfoId: itemId });
    await agent('qualityitem/appealItem', { auditOperation: 'pass', comment: 'thanks', taskInfoId: itemId });
    const history = (await call('qualityitem/queryQualityHistory', { qualityTaskInfold: itemId })).body;
    expect(history.workflowNodeList.map((n: { nodeName: string; conclusion: string }) => `${n.nodeName}:${n.conclusion}`)).toEqual(['Create complaint:', 'Review:Approve', 'Process:Approve', 'Check:Approve', 'Finish:']);
    expect(history).toMatchObject({ canHandle: false, showAssgin: false, showReassign: false });
    const finished = await leader('qualityitem/appealItem', { auditOperation: 'pass', taskInfoId: itemId });
    expect([finished.status, finished.body.resultCode]).toEqual([500, '0410004']);

    // The final score: both hits revised valid, so the manual score is back at the start score.
    const result = await call('qualityitem/queryQualityItemResult', { qualityId: itemId, call_uuid: target.calls[0].call_uuid });
    expect(result.body).toEqual([expect.objectContaining({ ruleGroupId: groupId, ruleGroupName: 'Service', automaticScore: 45, manuallyScore: 60 })]);
    expect((await call('appraisecall/detail', { call_uuid: target.calls[0].call_uuid })).body).toMatchObject({ complain_status: 1, inspect_status: 1 });
  });

  it('reassigns the handler and rejects at review', async () => {
    ({ app, call } = await sqmApp());
    app.services.cti.recordingFiles.setScripts(1, [rude]);
    const category = (await call('sensitiveWordManage/createSensitiveCategory', { name: 'rude' })).body.category_id;
    await call('sensitiveWordManage/createSensitiveWord', { sw_name: 'stupid', score: -5, category_id: category });
    const groupId = await enabledScenario(call, 'Words', {});
    await recordedCall(app, 1, { agentId: '101', beginMs: testEpochMs, lengthMs: 10_000 });
    await tick();
    const listed = (await call('appraisecall/details', { call_types: [0], status: [2], page: 1, limit: 10, upload_from: null, upload_to: null })).body.data[0].calls[0];
    const credit = (await call(`${isqmBase}/appraisecall/credit`, { call_uuid: listed.call_uuid })).body[0];
    expect(credit.credit[0].score).toBe(55);
    const agent = sqmCaller(app, await bearerToken(app), '101');
    await agent('appraisecall/complain', { callGroupId: listed.call_id, callId: listed.call_id, leaderRole: '10', leaderUUID: '110', taskDescription: 'no', chooseRuleGroupList: [{ ruleGroupId: groupId, reviseIdList: [credit.sensitive_words[0].revise_id] }] });
    const itemId = (await call('qualityitem/queryQualityItem', {})).body.data[0].id;
    const leader = sqmCaller(app, await bearerToken(app), '110');
    await leader('qualityitem/reassginQualityTask', { handler: '109', qualityTaskInfold: itemId, role: 'qualityDirector' });
    const delegate = sqmCaller(app, await bearerToken(app), '109');
    expect((await delegate('qualityitem/queryQualityHistory', { qualityTaskInfoId: itemId })).body.workflowNodeList[0].assignHistoryList).toEqual([{ assignee: '110', newHandler: '109', originalHandler: '110', assignTime: expect.any(String) }]);
    await delegate('qualityitem/appealItem', { auditOperation: 'back', comment: 'rejected', taskInfoId: itemId });
    expect((await call('qualityitem/queryQualityItem', { fixedColumns: { taskStatus: 22 } })).body.data[0].taskStatusName).toBe('end');
    expect((await call('appraisecall/detail', { call_uuid: listed.call_uuid })).body.complain_status).toBe(2);
    expect((await call('qualityitem/queryQualityItemResult', { qualityId: itemId })).body[0]).toMatchObject({ automaticScore: 55, manuallyScore: 55 });
  });
});
