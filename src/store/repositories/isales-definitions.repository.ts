import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { IsalesBusinessResultTable } from '../schema-isales-lists.ts';

export type IsalesBusinessResultRow = Selectable<IsalesBusinessResultTable>;

/**
 * The small VDN-wide definition sets of CC-iSales: business results (7.1.12/7.1.13), number types
 * (7.4.4/7.4.5) and the key that seals file-server passwords (decision 0732).
 */
export function createIsalesDefinitionRepository(db: Kysely<Database>) {
  return {
    async insertBusinessResults(rows: Insertable<IsalesBusinessResultTable>[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('isalesBusinessResult').values(rows).execute();
    },
    async businessResultCodesIn(vdnId: number, codes: readonly string[]): Promise<string[]> {
      if (codes.length === 0) return [];
      const rows = await db.selectFrom('isalesBusinessResult').select('code').where('vdnId', '=', vdnId).where('code', 'in', [...codes]).execute();
      return rows.map((r) => r.code);
    },
    async nextBusinessResultSeq(vdnId: number): Promise<number> {
      const row = await db.selectFrom('isalesBusinessResult').select((eb) => eb.fn.max('seq').as('seq')).where('vdnId', '=', vdnId).executeTakeFirst();
      return Number(row?.seq ?? 0) + 1;
    },
    async countParents(vdnId: number): Promise<number> {
      const row = await db.selectFrom('isalesBusinessResult').select((eb) => eb.fn.countAll().as('n')).where('vdnId', '=', vdnId).where('parentCode', 'is', null).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    parentsPage(vdnId: number, offset: number, limit: number): Promise<IsalesBusinessResultRow[]> {
      return db.selectFrom('isalesBusinessResult').selectAll().where('vdnId', '=', vdnId).where('parentCode', 'is', null).orderBy('seq').offset(offset).limit(limit).execute();
    },
    childrenOf(vdnId: number, parentCodes: readonly string[]): Promise<IsalesBusinessResultRow[]> {
      if (parentCodes.length === 0) return Promise.resolve([]);
      return db.selectFrom('isalesBusinessResult').selectAll().where('vdnId', '=', vdnId).where('parentCode', 'in', [...parentCodes]).orderBy('seq').execute();
    },
    businessResult(vdnId: number, code: string): Promise<IsalesBusinessResultRow | undefined> {
      return db.selectFrom('isalesBusinessResult').selectAll().where('vdnId', '=', vdnId).where('code', '=', code).executeTakeFirst();
    },

    async numberTypeKeysIn(vdnId: number, keys: readonly string[]): Promise<string[]> {
      if (keys.length === 0) return [];
      const rows = await db.selectFrom('isalesNumberType').select('nameKey').where('vdnId', '=', vdnId).where('nameKey', 'in', [...keys]).execute();
      return rows.map((r) => r.nameKey);
    },
    async insertNumberTypes(vdnId: number, names: readonly string[]): Promise<void> {
      if (names.length === 0) return;
      const row = await db.selectFrom('isalesNumberType').select((eb) => eb.fn.max('seq').as('seq')).where('vdnId', '=', vdnId).executeTakeFirst();
      const first = Number(row?.seq ?? 0) + 1;
      await db.insertInto('isalesNumberType').values(names.map((name, i) => ({ vdnId, nameKey: name.toLowerCase(), name, seq: first + i }))).execute();
    },
    async numberTypes(vdnId: number): Promise<string[]> {
      const rows = await db.selectFrom('isalesNumberType').select('name').where('vdnId', '=', vdnId).orderBy('seq').execute();
      return rows.map((r) => r.name);
    },

    async sealingKey(vdnId: number): Promise<string | undefined> {
      const row = await db.selectFrom('isalesSealingKey').select('keyHex').where('vdnId', '=', vdnId).executeTakeFirst();
      return row?.keyHex;
    },
    /** Stores `keyHex` unless a key exists already; returns the key in force. */
    async ensureSealingKey(vdnId: number, keyHex: string): Promise<string> {
      await db.insertInto('isalesSealingKey').values({ vdnId, keyHex }).onConflict((oc) => oc.column('vdnId').doNothing()).execute();
      const row = await db.selectFrom('isalesSealingKey').select('keyHex').where('vdnId', '=', vdnId).executeTakeFirstOrThrow();
      return row.keyHex;
    },
  };
}

export type IsalesDefinitionRepository = ReturnType<typeof createIsalesDefinitionRepository>;
