import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, VoiceFileTable, VoiceTemplateTable } from '../schema.ts';

export type VoiceFileRow = Selectable<VoiceFileTable>;
export type VoiceTemplateRow = Selectable<VoiceTemplateTable>;

/** Uploaded IVR voice files (5.4.4) and TTS templates (5.4.5), with their review state. */
export function createVoiceAssetRepository(db: Kysely<Database>) {
  return {
    async insertFile(row: Insertable<VoiceFileTable>): Promise<void> {
      await db.insertInto('voiceFile').values(row).execute();
    },
    findFile(vdnId: number, fileId: string): Promise<VoiceFileRow | undefined> {
      return db.selectFrom('voiceFile').selectAll().where('vdnId', '=', vdnId).where('fileId', '=', fileId).executeTakeFirst();
    },
    findFileByName(vdnId: number, voiceFileName: string): Promise<VoiceFileRow | undefined> {
      return db.selectFrom('voiceFile').selectAll().where('vdnId', '=', vdnId).where('voiceFileName', '=', voiceFileName).executeTakeFirst();
    },
    listFiles(vdnId: number): Promise<VoiceFileRow[]> {
      return db.selectFrom('voiceFile').selectAll().where('vdnId', '=', vdnId).orderBy('createdAtMs').execute();
    },
    async updateFile(vdnId: number, fileId: string, changes: Updateable<VoiceFileTable>): Promise<void> {
      await db.updateTable('voiceFile').set(changes).where('vdnId', '=', vdnId).where('fileId', '=', fileId).execute();
    },
    async insertTemplate(row: Insertable<VoiceTemplateTable>): Promise<void> {
      await db.insertInto('voiceTemplate').values(row).execute();
    },
    findTemplate(vdnId: number, templateId: string): Promise<VoiceTemplateRow | undefined> {
      return db.selectFrom('voiceTemplate').selectAll().where('vdnId', '=', vdnId).where('templateId', '=', templateId).executeTakeFirst();
    },
    listTemplates(vdnId: number): Promise<VoiceTemplateRow[]> {
      return db.selectFrom('voiceTemplate').selectAll().where('vdnId', '=', vdnId).orderBy('createdAtMs').execute();
    },
    async updateTemplate(vdnId: number, templateId: string, changes: Updateable<VoiceTemplateTable>): Promise<void> {
      await db.updateTable('voiceTemplate').set(changes).where('vdnId', '=', vdnId).where('templateId', '=', templateId).execute();
    },
  };
}

export type VoiceAssetRepository = ReturnType<typeof createVoiceAssetRepository>;
