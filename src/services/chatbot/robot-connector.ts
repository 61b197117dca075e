import { createHmac } from 'node:crypto';
import type { NluResult } from '../../domain/chatbot/index.ts';
import type { Repositories } from '../../store/index.ts';
import { tenantSetting } from '../tenant-settings/index.ts';

/** The tenant setting `thirdPartyRobot` (decision 1012). */
export interface RobotConfig {
  baseUrl: string;
  account: string;
  key: string;
}

export type RobotTransport = (url: string, headers: Record<string, string>, body: string) => Promise<{ status: number; body: unknown }>;

export const fetchRobotTransport: RobotTransport = async (url, headers, body) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json;charset=utf-8', ...headers }, body, signal: AbortSignal.timeout(3000) });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    return { status: response.status, body: undefined };
  }
};

export async function robotConfig(repos: Repositories, vdnId: number): Promise<RobotConfig | undefined> {
  const value = await tenantSetting(repos, vdnId, 'thirdPartyRobot');
  if (!value || typeof value !== 'object') return undefined;
  const { baseUrl, account, key } = value as Record<string, unknown>;
  return typeof baseUrl === 'string' && typeof account === 'string' && typeof key === 'string' ? { baseUrl: baseUrl.replace(/\/+$/, ''), account, key } : undefined;
}

const unknown: NluResult = { kind: 'unknown', name: 'unknown', label: 'unknown', answer: '', confidence: 0, slots: {} };
const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * CEC §10.14 (ref L36928–37115): ODFS as the client of a third-party robot. A recognition is POSTed
 * with the cached `Chatbot-Token`; a 401 NEED_LOGIN with a nonce makes us log in with
 * `checksum = hex(HMAC-SHA256(key, nonce))` and retry once. The first intent answered is the
 * recognition; failures and timeouts are "unknown", so the flow takes its unknown branch.
 */
export class RobotConnector {
  private readonly tokens = new Map<string, { token: string; expiresAtMs: number }>();

  constructor(private readonly deps: { transport: RobotTransport; now(): number }) {}

  async recognize(config: RobotConfig, request: { userId: string; accessCode: string; sentence: string; tenantId: string; language: string }): Promise<NluResult> {
    try {
      const body = JSON.stringify({ request: { userId: request.userId, accesscode: request.accessCode, channel: 'OIFDE', sentence: request.sentence, tenantId: request.tenantId, language: request.language, context: '', targetIntentCount: 1, confidence2Top: 1, timeZone: '0' } });
      const url = `${config.baseUrl}/chatbot/u-route/api/router_service/recognize`;
      let reply = await this.deps.transport(url, this.tokenHeader(config), body);
      if (reply.status === 401) {
        const nonce = asRecord(reply.body).nonce;
        if (typeof nonce !== 'string' || !(await this.login(config, nonce))) return unknown;
        reply = await this.deps.transport(url, this.tokenHeader(config), body);
      }
      if (reply.status < 200 || reply.status >= 300 || String(asRecord(reply.body).errorCode ?? '0') !== '0') return unknown;
      const first = asRecord((asRecord(reply.body).intentsResponses as unknown[] | undefined)?.[0]);
      const commands = Array.isArray(first.commands) ? first.commands : [first.commands];
      const responses = Array.isArray(first.responses) ? first.responses : [first.responses];
      if (typeof commands[0] !== 'string' || commands[0] === '') return unknown;
      const slots = Object.fromEntries(Object.entries(asRecord(first.params)).map(([k, v]) => [k, String(v)]));
      return { kind: 'intent', name: commands[0], label: typeof first.scenarioName === 'string' ? first.scenarioName : commands[0], answer: typeof responses[0] === 'string' ? responses[0] : '', confidence: Number(first.confidence ?? 0), slots };
    } catch {
      return unknown;
    }
  }

  private tokenHeader(config: RobotConfig): Record<string, string> {
    const cached = this.tokens.get(config.baseUrl + config.account);
    return cached && cached.expiresAtMs > this.deps.now() ? { 'Chatbot-Token': cached.token } : {};
  }

  private async login(config: RobotConfig, nonce: string): Promise<boolean> {
    const checksum = createHmac('sha256', config.key).update(nonce).digest('hex');
    const reply = await this.deps.transport(`${config.baseUrl}/chatbot/serverauth/login`, {}, JSON.stringify({ account: config.account, nonce, checksum }));
    const { token, duration } = asRecord(reply.body);
    if (reply.status !== 200 || typeof token !== 'string') return false;
    this.tokens.set(config.baseUrl + config.account, { token, expiresAtMs: this.deps.now() + Math.max(1, Number(duration) || 3600) * 1000 });
    return true;
  }
}
