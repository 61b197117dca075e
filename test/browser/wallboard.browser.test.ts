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
});
