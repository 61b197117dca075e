/**
 * A §6.3 voice-recognition subscription (decision 0464). Its lapse is not stored: it is five
 * minutes after `lastHandshakeMs` on the Clock, so every node and a restarted server judge alike.
 */
export interface AsrSubscriptionTable {
  serverId: string;
  /** The VDN of the registering credential; -1 for the system administrator's. */
  ownerVdnId: number;
  subscribeType: string;
  serviceToken: string | null;
  serviceCallbackUri: string;
  nlpFlag: number;
  flowAccessCode: string | null;
  createdAtMs: number;
  lastHandshakeMs: number;
}

export interface AsrTables {
  asrSubscription: AsrSubscriptionTable;
}

/** Joins `Database` by declaration merging (schema.ts is at its size limit). */
declare module './schema.ts' {
  interface Database extends AsrTables {}
  interface CallbackDeliveryTable {
    /**
     * Deliveries with the same key are sent one at a time in creation order: a later one waits
     * while an earlier one is pending (retrying). Null for independent deliveries.
     */
    orderKey?: string | null;
  }
}
