// Goal: from the workbench's softphone bar an agent consults a colleague (who answers on their own
// page) and joins the customer into a three-party call; the call lines follow the events.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { dial } from '../support/gateway-client.ts';
import { describeInChromium } from '../support/browser.ts';

describeInChromium('agent workbench consult and three-party in Chromium', (rig) => {
  async function signIn(page: Page, workNo: number): Promise<void> {
    await page.goto(`${rig.origin}/?agent=${workNo}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('#agent-state').textContent()).toBe('Idle state');
  }
  const callOf = (page: Page) => () => page.locator('#call-state').textContent();

  it('consults agent 102 and makes a three-party call with the customer', async () => {
    const first = await rig.page();
    const second = await rig.page();
    await signIn(second, 102);
    await second.getByRole('button', { name: 'Busy', exact: true }).click();
    await expect.poll(() => second.locator('#agent-state').textContent()).toBe('Busy state');
    await signIn(first, 101);
    const callId = await dial(rig.app);
    await expect.poll(callOf(first)).toBe(`Ringing (call ${callId})`);
    await first.getByRole('button', { name: 'Answer' }).click();
    await expect.poll(callOf(first)).toBe(`Talking (call ${callId})`);

    await first.getByLabel('DTMF digits').fill('12');
    await first.getByRole('button', { name: 'Second dial' }).click();
    await expect.poll(() => first.locator('#command-result').textContent()).toBe('Second dial: success');

    await second.getByRole('button', { name: 'Idle', exact: true }).click();
    await expect.poll(() => second.locator('#agent-state').textContent()).toBe('Idle state');
    await first.getByLabel('Number or agent').fill('102');
    await first.getByRole('button', { name: 'Consult' }).click();
    await expect.poll(() => first.locator('#command-result').textContent()).toBe('Consult: success');
    await expect.poll(callOf(second)).toMatch(/^Ringing \(call /);
    await second.getByRole('button', { name: 'Answer' }).click();
    await expect.poll(callOf(second)).toMatch(/^Talking \(call /);
    await expect.poll(callOf(first)).toMatch(/^Talking \(call /);
    expect(await callOf(first)()).not.toBe(`Talking (call ${callId})`);

    await first.getByRole('button', { name: 'Three-party' }).click();
    await expect.poll(() => first.locator('#command-result').textContent()).toBe('Three-party: success');
    await expect.poll(callOf(first)).toBe(`Talking (call ${callId})`);
    await expect.poll(() => first.locator('#agent-state').textContent()).toBe('Talking state');
    await rig.screenshot(first, 'workbench-three-party');

    await rig.app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
    await expect.poll(callOf(first)).toBe('No call');
  });
});
