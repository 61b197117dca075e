/** App personal settings (§6.4): one row per user of a VDN; number lists as JSON text. */
export interface AppAgentSettingsTable {
  id: string;
  vdnId: number;
  userId: string;
  callType: string | null;
  /** JSON string[]. */
  callerPresent: string;
  /** JSON string[]. */
  callNumber: string;
  callNumberDefault: string | null;
  callerPresentDefault: string | null;
  updatedAtMs: number;
}

declare module './schema.ts' {
  interface Database {
    appAgentSettings: AppAgentSettingsTable;
  }
}
