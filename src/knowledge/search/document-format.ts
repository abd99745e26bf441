import { sql, type Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import { rewriteSearchDocuments } from '../repository.ts';

/**
 * How search documents are made. 1: each piece normalised with its language; 2: accents folded,
 * compound tokens' parts added, each piece marked with its configuration (search-documents.ts).
 * A database whose documents are older is brought up to date before it is searched.
 */
export const SEARCH_DOCUMENT_FORMAT = 2;
const BATCH = 2_000;

/** Rewrites the documents of an older format, a batch per transaction; returns how many. */
export async function updateSearchDocuments(db: Kysely<Database>, log: (line: string) => void = () => {}): Promise<number> {
  const current = await sql<{ version: number }>`select version from kn_search_format`.execute(db);
  if ((current.rows[0]?.version ?? SEARCH_DOCUMENT_FORMAT) >= SEARCH_DOCUMENT_FORMAT) return 0;
  let after = 0;
  let done = 0;
  for (;;) {
    const ids = (await db.selectFrom('kn_published').select('record_id').where('record_id', '>', after).orderBy('record_id').limit(BATCH).execute()).map((row) => Number(row.record_id));
    if (!ids.length) break;
    await db.transaction().execute((trx) => rewriteSearchDocuments(trx, ids));
    done += ids.length;
    after = ids[ids.length - 1];
    log(`search documents rewritten: ${done}`);
  }
  await sql`update kn_search_format set version = ${SEARCH_DOCUMENT_FORMAT}`.execute(db);
  return done;
}
