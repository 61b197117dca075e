import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { FlatKnowledgeNode } from '../../domain/knowledge/index.ts';
import type { Database } from '../schema.ts';
import type { KbAttachmentTable, KbNodeTable, KbOpenEventTable } from '../schema-knowledge.ts';

export type KbNodeRow = Selectable<KbNodeTable>;
export type KbAttachmentRow = Selectable<KbAttachmentTable>;
/** What a search index needs of a node (no rich text, no attachments). */
export type KbIndexRow = Pick<
  KbNodeRow,
  'coluKngId' | 'coluKngType' | 'name' | 'keyword' | 'summaryInfo' | 'contentText' | 'code' | 'modifiedAtMs' | 'displayFlag' | 'kngStatus' | 'validStartMs' | 'validEndMs'
>;
const indexColumns = ['coluKngId', 'coluKngType', 'name', 'keyword', 'summaryInfo', 'contentText', 'code', 'modifiedAtMs', 'displayFlag', 'kngStatus', 'validStartMs', 'validEndMs'] as const;

/** Rows a batch of inserts stays under (SQLite's bound-parameter limit, 32,766). */
const batchRows = 500;

/** The knowledge tree, attachments, open events and revision of each tenant (ch. 9). Every query is scoped by VDN. */
export function createKnowledgeRepository(db: Kysely<Database>) {
  const nodes = (vdnId: number) => db.selectFrom('kbNode').where('vdnId', '=', vdnId);
  const repository = {
    /** Writes flattened nodes with their attachments and moves the tenant's revision on. */
    async insertTree(vdnId: number, tenantSpaceId: string, flat: readonly FlatKnowledgeNode[], now: number): Promise<void> {
      const rows: Array<Insertable<KbNodeTable>> = flat.map((n) => ({
        vdnId,
        coluKngId: n.coluKngId,
        coluKngType: n.coluKngType,
        coluType: 1,
        name: n.name,
        code: n.code,
        superCode: n.superCode,
        beyondColuId: n.beyondColuId,
        beyondColuPath: n.beyondColuPath,
        orderId: n.orderId,
        kngContent: n.kngContent,
        contentText: n.contentText,
        summaryInfo: n.summaryInfo,
        keyword: n.keyword,
        kngStatus: n.kngStatus,
        serviceStatus: n.serviceStatus,
        displayFlag: n.displayFlag,
        clickNum: 0,
        releaseTimes: n.kngStatus >= 3 ? 1 : 0,
        curVersionNum: 1,
        validStartMs: n.validStartMs,
        validEndMs: n.validEndMs,
        servicesStartMs: n.servicesStartMs,
        servicesEndMs: n.servicesEndMs,
        creatorId: n.creatorId,
        creatorName: n.creatorName,
        modifierId: n.creatorId,
        related: JSON.stringify(n.related),
        createdAtMs: now,
        modifiedAtMs: now,
      }));
      const files: Array<Insertable<KbAttachmentTable>> = flat.flatMap((n) =>
        n.attachments.map((a) => ({
          vdnId,
          adjId: a.adjId,
          kngId: n.coluKngId,
          adjKey: `ccikbs/file/${tenantSpaceId}/${a.adjId}`,
          adjName: a.name,
          adjType: a.type,
          adjClass: a.adjClass,
          adjSize: a.bytes.byteLength,
          orderId: a.orderId,
          versionNum: 1,
          creatorId: n.creatorId,
          content: Buffer.from(a.bytes).toString('base64'),
          createdAtMs: now,
        })),
      );
      for (let i = 0; i < rows.length; i += batchRows) await db.insertInto('kbNode').values(rows.slice(i, i + batchRows)).execute();
      for (const file of files) await db.insertInto('kbAttachment').values(file).execute();
      await repository.bumpRevision(vdnId);
    },
    /** Removes the whole tree of a tenant (an import that replaces it). */
    async deleteTree(vdnId: number): Promise<void> {
      await db.deleteFrom('kbAttachment').where('vdnId', '=', vdnId).execute();
      await db.deleteFrom('kbNode').where('vdnId', '=', vdnId).execute();
      await repository.bumpRevision(vdnId);
    },
    findNode(vdnId: number, coluKngId: string): Promise<KbNodeRow | undefined> {
      return nodes(vdnId).selectAll().where('coluKngId', '=', coluKngId).executeTakeFirst();
    },
    listIds(vdnId: number): Promise<string[]> {
      return nodes(vdnId).select('coluKngId').execute().then((rows) => rows.map((r) => r.coluKngId));
    },
    /** The children of a category ("0": the root) of the given types, in sibling order. */
    listChildren(vdnId: number, beyondColuId: string, types: readonly number[]): Promise<KbNodeRow[]> {
      return nodes(vdnId).selectAll().where('beyondColuId', '=', beyondColuId).where('coluKngType', 'in', [...types]).orderBy('orderId').orderBy('coluKngId').execute();
    },
    countChildren(vdnId: number, beyondColuId: string): Promise<number> {
      return nodes(vdnId).select((eb) => eb.fn.countAll<number>().as('n')).where('beyondColuId', '=', beyondColuId).executeTakeFirstOrThrow().then((r) => Number(r.n));
    },
    listByIds(vdnId: number, ids: readonly string[]): Promise<KbNodeRow[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return nodes(vdnId).selectAll().where('coluKngId', 'in', [...ids]).execute();
    },
    /** Every node the search index of the tenant holds. */
    listIndexRows(vdnId: number): Promise<KbIndexRow[]> {
      return nodes(vdnId).select([...indexColumns]).execute();
    },
    listAttachments(vdnId: number, kngId: string): Promise<Array<Omit<KbAttachmentRow, 'content'>>> {
      return db
        .selectFrom('kbAttachment')
        .select(['vdnId', 'adjId', 'kngId', 'adjKey', 'adjName', 'adjType', 'adjClass', 'adjSize', 'orderId', 'versionNum', 'creatorId', 'createdAtMs'])
        .where('vdnId', '=', vdnId)
        .where('kngId', '=', kngId)
        .orderBy('orderId')
        .execute();
    },
    /** The attachment of an entry by its key or its id (9.2.4 `fileKey`, decision 0901). */
    findAttachment(vdnId: number, kngId: string, fileKey: string): Promise<KbAttachmentRow | undefined> {
      return db
        .selectFrom('kbAttachment')
        .selectAll()
        .where('vdnId', '=', vdnId)
        .where('kngId', '=', kngId)
        .where((eb) => eb.or([eb('adjKey', '=', fileKey), eb('adjId', '=', fileKey)]))
        .executeTakeFirst();
    },
    findAttachmentById(vdnId: number, adjId: string): Promise<KbAttachmentRow | undefined> {
      return db.selectFrom('kbAttachment').selectAll().where('vdnId', '=', vdnId).where('adjId', '=', adjId).executeTakeFirst();
    },
    async countOpen(vdnId: number, event: Insertable<KbOpenEventTable>): Promise<void> {
      await db.insertInto('kbOpenEvent').values(event).execute();
      await db.updateTable('kbNode').set({ clickNum: sql`click_num + 1` }).where('vdnId', '=', vdnId).where('coluKngId', '=', event.coluKngId).execute();
    },
    revision(vdnId: number): Promise<number> {
      return db.selectFrom('kbRevision').select('revision').where('vdnId', '=', vdnId).executeTakeFirst().then((r) => r?.revision ?? 0);
    },
    async bumpRevision(vdnId: number): Promise<void> {
      await db
        .insertInto('kbRevision')
        .values({ vdnId, revision: 1 })
        .onConflict((oc) => oc.column('vdnId').doUpdateSet({ revision: sql`kb_revision.revision + 1` }))
        .execute();
    },
  };
  return repository;
}

export type KnowledgeRepository = ReturnType<typeof createKnowledgeRepository>;
