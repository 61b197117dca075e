import type { Kysely, Selectable } from 'kysely';
import type { AccessTokenTable, AppCredentialTable, ConfigAdminTable, Database } from '../schema.ts';

export type AppCredential = Selectable<AppCredentialTable>;
export type AccessToken = Selectable<AccessTokenTable>;
export type ConfigAdmin = Selectable<ConfigAdminTable>;

/** App keys (AK/SK, OIAP), issued tokens and configuration administrators. */
export function createCredentialRepository(db: Kysely<Database>) {
  return {
    findAppCredential(family: AppCredential['family'], appKey: string): Promise<AppCredential | undefined> {
      return db.selectFrom('appCredential').selectAll().where('family', '=', family).where('appKey', '=', appKey).executeTakeFirst();
    },

    async upsertAppCredential(credential: AppCredential): Promise<void> {
      await db
        .insertInto('appCredential')
        .values(credential)
        .onConflict((oc) => oc.columns(['family', 'appKey']).doUpdateSet({ appSecret: credential.appSecret, vdnId: credential.vdnId, description: credential.description }))
        .execute();
    },

    /** The tenant's AK/SK and OIAP keys (its SIA JWT passwords of ch. 9 are secrets, not keys, and are left out). */
    listAppCredentials(vdnId: number): Promise<AppCredential[]> {
      return db.selectFrom('appCredential').selectAll().where('vdnId', '=', vdnId).where('family', '!=', 'sia').orderBy('appKey').execute();
    },

    async insertToken(token: AccessToken): Promise<void> {
      await db.insertInto('accessToken').values(token).execute();
    },

    findToken(tokenHash: string): Promise<AccessToken | undefined> {
      return db.selectFrom('accessToken').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
    },

    async deleteToken(tokenHash: string): Promise<void> {
      await db.deleteFrom('accessToken').where('tokenHash', '=', tokenHash).execute();
    },

    async deleteExpiredTokens(nowMs: number): Promise<number> {
      const result = await db.deleteFrom('accessToken').where('expiresAtMs', '<=', nowMs).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    findConfigAdmin(loginId: number): Promise<ConfigAdmin | undefined> {
      return db.selectFrom('configAdmin').selectAll().where('loginId', '=', loginId).executeTakeFirst();
    },

    async upsertConfigAdmin(admin: ConfigAdmin): Promise<void> {
      await db
        .insertInto('configAdmin')
        .values(admin)
        .onConflict((oc) => oc.column('loginId').doUpdateSet({ vdnId: admin.vdnId, passwordHash: admin.passwordHash, name: admin.name }))
        .execute();
    },
  };
}

export type CredentialRepository = ReturnType<typeof createCredentialRepository>;
