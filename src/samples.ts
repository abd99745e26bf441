import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './core/db/schema.ts';
import type { SystemActor } from './core/access/actor.ts';
import { createUser } from './accounts/service.ts';
import { findUserRowByEmail } from './accounts/repository.ts';
import { CAPABILITIES } from './capabilities.ts';

const SAMPLES_DIR = new URL('../samples/', import.meta.url);
const SAMPLE_ACTOR: SystemActor = { kind: 'system', label: 'sample-data' };

interface SampleUsers { users: { email: string; displayName: string; roles: string[]; countries?: string }[] }

/** records: how many sample records each capability loaded (0: they were already there). */
export interface SampleResult { usersCreated: string[]; password: string | null; records: Record<string, number> }

export async function databaseIsEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !row;
}

/**
 * Loads the sample data: the sample accounts, then each capability's records (its `samples`
 * loader); records that already exist are left alone, so it can run twice.
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
  for (const capability of CAPABILITIES) if (capability.samples) records[capability.samples.label] = await capability.samples.load(db);
  return { usersCreated, password: usersCreated.length ? password : null, records };
}
