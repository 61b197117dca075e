// Goal: a call handled by the engine (the simulator's customer calls agent 101, they talk, the
// customer hangs up) is inspected automatically from its recording's sidecar transcript, within
// the scheduler's next tick. Method: the gateway client on a virtual clock, as a desktop would.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../test/support/gateway-client.ts';
import { isqmBase, sqmApp, type SqmCaller } from './ccsqm.test-support.ts';
import { dialogRule, enabledScenario, sentence } from './ccsqm-fixtures.test-support.ts';

let app: TestApp;
let call: SqmCaller;
afterEach(async () => app?.close());

describe('inspection of engine calls', () => {
  it('scores a finished recorded call of the engine with the generic dialogue', async () => {
    ({ app, call } = await sqmApp());
    const greeting = await sentence(call, 'greeting', ['thank you for calling']);
    const goodbye = await sentence(call, 'goodbye', ['goodbye']);
    const { ruleId } = await dialogRule(call, 'Greeting then goodbye', [{ op: 'must', sentence: greeting, role: 'staff' }, { op: 'then', sentence: goodbye, role: 'staff' }], { score: 10 });
    const groupId = await enabledScenario(call, 'Service', { rules: [ruleId] });
    const agent = await GatewayAgent.signIn(app, 101);
    const callId = await dial(app, '4001');
    await agent.events();
    await advance(app, 70_000);
    await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
    await app.services.settle();
    await advance(app, 61_000);
    await app.services.settle();
    const listed = (await call('appraisecall/details', { call_types: [0], status: [2], page: 1, limit: 10, upload_from: null, upload_to: null, staff_id: '101' })).body;
    expect(listed.paging.total).toBe(1);
    const summary = listed.data[0].calls[0];
    expect(summary).toMatchObject({ call_id: callId, staff_id: '101', staff_name: 'Agent 101', status: 2 });
    const detail = (await call('appraisecall/detail', { call_uuid: summary.call_uuid })).body;
    expect(detail.segments[0]).toMatchObject({ segment_id: 1, speaker: 'staff', asr_text: 'Thank you for calling, my name is 101. How can I help you today?' });
    const [record] = (await call(`${isqmBase}/appraisecall/credit`, { call_uuid: summary.call_uuid })).body;
    // The generic dialogue greets and, in 70 s, reaches its goodbye: the rule holds.
    expect(record.credit[0]).toMatchObject({ setting: { group_id: groupId }, score: 60, rules: [{ valid: true, score: 0 }] });
  });
});
