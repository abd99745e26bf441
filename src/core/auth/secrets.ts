import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { newSecret } from './tokens.ts';

/** The instance's secret of that name, created on first use and shared by every process. */
export async function instanceSecret(db: Kysely<Database>, name: string): Promise<string> {
  await db.insertInto('app_secrets').values({ name, value: newSecret() })
    .onConflict((conflict) => conflict.column('name').doNothing()).execute();
  const row = await db.selectFrom('app_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
