export { maskMobilePhone, maskEmail, maskName, maskCompany } from './masking.ts';
export { subscriptionOrderFields, type SubscriptionOrder } from './subscription-order.ts';
