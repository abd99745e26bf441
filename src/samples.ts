import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './core/db/schema.ts';
import type { SystemActor } from './core/access/actor.ts';
import { createUser } from './accounts/service.ts';
import { findUserRowByEmail } from './accounts/repository.ts';
import { importRecords } from './knowledge/import.ts';

const SAMPLES_DIR = new URL('../samples/', import.meta.url);
const SAMPLE_ACTOR: SystemActor = { kind: 'system', label: 'sample-data' };

interface SampleUsers { users: { email: string; displayName: string; roles: string[]; countries?: string }[] }

export interface SampleResult { usersCreated: string[]; password: string | null; knowledgeRecords: number }

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
  return { usersCreated, password: usersCreated.length ? password : null, knowledgeRecords: await loadKnowledgeSamples(db) };
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
