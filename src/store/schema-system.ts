/** Tables of the system indicators (§12.3.6, migration 0310, decisions 0840, 0842). */
export interface SystemTables {
  licencePeak: LicencePeakTable;
  uapSample: UapSampleTable;
}

/** The highest value a licence usage count of §12.3.6.8 ever reached, per tenant (VDN 0: the whole system). */
export interface LicencePeakTable {
  vdnId: number;
  /** agents, videoAgents, ivrCalls, voiceCalls or webCalls. */
  field: string;
  value: number;
  atMs: number;
}

/** A closed 5-minute sample of the simulated UAP (§12.3.6.4, §12.3.6.5), per measuring node (migration 1731). */
export interface UapSampleTable {
  beginMs: number;
  /** The trunk office, or −1 for the terminal sample. */
  ofcNo: number;
  /** The node that measured it (0 on a single node; decision 1732). */
  nodeId: number;
  /** The sample's counters, JSON. */
  counters: string;
}
