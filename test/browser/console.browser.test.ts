// Goal: the simulator console drives the running server from a browser: a call placed from the
// form waits in the queue and is hung up from its row, the traffic generator starts, places calls
// as virtual time is advanced from the page, and stops.
import { expect, it } from 'vitest';
import { GatewayAgent } from '../support/gateway-client.ts';
import { describeInChromium } from '../support/browser.ts';

describeInChromium('simulator console in Chromium', (rig) => {
  it('places a call, hangs it up, runs traffic while advancing virtual time', async () => {
    const agent = await GatewayAgent.signIn(rig.app, 106);
    await agent.call('POST', 'onlineagent/{id}/saybusy');
    const page = await rig.page();
    await page.goto(`${rig.origin}/console`);
    await expect.poll(() => page.locator('#clock-mode').textContent()).toBe('virtual');

    await page.getByRole('button', { name: 'Place call' }).click();
    const row = page.locator('#calls tr').first();
    await expect.poll(() => row.locator('td').nth(3).textContent()).toBe('queued');
    await rig.screenshot(page, 'console-call-queued');
    await row.getByRole('button', { name: 'Hang up' }).click();
    await expect.poll(() => row.locator('td').nth(3).textContent()).toBe('ended');

    await page.getByLabel('Calls per minute').fill('60');
    await page.getByRole('button', { name: 'Start traffic' }).click();
    await expect.poll(() => page.locator('#traffic-status').textContent()).toMatch(/^Running: 60\/min to 4001, 0 calls placed/);
    const before = rig.app.clock.now();
    await page.getByRole('button', { name: '+1 min' }).click();
    await expect.poll(() => rig.app.clock.now()).toBe(before + 60_000);
    await expect.poll(async () => Number((await page.locator('#traffic-status').textContent())?.match(/(\d+) calls placed/)?.[1])).toBeGreaterThan(20);
    await rig.screenshot(page, 'console-traffic');
    await page.getByRole('button', { name: 'Stop traffic' }).click();
    await expect.poll(() => page.locator('#traffic-status').textContent()).toMatch(/^Stopped; \d+ calls placed/);
  });
});
