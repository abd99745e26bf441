import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { SystemActor } from '../core/access/actor.ts';
import { importRecords } from './import.ts';

const SAMPLES_DIR = new URL('../../samples/knowledge/', import.meta.url);
const SAMPLE_ACTOR: SystemActor = { kind: 'system', label: 'sample-data' };

/** The knowledge portal's sample records (fictional, marked as samples), published, unless some are already there. */
export async function loadKnowledgeSamples(db: Kysely<Database>): Promise<number> {
  const present = await db.selectFrom('kn_records').select('id').where('sample', '=', true).limit(1).executeTakeFirst();
  if (present) return 0;
  let count = 0;
  for (const [kind, file] of [['legislation', 'legislation.json'], ['case', 'cases.json'], ['publication', 'publications.json']] as const) {
    const bytes = readFileSync(new URL(file, SAMPLES_DIR));
    const report = await importRecords(db, SAMPLE_ACTOR, kind, { bytes, filename: file }, { publish: true });
    count += report.created + report.updated;
  }
  return count;
}
