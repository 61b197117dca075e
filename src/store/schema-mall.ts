/** The business software mall's tenant record (§15.1.1, §15.1.4; decision 1504). */
export interface TenantMallTable {
  vdnId: number;
  mobilePhone: string;
  company: string;
  customerName: string;
  email: string;
  /** tenantSpaceStatus as §15.1.1/§15.1.4 report it. */
  tenantSpaceStatus: string;
  /** 1 for a one-click trial tenant (§17.3). */
  trial: number;
  expiryAtMs: number | null;
  createdAtMs: number;
}

/** One subscription order instance of §15.1.2 (Table 15-6). */
export interface TenantMallOrderTable {
  /** Table 15-6 `id`, the order instance. */
  id: string;
  vdnId: number;
  orderId: string;
  /** Table 15-6 `createTime` as epoch ms: startDate/endDate filter on it. */
  createTimeMs: number;
  /** JSON object of the Table 15-6 fields. */
  fields: string;
}

/** The live verification code of a phone number (§17.2). */
export interface TrialVerifyCodeTable {
  phone: string;
  code: string;
  createdAtMs: number;
  expiresAtMs: number;
  failedAttempts: number;
}

/** A message the simulated SMS or e-mail gateway sent (decision 1506). */
export interface SimMessageTable {
  id: string;
  channel: 'sms' | 'email';
  recipient: string;
  subject: string;
  body: string;
  sentAtMs: number;
}

declare module './schema.ts' {
  interface Database {
    tenantMall: TenantMallTable;
    tenantMallOrder: TenantMallOrderTable;
    trialVerifyCode: TrialVerifyCodeTable;
    simMessage: SimMessageTable;
  }
}
