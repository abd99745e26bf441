import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { SystemActor } from '../core/access/actor.ts';
import type { Database } from '../core/db/schema.ts';
import { importHtcds } from './import.ts';

const SAMPLE_FILE = new URL('../../samples/case-data/htcds-sample.csv', import.meta.url);
const SAMPLE_ACTOR: SystemActor = { kind: 'system', label: 'sample-data' };

/** Loads the fictional sample records (samples/case-data/, flagged as samples) unless some are there; returns how many persons were loaded. */
export async function loadCaseDataSamples(db: Kysely<Database>): Promise<number> {
  const present = await db.selectFrom('cd_cases').select('id').where('sample', '=', true).limit(1).executeTakeFirst();
  if (present) return 0;
  const report = await importHtcds(db, SAMPLE_ACTOR, { bytes: readFileSync(SAMPLE_FILE), filename: 'htcds-sample.csv' }, { sample: true });
  return report.persons;
}
