import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, type OpenCecApp } from '../../src/app/build-app.ts';
import { parseConfig } from '../../src/app/config.ts';
import { VirtualClock } from '../../src/sim/virtual-clock.ts';
import { provisionTenant, type TenantSpec } from '../../src/tenancy/index.ts';
import type { ClusterMembership } from '../../src/app/compose-cluster.ts';

/** 2026-01-05T08:00:00Z, a Monday: the start of every test's virtual time. */
export const testEpochMs = Date.UTC(2026, 0, 5, 8, 0, 0);

export interface TestApp extends OpenCecApp {
  readonly clock: VirtualClock;
  /** `app.http.inject` with JSON in and parsed JSON out. */
  request(options: TestRequest): Promise<TestResponse>;
}

export interface TestRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  /** Sent as-is (a string body is not JSON-encoded again). */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface TestResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any;
  text: string;
}

/**
 * A whole server on an in-memory SQLite store (or `storeUrl`) and a virtual clock, with the demo
 * tenant, talking through `inject`. Passwords use a cheap scrypt cost to keep tests fast.
 */
export async function createTestApp(options: { storeUrl?: string; tenantFile?: string; args?: string[]; cluster?: ClusterMembership; recoverAtStart?: boolean } = {}): Promise<TestApp> {
  // Each server gets its own data directory: recordings and packages are files, and test files run in parallel.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-test-'));
  const args = ['--store', options.storeUrl ?? 'sqlite::memory:', '--data-dir', dataDir, ...(options.args ?? [])];
  if (options.tenantFile) args.push('--tenant', options.tenantFile);
  const config = parseConfig(args, {});
  const clock = new VirtualClock(testEpochMs);
  const app = await buildApp({ config, clock, logger: false, passwordCostN: 1024, recoverAtStart: options.recoverAtStart, ...(options.cluster ? { cluster: options.cluster } : {}) });
  return {
    ...app,
    clock,
    async close() {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    async request(req) {
      const headers: Record<string, string> = { ...(req.headers ?? {}) };
      let payload: string | undefined = req.rawBody;
      if (payload === undefined && req.body !== undefined) {
        payload = JSON.stringify(req.body);
        if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
      }
      const res = await app.http.inject({ method: req.method, url: req.url, headers, ...(payload !== undefined ? { payload } : {}) });
      let body: unknown;
      try {
        body = res.body ? JSON.parse(res.body) : undefined;
      } catch {
        body = undefined;
      }
      return { status: res.statusCode, headers: res.headers as TestResponse['headers'], body, text: res.body };
    },
  };
}

/** A C1 bearer token of the demo tenant (or of `appKey`/`appSecret`). */
export async function bearerToken(app: TestApp, appKey = 'demo-ak', appSecret = 'demo-sk'): Promise<string> {
  const res = await app.request({ method: 'POST', url: '/apigovernance/api/oauth/tokenByAkSk', body: { app_key: appKey, app_secret: appSecret } });
  if (res.status !== 200) throw new Error(`token request failed: ${res.status} ${res.text}`);
  return res.body.AccessToken as string;
}

/** Calls a C1 interface with the demo tenant's token. */
export function c1(app: TestApp, token: string) {
  return (url: string, body?: unknown, method: TestRequest['method'] = 'POST') =>
    app.request({ method, url, body, headers: { authorization: `Bearer ${token}` } });
}

/** Provisions another tenant in the running test server and returns a C1 caller for it. */
export async function addTenant(app: TestApp, spec: TenantSpec) {
  await provisionTenant(app.services, spec);
  const credential = spec.appCredentials[0]!;
  return c1(app, await bearerToken(app, credential.appKey, credential.appSecret));
}
