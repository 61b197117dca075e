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
    /** The file a name designates for voice notifications (14.3): the newest one not rejected. */
    findActiveFileByName(vdnId: number, voiceFileName: string): Promise<VoiceFileRow | undefined> {
      return db
        .selectFrom('voiceFile')
        .selectAll()
        .where('vdnId', '=', vdnId)
        .where('voiceFileName', '=', voiceFileName)
        .where('reviewStatus', '!=', '3')
        .orderBy('createdAtMs', 'desc')
        .executeTakeFirst();
    },
    listFiles(vdnId: number): Promise<VoiceFileRow[]> {
      return db.selectFrom('voiceFile').selectAll().where('vdnId', '=', vdnId).orderBy('createdAtMs').execute();
    },
    async updateFile(vdnId: number, fileId: string, changes: Updateable<VoiceFileTable>): Promise<void> {
      await db.updateTable('voiceFile').set(changes).where('vdnId', '=', vdnId).where('fileId', '=', fileId).execute();
    },
    /**
     * Records a review decision if the file is still pending; false when it was already decided,
     * so that concurrent reviewers (an operator and the automatic one) decide exactly once.
     */
    async decideFile(vdnId: number, fileId: string, status: string, comment: string): Promise<boolean> {
      const result = await db
        .updateTable('voiceFile')
        .set({ reviewStatus: status, comment })
        .where('vdnId', '=', vdnId)
        .where('fileId', '=', fileId)
        .where('reviewStatus', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** Files awaiting review in every tenant, oldest first (to re-arm reviews after a restart). */
    listPendingFiles(): Promise<Pick<VoiceFileRow, 'vdnId' | 'fileId' | 'createdAtMs'>[]> {
      return db.selectFrom('voiceFile').select(['vdnId', 'fileId', 'createdAtMs']).where('reviewStatus', '=', 'pending').orderBy('createdAtMs').execute();
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
    /** As decideFile, for a TTS template. */
    async decideTemplate(vdnId: number, templateId: string, status: string, comment: string): Promise<boolean> {
      const result = await db
        .updateTable('voiceTemplate')
        .set({ reviewStatus: status, comment })
        .where('vdnId', '=', vdnId)
        .where('templateId', '=', templateId)
        .where('reviewStatus', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    listPendingTemplates(): Promise<Pick<VoiceTemplateRow, 'vdnId' | 'templateId' | 'createdAtMs'>[]> {
      return db.selectFrom('voiceTemplate').select(['vdnId', 'templateId', 'createdAtMs']).where('reviewStatus', '=', 'pending').orderBy('createdAtMs').execute();
    },
  };
}

export type VoiceAssetRepository = ReturnType<typeof createVoiceAssetRepository>;
