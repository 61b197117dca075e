import type { MallSpec } from './mall-spec.ts';

const day = 86_400_000;
const subscribedAtMs = Date.UTC(2025, 11, 1, 9, 0, 0);

/**
 * The demo tenant's business software mall customer (§15.1, decision 1504): plausible contact
 * data and two monthly subscriptions, one running and one that has expired.
 */
export function demoMall(): MallSpec {
  const order = (n: number, skuName: string, createdAtMs: number, periods: number, status: string) => ({
    id: `16388147241927802${90 + n}`,
    orderId: `2516795381264411${10 + n}`,
    opType: 'newInstance',
    remark: '',
    skuName,
    modifyTime: String(createdAtMs),
    orderAmount: String(36000 * periods),
    procutName: 'monthly',
    customerId: '20220727032236821699',
    company: 'OpenCEC Demo Trading Co',
    manualStatus: '0',
    cecTenantId: '202512010001',
    amount: '10',
    periodNumber: String(periods),
    productId: '0GbV000000wG80TFeSIU',
    autoStatus: '2',
    customerName: 'Demo Owner',
    cecExpireTime: String(createdAtMs + periods * 30 * day),
    createSource: 'GTS',
    periodType: 'month',
    expireTime: String(createdAtMs + periods * 30 * day),
    createTime: String(createdAtMs),
    skuCode: `d52b28fa-e0a7-a8f7-8356-0f0aea54b86${n}`,
    cecFeatureType: 'voice',
    retryTimes: '3',
    status,
  });
  return {
    mobilePhone: '15300000991',
    company: 'OpenCEC Demo Trading Co',
    customerName: 'Demo Owner',
    email: 'owner@demo.opencec.local',
    tenantSpaceStatus: '2',
    orders: [order(1, 'voice agent', subscribedAtMs - 60 * day, 1, '8'), order(2, 'voice agent', subscribedAtMs, 12, '2')],
  };
}
