/**
 * The fields of a subscription order instance, Table 15-6 in its order. Every field is a String
 * except `trialFlag` (Integer); `procutName` is the reference's spelling (charging mode).
 */
export const subscriptionOrderFields = [
  'orderId', 'opType', 'remark', 'skuName', 'modifyTime', 'orderAmount', 'procutName', 'vdnId', 'customerId', 'company',
  'id', 'manualStatus', 'cecTenantId', 'amount', 'periodNumber', 'productId', 'autoStatus', 'customerName', 'cecExpireTime',
  'cecTenantName', 'createSource', 'periodType', 'expireTime', 'createTime', 'skuCode', 'cecFeatureType', 'trialFlag',
  'retryTimes', 'status',
] as const;

export type SubscriptionOrderField = (typeof subscriptionOrderFields)[number];

/** A Table 15-6 row as the interface returns it. */
export type SubscriptionOrder = { [K in Exclude<SubscriptionOrderField, 'trialFlag'>]: string } & { trialFlag: number };
