import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { createTestApp, type TestApp } from './test-app.ts';

/**
 * Real headless Chromium (Debian's `chromium`, driven by playwright-core) against a real listening
 * server on 127.0.0.1 (port 0) with a virtual clock. `.ci/run` installs chromium; without it the
 * browser tests skip with a message saying so.
 */
export const chromiumPath = process.env.OPENCEC_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumPresent = fs.existsSync(chromiumPath);
export const chromiumMissing = `chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) to run the browser tests`;

/** Screenshots go here (gitignored); CI keeps them as test output. */
export const screenshotDir = path.resolve(import.meta.dirname, '..', '..', 'test-output', 'screenshots');

export interface BrowserRig {
  app: TestApp;
  browser: Browser;
  /** http://127.0.0.1:<port> */
  origin: string;
  page(): Promise<Page>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startBrowserRig(args: string[] = []): Promise<BrowserRig> {
  const app = await createTestApp({ args });
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.http.server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'], timeout: 30_000 });
  fs.mkdirSync(screenshotDir, { recursive: true });
  const pages: Page[] = [];
  return {
    app,
    browser,
    origin: `http://127.0.0.1:${port}`,
    async page() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.setDefaultTimeout(5_000);
      pages.push(page);
      return page;
    },
    async screenshot(page, name) {
      await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
    },
    async close() {
      // Pages first: their held long polls must end before the server can close.
      await Promise.allSettled(pages.map((page) => page.context().close()));
      await browser.close();
      await app.close();
    },
  };
}

/**
 * A describe block with its own server and browser, skipped (with a message saying why) when
 * chromium is absent. The rig handed to the body starts in beforeAll; use it inside tests only.
 * `serverArgs` (read in beforeAll) adds command-line options, e.g. `--tenant <file>`.
 */
export function describeInChromium(name: string, body: (rig: BrowserRig) => void, serverArgs: () => string[] = () => []): void {
  if (!chromiumPresent) console.warn(`skipping "${name}": ${chromiumMissing}`);
  describe.skipIf(!chromiumPresent)(name, () => {
    let started: BrowserRig | undefined;
    const rig = (): BrowserRig => started ?? (() => { throw new Error('the browser rig starts in beforeAll'); })();
    beforeAll(async () => {
      started = await startBrowserRig(serverArgs());
    }, 60_000);
    afterAll(async () => {
      await started?.close();
    });
    body({
      get app() { return rig().app; },
      get browser() { return rig().browser; },
      get origin() { return rig().origin; },
      page: () => rig().page(),
      screenshot: (page, shot) => rig().screenshot(page, shot),
      close: () => rig().close(),
    });
  });
}
