/** Tables of the CC-CMS inspection user groups and relations (migration 0401, decision 0821). */
export interface InspectionTables {
  qcUserGroup: QcUserGroupTable;
  qcGroupMember: QcGroupMemberTable;
  qcRelation: QcRelationTable;
  qcAgentName: QcAgentNameTable;
}

export interface QcUserGroupTable {
  /** 30-digit decimal string (ref L62007). */
  id: string;
  vdnId: number;
  groupName: string;
  /** 2 agent group, 3 inspector group (ref L62306). */
  groupType: number;
  remark: string | null;
  createdAtMs: number;
}

export interface QcGroupMemberTable {
  /** 30-digit decimal string, the member's "primary key ID" (Table 12-602). */
  id: string;
  vdnId: number;
  groupId: string;
  workNo: number;
}

export interface QcRelationTable {
  vdnId: number;
  /** An inspector group (type 3). */
  qcGroupId: string;
  /** An agent group (type 2). */
  inspectedGroupId: string;
}

/** The agent name the CMS shows, once renamed by 12.3.4.11. */
export interface QcAgentNameTable {
  vdnId: number;
  workNo: number;
  agentName: string;
}
