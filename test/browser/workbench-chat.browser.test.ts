// Goal: the workbench's chat panel serves a web chat: a customer's chat on the chat skill rings
// agent 101's page, the agent answers it there, reads the customer's message, replies, and the
// customer's poll receives the reply; the customer leaving shows in the panel.
// Method: the demo tenant with 101 on skill 2 (writeChatTenant), the chat customer over HTTP.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { ChatCustomer, writeChatTenant } from '../support/chat-client.ts';
import { describeInChromium } from '../support/browser.ts';

const tenant = writeChatTenant();
afterAll(() => fs.rmSync(tenant.dir, { recursive: true, force: true }));

describeInChromium('agent workbench chat panel in Chromium', (rig) => {
  async function signedIn(workNo: number): Promise<Page> {
    const page = await rig.page();
    await page.goto(`${rig.origin}/?agent=${workNo}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('#agent-state').textContent()).toBe('Idle state');
    return page;
  }
  /** Off duty, so that the next test's chat goes to its own agent alone. */
  async function signOut(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.locator('#sign-in-panel').isVisible()).toBe(true);
  }

  it('answers a web chat, reads the customer, replies, and sees the customer leave', async () => {
    const page = await signedIn(101);

    const customer = await ChatCustomer.start(rig.app, 'web-1');
    expect((await customer.send('CONNECT')).body.resultCode).toBe('0');
    const chatState = () => page.locator('#chat-state').textContent();
    await expect.poll(chatState).toMatch(/^Ringing \(chat [0-9-]+\)$/);
    // The softphone bar stays out of it: a chat is not a phone call.
    expect(await page.locator('#call-state').textContent()).toBe('No call');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chat-answer');
    await page.keyboard.press('Enter');
    await expect.poll(chatState).toMatch(/^Talking \(chat [0-9-]+\)$/);

    await customer.send('CHAT', 'Hello, my bill is wrong');
    const transcript = page.getByRole('log', { name: 'Chat messages' });
    await expect.poll(() => transcript.textContent()).toBe('Customer: Hello, my bill is wrong');
    await page.getByRole('textbox', { name: 'Message' }).fill('Let me check.');
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    await expect.poll(() => page.locator('#chat-result').textContent()).toBe('Send: success');
    expect(await transcript.locator('p').allTextContents()).toEqual(['Customer: Hello, my bill is wrong', 'Agent: Let me check.']);
    await rig.screenshot(page, 'workbench-chat');
    const down = await customer.poll();
    expect(down.filter((m) => m.sourceType === 'AGENT').map((m) => [m.mediaType, m.content])).toEqual([['TEXT', 'Let me check.']]);

    await customer.send('DISCONNECT');
    await expect.poll(chatState).toMatch(/^Ended by the customer \(chat [0-9-]+\)$/);
    expect(await transcript.locator('p').count()).toBe(2);
    await page.getByRole('button', { name: 'End chat' }).click();
    await expect.poll(chatState).toBe('No chat');
    await signOut(page);
  });

  it('ends a chat from the panel, and the customer is told', async () => {
    const page = await signedIn(102);
    const customer = await ChatCustomer.start(rig.app, 'web-2');
    await customer.send('CONNECT');
    await expect.poll(() => page.locator('#chat-state').textContent()).toMatch(/^Ringing/);
    await page.getByRole('button', { name: 'Accept chat' }).click();
    await expect.poll(() => page.locator('#chat-state').textContent()).toMatch(/^Talking/);
    await page.getByRole('button', { name: 'End chat' }).click();
    await expect.poll(() => page.locator('#chat-state').textContent()).toBe('No chat');
    const down = await customer.poll();
    expect(down.some((m) => m.controlType === 'DISCONNECT')).toBe(true);
    await signOut(page);
  });

  it('a chat opened from the simulator console reaches the workbench and leaves from the console', async () => {
    const agent = await signedIn(103);
    const simConsole = await rig.page();
    await simConsole.goto(`${rig.origin}/console`);
    await simConsole.getByLabel('Customer ID').fill('console-1');
    await simConsole.getByLabel('First message').fill('Is my order late?');
    await simConsole.getByRole('button', { name: 'Open chat' }).click();
    await expect.poll(() => simConsole.locator('#chat-status').textContent()).toMatch(/^Chat of console-1: /);
    const chatState = () => agent.locator('#chat-state').textContent();
    await expect.poll(chatState).toMatch(/^Ringing/);
    await agent.getByRole('button', { name: 'Accept chat' }).click();
    await expect.poll(chatState).toMatch(/^Talking/);
    rig.app.clock.advance(1000);
    await expect.poll(() => agent.getByRole('log', { name: 'Chat messages' }).textContent()).toBe('Customer: Is my order late?');
    await rig.screenshot(simConsole, 'console-chat');
    await simConsole.getByRole('button', { name: 'Customer leaves' }).click();
    await expect.poll(chatState).toMatch(/^Ended by the customer/);
  });
}, () => ['--tenant', tenant.file]);
