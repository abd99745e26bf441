import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './core/db/schema.ts';
import type { SystemActor } from './core/access/actor.ts';
import { createUser } from './accounts/service.ts';
import { findUserRowByEmail } from './accounts/repository.ts';
import { importRecords } from './knowledge/import.ts';
import { loadStatisticsSamples } from './statistics/samples.ts';
import { loadCaseDataSamples } from './case-data/samples.ts';
import { loadProgrammesSamples } from './programmes/samples.ts';
import { loadTreatiesSamples } from './treaties/samples.ts';
import { loadReviewSamples } from './implementation-review/samples.ts';
import { loadCooperationSamples } from './cooperation/samples.ts';

const SAMPLES_DIR = new URL('../samples/', import.meta.url);
const SAMPLE_ACTOR: SystemActor = { kind: 'system', label: 'sample-data' };

interface SampleUsers { users: { email: string; displayName: string; roles: string[]; countries?: string }[] }

/** records: how many sample records each capability loaded (0: they were already there). */
export interface SampleResult { usersCreated: string[]; password: string | null; records: Record<string, number> }

/** Each capability's sample loader, by the words that name its records; run in this order. */
const SAMPLE_LOADERS: [string, (db: Kysely<Database>) => Promise<number>][] = [
  ['knowledge records', loadKnowledgeSamples],
  ['statistics records', loadStatisticsSamples],
  ['case-level records', loadCaseDataSamples],
  ['programme records', loadProgrammesSamples],
  ['treaty records', loadTreatiesSamples],
  ['implementation review records', loadReviewSamples],
  ['cooperation requests', loadCooperationSamples],
];

export async function databaseIsEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !row;
}

/**
 * Loads the sample data; records that already exist are left alone, so it can run twice.
 * Each capability adds its own sample loader here.
 */
export async function loadSampleData(db: Kysely<Database>, options: { password?: string } = {}): Promise<SampleResult> {
  const password = options.password || randomBytes(9).toString('base64url');
  const samples = JSON.parse(readFileSync(new URL('users.json', SAMPLES_DIR), 'utf8')) as SampleUsers;
  const usersCreated: string[] = [];
  for (const sample of samples.users) {
    if (await findUserRowByEmail(db, sample.email)) continue;
    await createUser(db, SAMPLE_ACTOR, { email: sample.email, displayName: sample.displayName, password, grants: { roles: sample.roles, countries: sample.countries } });
    usersCreated.push(sample.email);
  }
  const records: Record<string, number> = {};
  for (const [label, load] of SAMPLE_LOADERS) records[label] = await load(db);
  return { usersCreated, password: usersCreated.length ? password : null, records };
}

/** The knowledge portal's sample records (fictional, marked as samples), published, unless some are already there. */
async function loadKnowledgeSamples(db: Kysely<Database>): Promise<number> {
  const present = await db.selectFrom('kn_records').select('id').where('sample', '=', true).limit(1).executeTakeFirst();
  if (present) return 0;
  let count = 0;
  for (const [kind, file] of [['legislation', 'legislation.json'], ['case', 'cases.json'], ['publication', 'publications.json']] as const) {
    const bytes = readFileSync(new URL(`knowledge/${file}`, SAMPLES_DIR));
    const report = await importRecords(db, SAMPLE_ACTOR, kind, { bytes, filename: file }, { publish: true });
    count += report.created + report.updated;
  }
  return count;
}
