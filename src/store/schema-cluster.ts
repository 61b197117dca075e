/**
 * The lease of a VDN in cluster mode (decision 1700): which node runs the VDN's engine, until when
 * (the database's clock, epoch milliseconds) and with which fencing token. A row exists once a node
 * has tried to own the VDN; `owner_node` −1 means nobody ever held it.
 */
export interface VdnLeaseTable {
  vdnId: number;
  ownerNode: number;
  ownerUrl: string;
  fence: number;
  expiresAtMs: number;
}

export interface ClusterTables {
  vdnLease: VdnLeaseTable;
}

declare module './schema.ts' {
  interface Database extends ClusterTables {}
}
