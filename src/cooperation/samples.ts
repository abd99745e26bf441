import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { SystemActor } from '../core/access/actor.ts';
import { changeStatus, createRequest } from './service.ts';
import { addDays, todayUtc } from './dates.ts';

const SAMPLE_FILE = new URL('../../samples/cooperation/requests.json', import.meta.url);
const SAMPLE_ACTOR: SystemActor = { kind: 'system', label: 'sample-data' };

interface SampleRequest {
  dueInDays?: number;
  history: { to: string; daysAgo: number; note?: string }[];
  [field: string]: unknown;
}

/**
 * Loads the fictional sample requests (flagged `sample`, subjects and authorities marked
 * "(sample)") unless some are there. Their dates are relative to the day they are loaded, so
 * that the dashboard has overdue and soon-due requests; each status change goes through the
 * same use case as a user's, so history and audit entries are those of real requests.
 */
export async function loadCooperationSamples(db: Kysely<Database>, today = todayUtc()): Promise<number> {
  const present = await db.selectFrom('co_requests').select('id').where('sample', '=', true).limit(1).executeTakeFirst();
  if (present) return 0;
  const { requests } = JSON.parse(readFileSync(SAMPLE_FILE, 'utf8')) as { requests: SampleRequest[] };
  for (const { history, dueInDays, ...fields } of requests) {
    const id = await createRequest(db, SAMPLE_ACTOR, { ...fields, dueOn: dueInDays === undefined ? undefined : addDays(today, dueInDays) }, { sample: true });
    for (const step of history) {
      await changeStatus(db, SAMPLE_ACTOR, id, { to: step.to, onDate: addDays(today, -step.daysAgo), note: step.note }, today);
    }
  }
  return requests.length;
}
