import { subscriptionOrderFields, type SubscriptionOrder } from '../domain/mall/index.ts';
import type { Repositories } from '../store/index.ts';
import type { MallOrderSpec, MallSpec } from './mall-spec.ts';

/** tenantSpaceStatus of a tenant in use and of a trial tenant: the values of the §15.1.1/§15.1.4 examples (decision 1504). */
export const tenantSpaceStatusInUse = '2';
export const tenantSpaceStatusTrial = '5';

/**
 * A Table 15-6 row from an order of the tenant file or of an IMC callback: every documented
 * field present, as a String (trialFlag an Integer), the tenant's VDN and name where not given.
 */
export function subscriptionOrderOf(order: MallOrderSpec, tenant: { vdnId: number; name: string; trial: boolean }): SubscriptionOrder {
  const given = order as Record<string, unknown>;
  const row: Record<string, string | number> = {};
  for (const field of subscriptionOrderFields) {
    const value = given[field];
    row[field] = value === undefined || value === null ? '' : String(value);
  }
  row.vdnId ||= String(tenant.vdnId);
  row.cecTenantName ||= tenant.name;
  row.status ||= '2';
  row.trialFlag = order.trialFlag ?? (tenant.trial ? 1 : 0);
  return row as SubscriptionOrder;
}

export async function storeSubscriptionOrder(repos: Repositories, vdnId: number, order: SubscriptionOrder): Promise<void> {
  await repos.mall.upsertOrder({ id: order.id, vdnId, orderId: order.orderId, createTimeMs: Number(order.createTime), fields: JSON.stringify(order) });
}

/** Writes the tenant file's `mall` block: the customer record and its orders. */
export async function provisionMall(repos: Repositories, tenant: { vdnId: number; name: string }, mall: MallSpec, now: number): Promise<void> {
  const trial = mall.trial !== undefined;
  await repos.mall.upsertTenant({
    vdnId: tenant.vdnId,
    mobilePhone: mall.mobilePhone,
    company: mall.company,
    customerName: mall.customerName,
    email: mall.email,
    tenantSpaceStatus: mall.tenantSpaceStatus ?? (trial ? tenantSpaceStatusTrial : tenantSpaceStatusInUse),
    trial: trial ? 1 : 0,
    expiryAtMs: trial ? Number(mall.trial!.expiryDate) : null,
    createdAtMs: mall.createDate === undefined ? now : Number(mall.createDate),
  });
  for (const order of mall.orders ?? []) await storeSubscriptionOrder(repos, tenant.vdnId, subscriptionOrderOf(order, { ...tenant, trial }));
}
