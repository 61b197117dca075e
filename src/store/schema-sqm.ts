/**
 * Tables of the intelligent quality check (§12.2, migration 1221, decision 1222). `doc` columns
 * hold the JSON of the object in the shapes of src/domain/ccsqm; the other columns are what the
 * interfaces look up or filter by.
 */
export interface SqmTables {
  sqmDocument: SqmDocumentTable;
  sqmCall: SqmCallTable;
}

export interface SqmDocumentTable {
  vdnId: number;
  /** What the document is: `scoreRule`, `sentence`, `scenario`, `qualityTask`… (SqmKind). */
  kind: string;
  id: string;
  /** The name that must be unique per tenant and kind, where the kind has one. */
  name: string | null;
  /** The owning object (a sentence's category, a flow's rule, a script's flow, a task call's task). */
  parentId: string | null;
  doc: string;
  createdAtMs: number;
  updatedAtMs: number;
  /** When the scheduler must act on it (a running plan's next run, a reserved task's effect time). */
  dueAtMs: number | null;
}

export interface SqmCallTable {
  vdnId: number;
  callUuid: string;
  callId: string;
  staffId: string;
  /** 0 voice, 2 text. */
  callType: number;
  /** The inspection status of ref L49256 (0 waiting … 2 success, 3 ASR, 9/31–40 failures). */
  status: number;
  callTimeMs: number;
  uploadTimeMs: number;
  duration: number;
  /** JSON of the InspectedCall (metrics, segments, names, flags). */
  doc: string;
  /** JSON of the CreditRecord once inspected. */
  credit: string | null;
}

declare module './schema.ts' {
  interface Database extends SqmTables {}
}
