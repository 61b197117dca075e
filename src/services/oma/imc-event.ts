import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Repositories } from '../../store/index.ts';
import { MallOrderSpec } from '../../tenancy/mall-spec.ts';
import { storeSubscriptionOrder, subscriptionOrderOf, tenantSpaceStatusInUse } from '../../tenancy/provision-mall.ts';

const vdnId = Type.Union([Type.Integer({ minimum: 1, maximum: 9999 }), Type.String({ pattern: '^[0-9]{1,4}$' })]);

/**
 * What the IMC calls back with, once decrypted (decision 1505): a subscription order of a tenant
 * (Table 15-6; a later message with the same `id` replaces it, e.g. status 2 → 8) or a change of
 * the tenant's mall customer data.
 */
export const ImcEvent = Type.Union([
  Type.Object({ eventType: Type.Literal('subscription'), vdnId, order: MallOrderSpec }),
  Type.Object({
    eventType: Type.Literal('customer'),
    vdnId,
    customer: Type.Object({
      mobilePhone: Type.String({ minLength: 1, maxLength: 32 }),
      company: Type.String({ minLength: 1, maxLength: 128 }),
      customerName: Type.String({ minLength: 1, maxLength: 64 }),
      email: Type.String({ minLength: 3, maxLength: 128 }),
      tenantSpaceStatus: Type.Optional(Type.String({ minLength: 1, maxLength: 8 })),
    }),
  }),
]);
export type ImcEvent = Static<typeof ImcEvent>;

export type ImcEventOutcome = 'stored' | 'invalid' | 'unknownTenant';

/** Stores what an IMC message carries, so that §15.1.1 and §15.1.2 reflect it. */
export async function applyImcEvent(repos: Repositories, message: unknown, now: number): Promise<ImcEventOutcome> {
  if (!Value.Check(ImcEvent, message)) return 'invalid';
  const event = message;
  const vdn = await repos.vdns.find(Number(event.vdnId));
  if (!vdn) return 'unknownTenant';
  const mall = await repos.mall.findTenant(vdn.vdnId);
  if (event.eventType === 'subscription') {
    const order = subscriptionOrderOf(event.order, { vdnId: vdn.vdnId, name: vdn.name, trial: mall?.trial === 1 });
    await storeSubscriptionOrder(repos, vdn.vdnId, order);
    return 'stored';
  }
  const { tenantSpaceStatus, ...contact } = event.customer;
  await repos.mall.upsertTenant({
    vdnId: vdn.vdnId,
    ...contact,
    tenantSpaceStatus: tenantSpaceStatus ?? mall?.tenantSpaceStatus ?? tenantSpaceStatusInUse,
    trial: mall?.trial ?? 0,
    expiryAtMs: mall?.expiryAtMs ?? null,
    createdAtMs: mall?.createdAtMs ?? now,
  });
  return 'stored';
}
