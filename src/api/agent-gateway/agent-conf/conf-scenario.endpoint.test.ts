// Goal: the acceptance run of agent conferences (§6.1.6) over HTTP, with every
// participant's events in the documented order and shapes (§6.5.1.10), CDR rows and recordings.
// Method: the demo tenant on a virtual clock; agent 101 talks with a customer, 102 is idle.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('agent conference: the acceptance run', () => {
  it('runs', async () => {
    const chair = await GatewayAgent.signIn(app, 101);
    const other = await GatewayAgent.signIn(app, 102);
    await dial(app, '4001');
    await advance(app, 5_000);
    console.info(await chair.events());
    await other.events();
    const res = await chair.call('POST', 'agentconf/{id}/requestagentconf', { memberNum: 4, time: 50, promptTime: 5 });
    console.info(res.body);
    await advance(app, 1_000);
    console.info(JSON.stringify(await chair.events()));
    console.info((await chair.call('POST', 'agentconf/{id}/batchaddparticipant', { addresses: [{ addressType: '9', address: '102' }, { addressType: '6', address: '13900001234' }] })).body);
    await advance(app, 1_000);
    console.info(JSON.stringify(await other.events()));
    console.info((await other.call('POST', 'agentconf/{id}/answeragentconf')).body);
    await advance(app, 5_000);
    console.info(JSON.stringify(await other.events()));
    console.info(JSON.stringify(await chair.events()));
    console.info(JSON.stringify((await chair.call('POST', 'agentconf/{id}/queryconfinfos', { conflds: [1,2,3,4,5,6,7,8,9] })).body));
  });
});
