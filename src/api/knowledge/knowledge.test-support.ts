import { signedHeaders, type AkSk } from '../../../test/support/cms-client.ts';
import type { TestApp, TestResponse } from '../../../test/support/test-app.ts';

export const kbBase = '/rest/ccikbs/v1';

/** An SIA token (9.1.1) of the demo tenant, or of `jwt`/`domain`. */
export async function siaToken(app: TestApp, jwt = 'demo-sia-jwt', domain = 'ccfsAppService'): Promise<string> {
  const res = await app.request({ method: 'POST', url: '/rest/sia/v1/tokens/jwt/sia', body: { jwt, domain }, headers: { 'content-type': 'application/json; charset=UTF-8' } });
  if (res.status !== 200) throw new Error(`SIA token refused: ${res.status} ${res.text}`);
  return res.body.token as string;
}

/** Calls an iKBS SIA interface with `token` for tenant space `space`. */
export function siaCaller(app: TestApp, token: string, space = '1') {
  return (path: string, body: unknown): Promise<TestResponse> => app.request({ method: 'POST', url: `${kbBase}${path}`, body, headers: { 'X-TenantSpaceID': space, 'X-Access-Token': token } });
}

/** Calls the `ByAKSK` copy of an iKBS interface, signed with `key`, adding the call center and VDN to the body. */
export function akskCaller(app: TestApp, key?: AkSk, vdn = 1) {
  return (path: string, body: Record<string, unknown>): Promise<TestResponse> => {
    const url = `${kbBase}${path}ByAKSK`;
    const raw = JSON.stringify({ cclId: app.services.settings.callCenterId, vdn, ...body });
    return app.request({ method: 'POST', url, rawBody: raw, headers: signedHeaders(app, 'POST', url, raw, key) });
  };
}
