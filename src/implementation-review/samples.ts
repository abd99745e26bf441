import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';

/** Loads this capability's sample data unless it is already there; returns how many records were loaded. */
export async function loadReviewSamples(_db: Kysely<Database>): Promise<number> {
  return 0;
}
