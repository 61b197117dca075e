// Goal: the agent workbench works for a person in a real browser, on the gateway's JavaScript API:
// an agent signs in by clicking, a simulated call rings, the agent answers, holds, retrieves and
// transfers it to a second agent's page, the customer hangs up, and the state bar is right at
// each step. Also: a page on another origin loads resource-js and signs an agent in.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { advance, dial } from '../support/gateway-client.ts';
import { describeInChromium } from '../support/browser.ts';

describeInChromium('agent workbench in Chromium', (rig) => {
  async function signIn(page: Page, workNo: number): Promise<void> {
    await page.goto(`${rig.origin}/?agent=${workNo}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('#agent-state').textContent()).toBe('Idle state');
  }

  const stateOf = (page: Page) => () => page.locator('#agent-state').textContent();
  const callOf = (page: Page) => () => page.locator('#call-state').textContent();

  it('handles a call from ringing to transfer and the customer hanging up', async () => {
    const first = await rig.page();
    const second = await rig.page();
    // The second agent signs in first and goes busy, so that the call rings at the first.
    await signIn(second, 102);
    await second.getByRole('button', { name: 'Busy', exact: true }).click();
    await expect.poll(stateOf(second)).toBe('Busy state');
    await signIn(first, 101);
    await rig.screenshot(first, 'workbench-signed-in');

    const callId = await dial(rig.app);
    await expect.poll(callOf(first)).toBe(`Ringing (call ${callId})`);
    await expect.poll(() => first.locator('#call-info').textContent()).toContain('13800000001');
    await rig.screenshot(first, 'workbench-ringing');

    await first.getByRole('button', { name: 'Answer' }).click();
    await expect.poll(callOf(first)).toBe(`Talking (call ${callId})`);
    await expect.poll(stateOf(first)).toBe('Talking state');
    await rig.screenshot(first, 'workbench-talking');

    await first.getByRole('button', { name: 'Hold', exact: true }).click();
    await expect.poll(callOf(first)).toBe(`Held (call ${callId})`);
    await expect.poll(stateOf(first)).toBe('Talking state');
    await first.getByRole('button', { name: 'Retrieve' }).click();
    await expect.poll(() => first.locator('#command-result').textContent()).toBe('Retrieve: success');
    await expect.poll(callOf(first)).toBe(`Talking (call ${callId})`);

    await second.getByRole('button', { name: 'Idle', exact: true }).click();
    await expect.poll(stateOf(second)).toBe('Idle state');
    await first.getByLabel('Number or agent').fill('102');
    await first.getByRole('button', { name: 'Transfer' }).click();
    await expect.poll(callOf(first)).toBe('No call');
    await expect.poll(callOf(second)).toMatch(/^(Ringing|Talking) \(call /);
    if ((await callOf(second)())?.startsWith('Ringing')) await second.getByRole('button', { name: 'Answer' }).click();
    await expect.poll(callOf(second)).toMatch(/^Talking \(call /);
    await expect.poll(stateOf(second)).toBe('Talking state');
    await rig.screenshot(second, 'workbench-transferred');

    await rig.app.request({ method: 'POST', url: `/sim/v1/calls/${encodeURIComponent(String(await second.evaluate(() => (window as any).opencecWorkbench.call)))}/hangup` });
    await advance(rig.app, 100);
    await expect.poll(callOf(second)).toBe('No call');
    await expect.poll(stateOf(second)).not.toBe('Talking state');
    await expect.poll(stateOf(first)).not.toBe('Talking state');
  });

  it('is operable from the keyboard alone: sign in and go busy without a pointer', async () => {
    const page = await rig.page();
    await page.goto(`${rig.origin}/?agent=103`);
    await page.locator('#workno').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('sign-in');
    await page.keyboard.press('Enter');
    await expect.poll(stateOf(page)).toBe('Idle state');
    // Focus moves to the state bar's first live button: Busy, for an idle agent.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('say-busy');
    await page.keyboard.press('Enter');
    await expect.poll(stateOf(page)).toBe('Busy state');
    // Busy disabled itself and handed the focus to the bar's first live button: Idle.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('say-free');
    await page.keyboard.press('Enter');
    await expect.poll(stateOf(page)).toBe('Idle state');
  });

  it('serves resource-js to a toolbar page on another origin, which signs an agent in with it', async () => {
    const toolbar = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<!doctype html><title>toolbar</title><script src="${rig.origin}/agentgateway/resource-js"></script>`);
    });
    await new Promise<void>((resolve) => toolbar.listen(0, '127.0.0.1', resolve));
    try {
      const page = await rig.page();
      await page.goto(`http://localhost:${(toolbar.address() as AddressInfo).port}/`);
      const reply = await page.evaluate(() => {
        const api = window as any;
        const login = api.OnlineAgent.login({ agentid: '104', $entity: { password: 'Demo@123', phonenum: '70104' } });
        const status = api.OnlineAgent.getAgentStatus({ agentid: '104' });
        return { apiURL: api.REST.apiURL, login, status, guid: api.REST.getGuid('104') };
      });
      expect(reply.apiURL).toBe(`${rig.origin}/agentgateway/resource`);
      expect(reply.login.retcode).toBe('0');
      expect(reply.guid).toMatch(/.+/);
      expect(reply.status).toMatchObject({ retcode: '0', result: { agentState: 4 } });
      await rig.screenshot(page, 'toolbar-other-origin');
    } finally {
      await new Promise((resolve) => toolbar.close(resolve));
    }
  });
});
