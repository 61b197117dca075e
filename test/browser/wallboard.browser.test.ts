// Goal: the supervisor wallboard, on the CC-CMS interfaces through the signing proxy, shows the
// queue growing and its chart moving within two seconds of the calls, and the agents by state.
import { expect, it } from 'vitest';
import { dial, GatewayAgent } from '../support/gateway-client.ts';
import { describeInChromium } from '../support/browser.ts';

describeInChromium('supervisor wallboard in Chromium', (rig) => {
  it('shows the queue growing and the waiting-calls and service-level charts moving within 2 s', async () => {
    const agent = await GatewayAgent.signIn(rig.app, 105);
    await agent.call('POST', 'onlineagent/{id}/saybusy');
    const page = await rig.page();
    await page.goto(`${rig.origin}/wallboard`);
    const waitingCell = page.locator('#skills tr[data-skill="1"] td').first();
    await expect.poll(() => waitingCell.textContent()).toBe('0');
    await expect.poll(() => page.locator('#agents tr[data-agent="105"] td').first().textContent()).toBe('Busy state');
    const samplesBefore = await page.evaluate(() => (window as any).opencecWallboard.history.waiting.length);

    for (let i = 0; i < 3; i++) await dial(rig.app, '4001', { caller: `1380000000${i}` });
    await expect.poll(() => waitingCell.textContent(), { timeout: 2_000, interval: 100 }).toBe('3');
    await expect
      .poll(() => page.evaluate(() => (window as any).opencecWallboard.history.waiting.at(-1)), { timeout: 2_000, interval: 100 })
      .toBe(3);
    expect(await page.evaluate(() => (window as any).opencecWallboard.history.waiting.length)).toBeGreaterThan(samplesBefore);
    // Three calls entered, none answered within 20 s yet: the service level drops from 100 % to 0 %.
    expect(await page.evaluate(() => (window as any).opencecWallboard.history.serviceLevel[0])).toBe(100);
    await expect.poll(() => page.evaluate(() => (window as any).opencecWallboard.history.serviceLevel.at(-1)), { timeout: 2_000, interval: 100 }).toBe(0);
    await expect.poll(() => page.locator('#skills tr[data-skill="1"] td').nth(2).textContent()).toBe('0 %');
    await rig.screenshot(page, 'wallboard-queue');
  });

  it('lets a supervisor sign in as inspector and force an agent busy and idle from its row', async () => {
    // The calls of the test above still wait: they would reach the agent as soon as it is idle.
    for (const engine of await rig.app.services.cti.registry.running()) {
      for (const callId of [...engine.calls.keys()]) await rig.app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
    }
    const agent = await GatewayAgent.signIn(rig.app, 107);
    const page = await rig.page();
    await page.goto(`${rig.origin}/wallboard`);
    const state = page.locator('#agents tr[data-agent="107"] td').first();
    await expect.poll(() => state.textContent()).toBe('Idle state');
    await expect(page.getByRole('button', { name: 'Force busy agent 107' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Sign in as inspector' }).click();
    await expect.poll(() => page.locator('#inspector-status').textContent()).toBe('Signed in as inspector 120');
    await page.getByRole('button', { name: 'Force busy agent 107' }).click();
    await expect.poll(() => page.locator('#inspector-status').textContent()).toBe('Force busy 107: success');
    await expect.poll(() => state.textContent(), { timeout: 2_000, interval: 100 }).toBe('Busy state');
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.result.agentState).toBe(3);
    await page.getByRole('button', { name: 'Force idle agent 107' }).click();
    await expect.poll(() => state.textContent(), { timeout: 2_000, interval: 100 }).toBe('Idle state');
    await rig.screenshot(page, 'wallboard-inspector');
  });
});
