/** A CC-FS package job (13.2.1.2, 13.2.1.6): pending until its ZIP is written, then ready. */
export interface CcfsFileJobTable {
  responseId: string;
  vdnId: number;
  /** 'bill' (CDR and recording index) or 'agentOpr' (agent operation details). */
  kind: string;
  /** yyyyMMdd_{responseId}.zip */
  fileName: string;
  /** JSON of the request's filters and callback. */
  params: string;
  /** 'pending' | 'ready' | 'failed' */
  status: string;
  createdAtMs: number;
  doneAtMs: number | null;
}

export interface CcfsTables {
  ccfsFileJob: CcfsFileJobTable;
}
