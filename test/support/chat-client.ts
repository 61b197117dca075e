import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoTenant } from '../../src/tenancy/index.ts';
import { bearerToken, createTestApp, type TestApp, type TestResponse } from './test-app.ts';

/** The demo tenant's web chat channel (settings.chat). */
export const demoChannelId = '202102193196869708';

/**
 * A test server on the demo tenant with agents 101–103 also on the chat skill 2 (and a tenant file
 * tweak). Its channel goes straight to the queue (decision 1102) unless `withBot`: the demo's bank
 * bot greets first (decision 1013).
 */
export async function createChatApp(tweak: (tenant: ReturnType<typeof demoTenant>) => void = () => {}, storeUrl?: string, withBot = false): Promise<TestApp> {
  const { dir, file } = writeChatTenant(tweak, withBot);
  const app = await createTestApp({ tenantFile: file, ...(storeUrl ? { storeUrl } : {}) });
  const close = app.close.bind(app);
  return Object.assign(app, { close: async () => { await close(); fs.rmSync(dir, { recursive: true, force: true }); } });
}

/** Writes the demo tenant with agents 101–103 also on the chat skill 2 to a temporary file (remove `dir` after). */
export function writeChatTenant(tweak: (tenant: ReturnType<typeof demoTenant>) => void = () => {}, withBot = false): { dir: string; file: string } {
  const tenant = demoTenant();
  for (const agent of tenant.agents) if (agent.workNo <= 103) agent.skills = [...(agent.skills ?? []), { skillId: 2, agentWeight: 1, skillWeight: 1 }];
  for (const channel of (tenant.settings?.chat as { channels?: { robot: boolean }[] } | undefined)?.channels ?? []) channel.robot = withBot;
  tweak(tenant);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-chat-'));
  const file = path.join(dir, 'tenant.json');
  fs.writeFileSync(file, JSON.stringify(tenant));
  return { dir, file };
}

/** A web chat customer talking chapter 11 with a C1 bearer and its ccmessaging-token. */
export class ChatCustomer {
  token = '';

  constructor(
    readonly app: TestApp,
    public bearer: string,
    readonly userId: string,
    readonly channelId = demoChannelId,
  ) {}

  static async start(app: TestApp, userId: string, options: { bearer?: string; channelId?: string } = {}): Promise<ChatCustomer> {
    const customer = new ChatCustomer(app, options.bearer ?? (await bearerToken(app)), userId, options.channelId);
    const res = await customer.applyToken();
    if (res.body?.resultCode !== '0') throw new Error(`applyToken failed: ${res.text}`);
    customer.token = res.body.token;
    return customer;
  }

  applyToken(): Promise<TestResponse> {
    return this.app.request({ method: 'POST', url: '/apiaccess/ccmessaging/applyToken', body: { userId: this.userId, userName: `User ${this.userId}`, channelId: this.channelId, locale: 'en' }, headers: this.headers(false) });
  }

  headers(withToken = true): Record<string, string> {
    return { authorization: `Bearer ${this.bearer}`, ...(withToken ? { 'ccmessaging-token': this.token } : {}) };
  }

  async call(method: 'GET' | 'POST', url: string, body?: unknown): Promise<TestResponse> {
    const res = await this.app.request({ method, url, body, headers: this.headers() });
    const renewed = res.headers['ccmessaging-token'];
    if (typeof renewed === 'string') this.token = renewed;
    return res;
  }

  send(controlType: string, content?: string, mediaType = 'TEXT', extra: Record<string, unknown> = {}): Promise<TestResponse> {
    return this.call('POST', '/apiaccess/ccmessaging/send', { channel: 'WEB', controlType, mediaType, content, from: this.userId, to: this.channelId, sourceType: 'CUSTOMER', ...extra });
  }

  async poll(isNeedRead?: string): Promise<any[]> {
    const res = await this.call('GET', `/apiaccess/ccmessaging/poll?receiverId=${this.userId}&channel=WEB${isNeedRead ? `&isNeedRead=${isNeedRead}` : ''}`);
    if (res.body?.resultCode !== '0') throw new Error(`poll failed: ${res.text}`);
    return res.body.downlinkMessages;
  }
}
