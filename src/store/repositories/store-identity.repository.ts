import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type {} from '../schema-store-identity.ts';

/** The identity of the store (migration 1732, decision 1733). */
export function createStoreIdentityRepository(db: Kysely<Database>) {
  return {
    async read(): Promise<string | undefined> {
      return (await db.selectFrom('storeIdentity').select('identity').where('id', '=', 1).executeTakeFirst())?.identity;
    },
    /** Sets the identity unless one is set already; returns the one that holds. */
    async claim(identity: string, atMs: number): Promise<string> {
      await db.insertInto('storeIdentity').values({ id: 1, identity, createdAtMs: atMs }).onConflict((oc) => oc.column('id').doNothing()).execute();
      return (await this.read())!;
    },
  };
}
