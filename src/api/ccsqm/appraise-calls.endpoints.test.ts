// Goal: finished recorded calls are inspected automatically from their sidecar transcripts; the
// scores, rule hits and metrics served by §12.2.12/12.2.17 are exactly what the scripted
// dialogues call for (precision and recall 1 on the injected violations, issue 14 item 4).
import { afterEach, describe, expect, it } from 'vitest';
import { bearerToken, testEpochMs, type TestApp } from '../../../test/support/test-app.ts';
import { isqmBase, otherSqmTenant, sqmApp, sqmCaller, type SqmCaller } from './ccsqm.test-support.ts';
import { dialogRule, enabledScenario, recordedCall, sentence } from './ccsqm-fixtures.test-support.ts';

let app: TestApp;
let call: SqmCaller;
afterEach(async () => app?.close());

const polite = { name: 'polite', lines: [{ speaker: 'agent' as const, text: 'Thank you for calling, my name is {agent}.' }, { speaker: 'customer' as const, text: 'Hello, I have a question about my bill.' }, { speaker: 'agent' as const, text: 'Of course, let me check that for you.' }] };
const rude = { name: 'rude', lines: [{ speaker: 'agent' as const, text: 'What do you want?' }, { speaker: 'customer' as const, text: 'I have a question about my bill.' }, { speaker: 'agent' as const, text: 'That is a stupid question.' }] };

async function qcSetup() {
  const greeting = await sentence(call, 'greeting', ['thank you for calling']);
  const { ruleId } = await dialogRule(call, 'Greeting', [{ op: 'must', sentence: greeting, role: 'staff', position: 'top', distance: 2 }], { score: 10 });
  const category = (await call('sensitiveWordManage/createSensitiveCategory', { name: 'rude' })).body.category_id;
  await call('sensitiveWordManage/createSensitiveWord', { sw_name: 'stupid', score: -5, category_id: category });
  const silence = (await call('silencerule/createSilenceRule', { setting: { name: 'silence', score: 4, seconds: 5, times: 1 } })).body.silence_id;
  return enabledScenario(call, 'Service', { rules: [ruleId], silence_rules: [silence] });
}

async function tick(): Promise<void> {
  app.clock.advance(60_000);
  await app.services.settle();
}

describe('automatic inspection of recorded calls', () => {
  it('scores every call against the scenario, with the hits at the right segments', async () => {
    ({ app, call } = await sqmApp());
    app.services.cti.recordingFiles.setScripts(1, [polite, rude]);
    const groupId = await qcSetup();
    const rows = [];
    for (let n = 0; n < 12; n++) rows.push(await recordedCall(app, n, { beginMs: testEpochMs + n * 120_000, lengthMs: 20_000 }));
    await tick();
    const listed = await call('appraisecall/details', { call_types: [0], status: [2], page: 1, limit: 100, upload_from: null, upload_to: null });
    expect(listed.body.paging.total).toBe(12);
    let rudeCalls = 0;
    for (const row of rows) {
      const script = app.services.cti.recordingFiles.transcript({ ...row, endMs: row.endMs }).script;
      const isRude = script === 'rude';
      rudeCalls += isRude ? 1 : 0;
      const found = listed.body.data.find((g: { calls: Array<{ call_id: string }> }) => g.calls[0]!.call_id === row.callId);
      const credit = await call(`${isqmBase}/appraisecall/credit`, { call_uuid: found.calls[0].call_uuid });
      const [record] = credit.body;
      expect(record.credit).toHaveLength(1);
      const scenario = record.credit[0];
      expect(scenario.setting).toMatchObject({ group_id: groupId, group_name: 'Service' });
      // Independently: start 60 (default rule), −10 without the greeting, −5 for the sensitive word.
      expect(scenario.score).toBe(isRude ? 45 : 60);
      expect(scenario.rules[0]).toMatchObject({ valid: !isRude, score: isRude ? -10 : 0, revise: -1, revise_id: expect.stringMatching(/^dialogRule[0-9a-f-]{36}$/) });
      expect(scenario.silence_rule[0]).toMatchObject({ valid: true, score: 0, name: 'silence' });
      const word = record.sensitive_words[0];
      expect(word.valid).toBe(!isRude);
      const detail = await call('appraisecall/detail', { call_uuid: found.calls[0].call_uuid });
      if (isRude) for (const segmentId of word.invalid_segment) expect(detail.body.segments[segmentId - 1].asr_text).toContain('stupid');
      expect(detail.body).toMatchObject({ status: 2, left_channel: 'customer', right_channel: 'staff', rule_severity_violation_count: isRude ? 2 : 0 });
      const staffTime = detail.body.segments.filter((s: { speaker: string }) => s.speaker === 'staff').reduce((t: number, s: { start_time: number; end_time: number }) => t + s.end_time - s.start_time, 0);
      expect(detail.body.right_speech_ratio).toBeCloseTo(staffTime / detail.body.duration, 3);
    }
    expect(rudeCalls).toBeGreaterThan(0);
    expect(rudeCalls).toBeLessThan(12);
    // Nothing is inspected twice.
    await tick();
    expect((await call('appraisecall/details', { call_types: [0], status: [2], page: 1, limit: 100, upload_from: null, upload_to: null })).body.paging.total).toBe(12);
    expect((await call('appraisecall/details', { call_types: [0], status: [2], page: 1, limit: 100, upload_from: null, upload_to: null, keyword: 'STUPID' })).body.paging.total).toBe(rudeCalls);
  });

  it('inspects nothing while the tenant has no enabled voice scenario', async () => {
    ({ app, call } = await sqmApp());
    await recordedCall(app, 1, { beginMs: testEpochMs });
    await tick();
    expect((await call('appraisecall/details', { call_types: [0], status: [0, 1, 2, 3], page: 1, limit: 10, upload_from: null, upload_to: null })).body.paging.total).toBe(0);
  });
});

