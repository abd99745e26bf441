import { sql, type Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { notFound } from '../core/errors.ts';
import { treatyStatus, today } from '../treaties/status.ts';
import { reviewPolicy } from './policy.ts';
import { findCycle, type CycleRow } from './repository.ts';

export const PROGRESS_STATUSES = ['not_started', 'draft', 'submitted', 'returned', 'completed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export interface CountryProgress { country: string; status: ProgressStatus; answered: number; submittedAt: Date | null }
export interface CycleProgress { cycle: CycleRow; questions: number; rows: CountryProgress[]; counts: Record<ProgressStatus, number> }

/**
 * Progress of a cycle across countries: every state party to the treaty today (those under
 * review) and any other country that has started, with its status and answers given.
 */
export async function cycleProgress(db: Kysely<Database>, actor: Actor, cycleId: number): Promise<CycleProgress> {
  authorize(reviewPolicy, actor, 'review.dashboard');
  const cycle = await findCycle(db, cycleId);
  if (!cycle) throw notFound();
  const questions = Number((await db.selectFrom('ir_questions').select((eb) => eb.fn.countAll().as('n')).where('cycle_id', '=', cycle.id).executeTakeFirst())?.n ?? 0);
  const assessments = await db.selectFrom('ir_assessments')
    .select(['country', 'status', 'submitted_at', sql<number>`(select count(*) from ir_answers a where a.assessment_id = ir_assessments.id and (a.value is not null or exists (select 1 from ir_files f where f.answer_id = a.id)))::int`.as('answered')])
    .where('cycle_id', '=', cycle.id).execute();
  const parties = (await treatyStatus(db, cycle.treaty_code, today())).parties.map((party) => party.country);
  const byCountry = new Map(assessments.map((row) => [row.country, row]));
  const rows: CountryProgress[] = [...new Set([...parties, ...byCountry.keys()])].sort().map((country) => {
    const row = byCountry.get(country);
    return { country, status: (row?.status ?? 'not_started') as ProgressStatus, answered: Number(row?.answered ?? 0), submittedAt: row?.submitted_at ?? null };
  });
  const counts = Object.fromEntries(PROGRESS_STATUSES.map((status) => [status, rows.filter((row) => row.status === status).length])) as Record<ProgressStatus, number>;
  return { cycle, questions, rows, counts };
}
