import { bearerToken, createTestApp, type TestApp, type TestResponse } from '../../../test/support/test-app.ts';
import { otherTenant } from '../config-ivr/config-ivr.test-support.ts';
import { provisionTenant } from '../../tenancy/index.ts';

export const sqmBase = '/apiaccess/CCSQM/rest/ccisqm/v1';
export const isqmBase = '/apiaccess/CCISQM/rest/ccisqm/v1';

export type SqmCaller = (path: string, body?: unknown, headers?: Record<string, string>) => Promise<TestResponse>;

/** A caller of §12.2 with a tenant's bearer token and `x-UserId` (the inspector 120 by default). */
export function sqmCaller(app: TestApp, token: string, userId = '120'): SqmCaller {
  return (path, body, headers = {}) => {
    const url = path.startsWith('/') ? path : `${sqmBase}/${path}`;
    return app.request({ method: 'POST', url, body: body ?? {}, headers: { authorization: `Bearer ${token}`, 'x-userid': userId, ...headers } });
  };
}

export async function sqmApp(): Promise<{ app: TestApp; call: SqmCaller }> {
  const app = await createTestApp();
  return { app, call: sqmCaller(app, await bearerToken(app)) };
}

/** A second tenant (VDN 7, agent 30001) and its caller. */
export async function otherSqmTenant(app: TestApp): Promise<SqmCaller> {
  const spec = otherTenant({ agents: [{ workNo: 30001, userAccount: 'other1', userName: 'Other 1', password: 'Other@1234', ctiPassword: 'Other@1234', email: 'o1@other.local', agentType: 99, ccRoleId: 3, sipAccount: '730001', sipPwd: 'Other@1234', skills: [] }] });
  await provisionTenant(app.services, spec);
  return sqmCaller(app, await bearerToken(app, 'other-ak', 'other-sk'), '30001');
}
