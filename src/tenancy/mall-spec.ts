import { Type, type Static } from '@sinclair/typebox';
import { subscriptionOrderFields } from '../domain/mall/index.ts';

const epochMs = Type.Union([Type.Integer({ minimum: 0 }), Type.String({ pattern: '^[0-9]{1,15}$' })]);

/** Table 15-6 fields an order may give; absent ones are "" (decision 1504). */
const orderFieldSchemas = Object.fromEntries(
  subscriptionOrderFields.filter((f) => f !== 'trialFlag' && f !== 'id' && f !== 'orderId' && f !== 'createTime').map((f) => [f, Type.Optional(Type.Union([Type.String({ maxLength: 256 }), Type.Integer(), Type.Null()]))]),
);

export const MallOrderSpec = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  orderId: Type.String({ minLength: 1, maxLength: 64 }),
  createTime: epochMs,
  trialFlag: Type.Optional(Type.Integer({ minimum: 0, maximum: 1 })),
  ...orderFieldSchemas,
});

/**
 * The `mall` block of the tenant file (docs/tenant-file.md, decision 1504): the business software
 * mall customer behind the tenant (§15.1.1), its trial period (§15.1.4) and subscriptions (§15.1.2).
 */
export const MallSpec = Type.Object({
  mobilePhone: Type.String({ minLength: 1, maxLength: 32 }),
  company: Type.String({ minLength: 1, maxLength: 128 }),
  customerName: Type.String({ minLength: 1, maxLength: 64 }),
  email: Type.String({ minLength: 3, maxLength: 128 }),
  /** tenantSpaceStatus as the mall reads it (default "2"; trial tenants "5", the examples' values). */
  tenantSpaceStatus: Type.Optional(Type.String({ minLength: 1, maxLength: 8 })),
  /** Creation time, epoch ms (default: when the tenant is provisioned). */
  createDate: Type.Optional(epochMs),
  /** A trial tenant: when its trial ends (epoch ms). */
  trial: Type.Optional(Type.Object({ expiryDate: epochMs })),
  orders: Type.Optional(Type.Array(MallOrderSpec, { maxItems: 1000 })),
});

export type MallSpec = Static<typeof MallSpec>;
export type MallOrderSpec = Static<typeof MallOrderSpec>;
