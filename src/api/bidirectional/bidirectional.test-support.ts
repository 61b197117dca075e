import type { TestApp } from '../../../test/support/test-app.ts';
import { bearerToken, c1, createTestApp } from '../../../test/support/test-app.ts';
import { addTenant, advanceAndSettle, otherTenant, startCallbackReceiver } from '../config-ivr/config-ivr.test-support.ts';

export { advanceAndSettle, startCallbackReceiver };

export const mobileAgentBase = '/apiaccess/CC-Management/v1/mobileAgent';

/** Merges `patch` into the demo tenant's settings (what the GUI's Expansion Management pages set). */
export async function patchTenantSettings(app: TestApp, vdnId: number, patch: Record<string, unknown>): Promise<void> {
  const vdn = await app.services.repos.vdns.find(vdnId);
  await app.services.repos.vdns.update(vdnId, { settings: JSON.stringify({ ...JSON.parse(vdn!.settings), ...patch }) });
}

/** A test server with the demo tenant and its C1 caller. */
export async function bidirectionalApp() {
  const app = await createTestApp();
  const call = c1(app, await bearerToken(app));
  return { app, call };
}

/** A second tenant (VDN 7) whose numbers and calls must stay invisible to the demo tenant. */
export function addOtherTenant(app: TestApp) {
  return addTenant(app, otherTenant({ settings: { callbackTrustlist: ['http://127.0.0.1'], phoneNumbers: ['15000000000-15000009999'] }, accessCodes: [{ accessCode: '5001', mediaTypeId: 5, description: 'Other hotline', numCallAttr: 3 }] }));
}

export const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