describe('§12.2.17 open API', () => {
  it('qualityInspect, voice2Text and getTextByTaskId answer from the transcript; unknown ids get the documented bodies', async () => {
    ({ app, call } = await sqmApp());
    await qcSetup();
    const row = await recordedCall(app, 7, { beginMs: testEpochMs, lengthMs: 15_000 });
    const body = { language: 'en_US', voiceFilePath: row.fileName.replaceAll('/', '\\'), agentId: row.agentId, beginTime: '2026-01-05 08:00:00', endTime: '2026-01-05 08:00:15' };
    const inspected = await call(`${isqmBase}/openapi/qualityInspect`, body, { 'x-userid': '' });
    expect(inspected.body).toMatchObject({ resultCode: '1010200', resultDesc: 'success', call_uuid: expect.any(String) });
    expect((await call(`${isqmBase}/openapi/qualityInspect`, body)).body.call_uuid).toBe(inspected.body.call_uuid);
    const credit = await call(`${isqmBase}/appraisecall/credit`, { call_uuid: inspected.body.call_uuid });
    expect(Array.isArray(credit.body)).toBe(true);
    expect(credit.body[0].credit[0].score).toEqual(expect.any(Number));
    const detail = await call(`${isqmBase}/appraisecall/detail`, { call_uuid: inspected.body.call_uuid });
    expect(detail.body.segments.length).toBeGreaterThan(0);
    const task = await call(`${isqmBase}/openapi/voice2Text`, body);
    expect(task.body).toMatchObject({ resultCode: '1010200', taskId: expect.stringMatching(/^[0-9a-f]{16}$/), duration: '15' });
    const text = await call(`${isqmBase}/openapi/getTextByTaskId`, { taskId: task.body.taskId, language: 'en_US' });
    expect(text.body.resultCode).toBe('1010200');
    expect(Buffer.from(text.body.bytesZip, 'base64').subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await call(`${isqmBase}/openapi/getTextByTaskId`, { taskId: '605d5aff00000927', language: 'zh_CN' })).body).toEqual({ errorMessage: 'Failed to obtain the task id is {}605d5aff00000927', errorCode: 1010404 });
    // Retained three days (ref L52780).
    app.clock.advance(3 * 24 * 3600_000 + 1000);
    call = sqmCaller(app, await bearerToken(app));
    expect((await call(`${isqmBase}/openapi/getTextByTaskId`, { taskId: task.body.taskId, language: 'en_US' })).body.errorCode).toBe(1010404);
    expect((await call(`${isqmBase}/openapi/voice2Text`, { ...body, voiceFilePath: 'Y:/1/0/20260105/101/0999991.V3' })).status).toBe(500);
    expect((await call('appraisecall/create', {})).status).toBe(404);
    const other = await otherSqmTenant(app);
    expect((await other(`${isqmBase}/appraisecall/credit`, { call_uuid: inspected.body.call_uuid })).status).toBe(500);
    expect((await other(`${isqmBase}/openapi/qualityInspect`, body)).status).toBe(500);
  });
});
