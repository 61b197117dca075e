// Goal: §11.5 send answers 12 ("The current time is not within the working time of the service
// agents.") when a customer connects or transfers to an agent outside the channel's working time,
// read in the VDN's time zone (decision 1111); a bot still serves, and channels without a working
// time are always open. Method: a chat test server whose channel works 09:00–18:00 on weekdays in
// Asia/Shanghai; the virtual clock starts Monday 2026-01-05 08:00 UTC (16:00 in Shanghai).
import { afterEach, describe, expect, it } from 'vitest';
import { ChatCustomer, createChatApp } from '../../../test/support/chat-client.ts';
import { GatewayAgent } from '../../../test/support/gateway-client.ts';
import type { TestApp } from '../../../test/support/test-app.ts';

let app: TestApp;
afterEach(async () => app?.close());

const hour = 3_600_000;
const closed = { resultCode: '12', resultDesc: 'The current time is not within the working time of the service agents.' };

function weekdayOffice(withBot = false): Promise<TestApp> {
  return createChatApp((t) => {
    t.settings = { ...t.settings, timeZone: 'Asia/Shanghai' };
    const chat = t.settings.chat as { channels: Array<Record<string, unknown>> };
    chat.channels[0]!.workingTime = [{ weekdays: [1, 2, 3, 4, 5], begin: '09:00', end: '18:00' }];
  }, undefined, withBot);
}

describe('11.5 send outside working time', () => {
  it('connects at 16:00 local, answers 12 at 19:00 and on Saturday, and connects again on Monday at 09:00', async () => {
    app = await weekdayOffice();
    const agent = await GatewayAgent.signIn(app, 101, { autoanswer: true });
    const first = await ChatCustomer.start(app, 'w-1');
    expect((await first.send('CONNECT')).body).toEqual({ resultCode: '0', resultDesc: 'connect successfully.' });
    expect((await first.send('DISCONNECT')).body.resultCode).toBe('0');
    await agent.events();

    app.clock.advance(3 * hour);
    const evening = await ChatCustomer.start(app, 'w-2');
    expect((await evening.send('CONNECT')).body).toEqual(closed);
    // Nothing was queued: the agent was offered no chat.
    expect((await agent.events()).map(([t]) => t)).not.toContain('AgentEvent_Auto_Answer');

    // Saturday 10 January, 12:00 in Shanghai: a weekday period does not cover it.
    app.clock.advance(4 * 24 * hour + 17 * hour);
    expect((await (await ChatCustomer.start(app, 'w-3')).send('CONNECT')).body).toEqual(closed);

    // Monday 12 January, 09:00 in Shanghai (01:00 UTC): open again (agent 101's idle session has long ended).
    app.clock.advance(2 * 24 * hour - 3 * hour);
    await GatewayAgent.signIn(app, 102, { autoanswer: true });
    expect((await (await ChatCustomer.start(app, 'w-4')).send('CONNECT')).body).toEqual({ resultCode: '0', resultDesc: 'connect successfully.' });
  });

  it('lets the bot serve after hours but answers 12 to a transfer to an agent', async () => {
    app = await weekdayOffice(true);
    app.clock.advance(3 * hour);
    const c = await ChatCustomer.start(app, 'w-5');
    expect((await c.send('CONNECT')).body).toEqual({ resultCode: '0', resultDesc: 'connect to robot successfully.' });
    expect((await c.send('TRANS2AGENT')).body).toEqual(closed);
    // The session stays with the bot.
    expect((await c.send('CHAT', 'hello')).body).toEqual({ resultCode: '0', resultDesc: 'Send message to robot successfully' });
  });
});
