import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { AppAgentSettingsTable } from '../schema-app-settings.ts';
import '../schema-app-settings.ts';

export type AppAgentSettingsRow = Selectable<AppAgentSettingsTable>;

/** App personal settings of §6.4, per VDN and user. */
export function createAppAgentSettingsRepository(db: Kysely<Database>) {
  return {
    findByUser(vdnId: number, userId: string): Promise<AppAgentSettingsRow | undefined> {
      return db.selectFrom('appAgentSettings').selectAll().where('vdnId', '=', vdnId).where('userId', '=', userId).executeTakeFirst();
    },
    async insert(row: AppAgentSettingsRow): Promise<void> {
      await db.insertInto('appAgentSettings').values(row).execute();
    },
    /** Overwrites the fields given of the user's row `id`; false when the VDN has no such row for that user. */
    async update(vdnId: number, id: string, userId: string, fields: Partial<Omit<AppAgentSettingsRow, 'id' | 'vdnId' | 'userId'>>): Promise<boolean> {
      const result = await db.updateTable('appAgentSettings').set(fields).where('vdnId', '=', vdnId).where('id', '=', id).where('userId', '=', userId).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async deleteByUser(vdnId: number, userId: string): Promise<boolean> {
      const result = await db.deleteFrom('appAgentSettings').where('vdnId', '=', vdnId).where('userId', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
