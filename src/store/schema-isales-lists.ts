/** A business-result definition (7.1.12): a parent (parentCode null) or one of its children. */
export interface IsalesBusinessResultTable {
  vdnId: number;
  code: string;
  name: string;
  description: string;
  parentCode: string | null;
  /** Order of definition, which 7.1.13 lists in. */
  seq: number;
}

/** One blacklisted number of a VDN (7.3.1). */
export interface IsalesBlacklistTable {
  vdnId: number;
  blockNum: string;
  addedAtMs: number;
  expiresAtMs: number | null;
  restrictTimes: number | null;
  /** '0' per clock hour, '1' per calendar day. */
  restrictPeriod: string | null;
}

/** A number type of a VDN (7.4.4); matched case-insensitively through nameKey. */
export interface IsalesNumberTypeTable {
  vdnId: number;
  nameKey: string;
  name: string;
  seq: number;
}

/** An SFTP file server (7.8.1). The password is sealed with the tenant's key, never returned. */
export interface IsalesFileServerTable {
  serverId: string;
  vdnId: number;
  ip: string;
  port: string;
  filePath: string;
  userName: string;
  passwordCipher: string;
  createdAtMs: number;
}

/** A file import task (7.3.5 blacklist, 7.4.8 call data), Table 7-213. */
export interface IsalesImportTaskTable {
  id: string;
  vdnId: number;
  /** 'blacklist' | 'calldata' */
  kind: string;
  /** The campaign of a call-data import; '' for the blacklist. */
  campaignId: string;
  serverId: string;
  filePath: string;
  fileName: string;
  /** '0' preparing, '1' importing, '2' imported, '3' failed. */
  status: string;
  createdAtMs: number;
  /** When the task is due (the request's hour and minute, or at once). */
  startAtMs: number;
  beginMs: number | null;
  endMs: number | null;
  succNum: number;
  repeatNum: number;
  failNum: number;
  errMsg: string;
  /** JSON array of {row, reason} for the rows that failed. */
  rowErrors: string;
}

/** An external result (7.9.2) and the OBS codes mapped to it (7.9.6 resultMapList). */
export interface IsalesExternalResultTable {
  defId: string;
  vdnId: number;
  resultCode: string;
  displayResult: string;
  createdAtMs: number;
}

export interface IsalesExternalResultMapTable {
  mapId: string;
  defId: string;
  vdnId: number;
  failCode: string;
}

/** One invocation of a chapter 7 interface (7.10 OpenapiLog). */
export interface IsalesOpenapiLogTable {
  id: string;
  vdnId: number;
  operTimeMs: number;
  url: string;
  request: string;
  resultCode: string;
  resultDesc: string;
  httpStatus: number;
  type: string;
}

export interface IsalesSealingKeyTable {
  vdnId: number;
  keyHex: string;
}

export interface IsalesListTables {
  isalesBusinessResult: IsalesBusinessResultTable;
  isalesBlacklist: IsalesBlacklistTable;
  isalesNumberType: IsalesNumberTypeTable;
  isalesFileServer: IsalesFileServerTable;
  isalesImportTask: IsalesImportTaskTable;
  isalesExternalResult: IsalesExternalResultTable;
  isalesExternalResultMap: IsalesExternalResultMapTable;
  isalesOpenapiLog: IsalesOpenapiLogTable;
  isalesSealingKey: IsalesSealingKeyTable;
}

/**
 * The list tables join `Database` by declaration merging rather than in schema.ts's `extends`
 * list, which is at its size limit (test/tidy.test.ts).
 */
declare module './schema.ts' {
  interface Database extends IsalesListTables {}
}
