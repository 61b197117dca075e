import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { QcGroupMemberTable, QcRelationTable, QcUserGroupTable } from '../schema-inspection.ts';

export type QcUserGroupRow = Selectable<QcUserGroupTable>;
export type QcGroupMemberRow = Selectable<QcGroupMemberTable>;
export type QcRelationRow = Selectable<QcRelationTable>;

/** Inspection user groups, members, relations and CMS agent names (§12.3.4). Every query is scoped by VDN. */
export function createInspectionGroupRepository(db: Kysely<Database>) {
  const members = (vdnId: number, groupId: string, workNo?: number) => {
    let q = db.selectFrom('qcGroupMember').where('vdnId', '=', vdnId).where('groupId', '=', groupId);
    if (workNo !== undefined) q = q.where('workNo', '=', workNo);
    return q;
  };
  return {
    listGroups(vdnId: number): Promise<QcUserGroupRow[]> {
      return db.selectFrom('qcUserGroup').selectAll().where('vdnId', '=', vdnId).orderBy('createdAtMs').orderBy('id').execute();
    },
    findGroup(vdnId: number, id: string): Promise<QcUserGroupRow | undefined> {
      return db.selectFrom('qcUserGroup').selectAll().where('vdnId', '=', vdnId).where('id', '=', id).executeTakeFirst();
    },
    findGroupByName(vdnId: number, groupName: string): Promise<QcUserGroupRow | undefined> {
      return db.selectFrom('qcUserGroup').selectAll().where('vdnId', '=', vdnId).where('groupName', '=', groupName).executeTakeFirst();
    },
    listGroupsById(vdnId: number, ids: readonly string[]): Promise<QcUserGroupRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db.selectFrom('qcUserGroup').selectAll().where('vdnId', '=', vdnId).where('id', 'in', [...ids]).execute();
    },
    async insertGroup(row: QcUserGroupRow): Promise<void> {
      await db.insertInto('qcUserGroup').values(row).execute();
    },
    async updateGroup(vdnId: number, id: string, changes: { groupName: string; remark?: string | null }): Promise<void> {
      await db.updateTable('qcUserGroup').set(changes).where('vdnId', '=', vdnId).where('id', '=', id).execute();
    },
    /** Deletes the group with its members and every relation that names it (ref L62351). */
    async deleteGroup(vdnId: number, id: string): Promise<void> {
      await db.deleteFrom('qcGroupMember').where('vdnId', '=', vdnId).where('groupId', '=', id).execute();
      await db
        .deleteFrom('qcRelation')
        .where('vdnId', '=', vdnId)
        .where((eb) => eb.or([eb('qcGroupId', '=', id), eb('inspectedGroupId', '=', id)]))
        .execute();
      await db.deleteFrom('qcUserGroup').where('vdnId', '=', vdnId).where('id', '=', id).execute();
    },

    listMembers(vdnId: number, groupId: string, page: { workNo?: number; offset: number; limit: number }): Promise<QcGroupMemberRow[]> {
      return members(vdnId, groupId, page.workNo).selectAll().orderBy('workNo').offset(page.offset).limit(page.limit).execute();
    },
    listMembersOfVdn(vdnId: number): Promise<QcGroupMemberRow[]> {
      return db.selectFrom('qcGroupMember').selectAll().where('vdnId', '=', vdnId).orderBy('workNo').execute();
    },
    findMembership(vdnId: number, workNo: number): Promise<QcGroupMemberRow | undefined> {
      return db.selectFrom('qcGroupMember').selectAll().where('vdnId', '=', vdnId).where('workNo', '=', workNo).executeTakeFirst();
    },
    /** Puts agents into a group, taking them out of any other group of the VDN first (ref L62662). */
    async putMembers(vdnId: number, groupId: string, rows: readonly { id: string; workNo: number }[]): Promise<void> {
      if (rows.length === 0) return;
      await db
        .deleteFrom('qcGroupMember')
        .where('vdnId', '=', vdnId)
        .where('workNo', 'in', rows.map((r) => r.workNo))
        .execute();
      await db
        .insertInto('qcGroupMember')
        .values(rows.map((r) => ({ id: r.id, vdnId, groupId, workNo: r.workNo })))
        .execute();
    },
    /** Removes the agents from their groups; without agents, every member of the VDN (ref L62068). */
    async deleteMembers(vdnId: number, workNos: readonly number[] | undefined): Promise<void> {
      let q = db.deleteFrom('qcGroupMember').where('vdnId', '=', vdnId);
      if (workNos !== undefined) {
        if (workNos.length === 0) return;
        q = q.where('workNo', 'in', [...workNos]);
      }
      await q.execute();
    },

    listRelations(vdnId: number): Promise<QcRelationRow[]> {
      return db.selectFrom('qcRelation').selectAll().where('vdnId', '=', vdnId).execute();
    },
    async addRelations(vdnId: number, qcGroupId: string, inspectedGroupIds: readonly string[]): Promise<void> {
      if (inspectedGroupIds.length === 0) return;
      await db
        .insertInto('qcRelation')
        .values(inspectedGroupIds.map((inspectedGroupId) => ({ vdnId, qcGroupId, inspectedGroupId })))
        .onConflict((oc) => oc.columns(['qcGroupId', 'inspectedGroupId']).doNothing())
        .execute();
    },
    async deleteRelations(vdnId: number, qcGroupId: string, inspectedGroupIds: readonly string[]): Promise<void> {
      if (inspectedGroupIds.length === 0) return;
      await db
        .deleteFrom('qcRelation')
        .where('vdnId', '=', vdnId)
        .where('qcGroupId', '=', qcGroupId)
        .where('inspectedGroupId', 'in', [...inspectedGroupIds])
        .execute();
    },

    async agentNames(vdnId: number, workNos: readonly number[]): Promise<Map<number, string>> {
      if (workNos.length === 0) return new Map();
      const rows = await db
        .selectFrom('qcAgentName')
        .selectAll()
        .where('vdnId', '=', vdnId)
        .where('workNo', 'in', [...workNos])
        .execute();
      return new Map(rows.map((r) => [r.workNo, r.agentName]));
    },
    async setAgentName(vdnId: number, workNo: number, agentName: string): Promise<void> {
      await db
        .insertInto('qcAgentName')
        .values({ vdnId, workNo, agentName })
        .onConflict((oc) => oc.columns(['vdnId', 'workNo']).doUpdateSet({ agentName }))
        .execute();
    },
  };
}

export type InspectionGroupRepository = ReturnType<typeof createInspectionGroupRepository>;
