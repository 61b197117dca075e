import { expect } from 'vitest';
import { cmsRequest, globalKey, type AkSk } from '../../../../test/support/cms-client.ts';
import type { TestApp, TestResponse } from '../../../../test/support/test-app.ts';
import { addTenant, videoTenant } from '../../config-skills/tenant-fixture.test-support.ts';

/** The second test tenant (VDN 2) of src/api/config-skills and its AK/SK. */
export const videoKey: AkSk = { accessKey: 'video-ak', secretKey: 'video-sk' };

/** A C2-signed CC-CMS call to `…/openapi/<path>` (the demo tenant's key unless told). */
export function openapi(app: TestApp, path: string, body: unknown = {}, key?: AkSk, method: 'GET' | 'POST' = 'POST'): Promise<TestResponse> {
  return cmsRequest(app, `/rest/cmsapp/v1/openapi/${path}`, body, { ...(key ? { key } : {}), method });
}

/** Provisions VDN 2 so that isolation tests have a foreign tenant. */
export async function withVideoTenant(app: TestApp): Promise<void> {
  await addTenant(app, videoTenant());
}

/**
 * The checks every VDN interface shares: a tenant key reading another (even unknown) VDN gets
 * 0101003, the global key reads any existing VDN, and an unknown VDN or a foreign ccId is 0100002.
 */
export async function expectTenantRules(app: TestApp, path: string, body: Record<string, unknown>): Promise<void> {
  const code = async (b: Record<string, unknown>, key?: AkSk) => (await openapi(app, path, b, key)).body.resultCode;
  expect(await code({ ...body, vdn: 2 })).toBe('0101003');
  expect(await code({ ...body, vdn: 4999 })).toBe('0101003');
  expect(await code({ ...body, vdn: 1 }, videoKey)).toBe('0101003');
  expect(await code({ ...body, vdn: 2 }, videoKey)).toBe('0100000');
  expect(await code({ ...body, vdn: 2 }, globalKey)).toBe('0100000');
  expect(await code({ ...body, vdn: 1 }, globalKey)).toBe('0100000');
  expect(await code({ ...body, vdn: 4999 }, globalKey)).toBe('0100002');
  expect(await code({ ...body, ccId: 2 })).toBe('0100002');
}

/** Each body answers 0100002 in the CMS envelope (never a 500 or a framework body). */
export async function expectInvalid(app: TestApp, path: string, bodies: readonly unknown[]): Promise<void> {
  for (const body of bodies) {
    const res = await openapi(app, path, body);
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(res.body, JSON.stringify(body)).toMatchObject({ resultCode: '0100002' });
    expect(typeof res.body.resultDesc).toBe('string');
  }
}
