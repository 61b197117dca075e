import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addTenant, bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { TenantSpec } from '../../tenancy/index.ts';

/** Helpers shared by the 5.1 endpoint tests. */

export const configBase = '/apiaccess/rest/cc-management/v1';
export const agentBase = `${configBase}/agentAccount`;

export type Call = ReturnType<typeof c1>;

/** Moves virtual time on and returns a caller with a fresh token (tokens live at most an hour). */
export async function later(app: TestApp, ms: number, appKey = 'demo-ak', appSecret = 'demo-sk'): Promise<Call> {
  app.clock.advance(ms);
  return c1(app, await bearerToken(app, appKey, appSecret));
}

/** A valid 5.1.1 body; fields may be overridden. */
export function newAgent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    userAccount: 'newagent01',
    userName: 'New Agent',
    password: 'Start@2026',
    email: 'new.agent@example.com',
    agentType: 4,
    ccRoleId: 2,
    skills: [{ skillId: 1, agentWeight: 1, skillWeight: 1 }],
    ...overrides,
  };
}

/** The demo tenant's server and a C1 caller for it. */
export async function demoApp(): Promise<{ app: TestApp; call: Call }> {
  const app = await createTestApp();
  return { app, call: c1(app, await bearerToken(app)) };
}

const releasePolicy = { transferType: 'Release' as const };

/**
 * A second tenant (VDN 2, work numbers 20001–20999, AK/SK other-ak/other-sk) beside the demo
 * tenant, with its own skill 1 (voice) and one agent, and a C1 caller for it.
 */
export async function addSecondTenant(app: TestApp): Promise<Call> {
  return addTenant(app, {
    vdnId: 2,
    name: 'second',
    workNoRange: [20001, 20999],
    appCredentials: [{ appKey: 'other-ak', appSecret: 'other-sk' }],
    adminPassword: 'Other@123',
    skills: [{ skillId: 1, name: 'OtherVoice', mediaTypeId: 5, skillParam: { noAgents: releasePolicy, busy: releasePolicy, timeOut: releasePolicy } }],
    agents: [
      { workNo: 20001, userAccount: 'other20001', userName: 'Other 20001', password: 'Other@123', email: 'o@example.com', agentType: 4, sipAccount: '7020001', skills: [{ skillId: 1 }] },
    ],
    accessCodes: [{ accessCode: '5001', mediaTypeId: 5 }],
    calledRoutes: [],
  });
}

/**
 * A server whose only tenant reproduces the setting of the reference's examples: agents 101–107
 * exist, so the next agent is 108 (5.1.1 example, ref L2834–2841); skill 1 is multimedia (5.1.3
 * example), skill 2 video (5.1.1, 5.1.4), skills 3 and 4 voice (5.1.5, 5.1.6, 5.1.7).
 */
export async function exampleApp(): Promise<{ app: TestApp; call: Call }> {
  const skill = (skillId: number, name: string, mediaTypeId: number) => ({ skillId, name, mediaTypeId, skillParam: { noAgents: releasePolicy, busy: releasePolicy, timeOut: releasePolicy } });
  const agents = Array.from({ length: 7 }, (_, i) => ({
    workNo: 101 + i,
    userAccount: `agent${101 + i}`,
    userName: `Agent ${101 + i}`,
    password: 'Demo@123',
    email: `agent${101 + i}@example.com`,
    agentType: 4,
    sipAccount: `8888000${i}`,
    skills: [{ skillId: 3 }],
  }));
  const spec: TenantSpec = {
    vdnId: 1,
    name: 'examples',
    workNoRange: [101, 9999],
    appCredentials: [{ appKey: 'demo-ak', appSecret: 'demo-sk' }],
    adminPassword: 'Demo@123',
    skills: [skill(1, 'Chat', 53), skill(2, 'Video', 19), skill(3, 'Voice', 5), skill(4, 'Voice2', 5)],
    agents,
    accessCodes: [{ accessCode: '4001', mediaTypeId: 5 }],
    calledRoutes: [],
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-agents-'));
  const file = path.join(dir, 'tenant.json');
  fs.writeFileSync(file, JSON.stringify(spec));
  try {
    const app = await createTestApp({ tenantFile: file });
    return { app, call: c1(app, await bearerToken(app)) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
