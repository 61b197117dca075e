/** The store's identity, one row with id 1 (migration 1732, decision 1733). */
export interface StoreIdentityTable {
  id: number;
  identity: string;
  createdAtMs: number;
}

declare module './schema.ts' {
  interface Database {
    storeIdentity: StoreIdentityTable;
  }
}
