import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { AppError, notFound, ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { programmesPolicy } from './policy.ts';
import { activitySchema, outcomeSchema, type ActivityInput, type OutcomeInput } from './schemas.ts';
import { activityReferenceErrors, activityRow, loadReferences, outcomeReferenceErrors, outcomeRow, institutionColumns, institutionCounts, syncActivityCountries, syncOutcomeProgrammes } from './store.ts';
import type { RecordStatus } from './vocabulary.ts';
import { assignExternalIds } from './import.ts';

/** Creates an activity (id undefined) or replaces one; validated, references resolved, audited. */
export async function saveActivity(db: Kysely<Database>, actor: Actor, input: ActivityInput, id?: number): Promise<number> {
  authorize(programmesPolicy, actor, 'programmes.edit');
  const data = parseInput(activitySchema, input);
  return db.transaction().execute(async (trx) => {
    const refs = await loadReferences(trx, {});
    const errors = activityReferenceErrors(data, refs);
    if (errors.length) throw new ValidationError(errors);
    const row = activityRow(data, refs);
    const by = auditActorOf(actor);
    if (id === undefined) {
      if (row.external_id && await trx.selectFrom('pm_activities').select('id').where('external_id', '=', row.external_id).executeTakeFirst()) {
        throw new ValidationError([{ field: 'externalId', message: 'programmes.error.external_id_taken' }]);
      }
      const created = await trx.insertInto('pm_activities').values({ ...row, created_by: by.userId }).returning('id').executeTakeFirstOrThrow();
      await assignExternalIds(trx);
      await syncActivityCountries(trx, [Number(created.id)]);
      await recordAudit(trx, by, { action: 'programmes.activity.create', entityType: 'programmes.activity', entityId: created.id, after: row });
      return Number(created.id);
    }
    const before = await trx.selectFrom('pm_activities').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    // Counts derived from a participant list stay as the list says.
    const update = before.has_participant_list ? { ...row, female: before.female, male: before.male, unknown_sex: before.unknown_sex, ...institutionColumns(institutionCounts(before)) } : row;
    await trx.updateTable('pm_activities').set({ ...update, updated_at: new Date() }).where('id', '=', id).execute();
    await syncActivityCountries(trx, [id]);
    await recordAudit(trx, by, { action: 'programmes.activity.update', entityType: 'programmes.activity', entityId: id, before: auditView(before), after: update });
    return id;
  });
}

/** Publishes or withdraws an activity (published activities count in the public reports). */
export async function setActivityStatus(db: Kysely<Database>, actor: Actor, id: number, status: RecordStatus): Promise<void> {
  authorize(programmesPolicy, actor, 'programmes.edit');
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('pm_activities').select(['id', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    if (before.status === status) throw new AppError('wrong_status', 409, 'programmes.error.already_status');
    await trx.updateTable('pm_activities').set({ status, updated_at: new Date() }).where('id', '=', id).execute();
    await syncActivityCountries(trx, [id]);
    await recordAudit(trx, auditActorOf(actor), { action: `programmes.activity.${status === 'published' ? 'publish' : 'unpublish'}`, entityType: 'programmes.activity', entityId: id, before: { status: before.status }, after: { status } });
  });
}

export async function saveOutcome(db: Kysely<Database>, actor: Actor, input: OutcomeInput): Promise<number> {
  authorize(programmesPolicy, actor, 'programmes.edit');
  const data = parseInput(outcomeSchema, input);
  return db.transaction().execute(async (trx) => {
    const refs = await loadReferences(trx, { activities: data.activity ? [data.activity] : [], knowledge: data.knowledgeRecord ? [data.knowledgeRecord] : [] });
    const errors = outcomeReferenceErrors(data, refs);
    if (errors.length) throw new ValidationError(errors);
    const row = outcomeRow(data, refs);
    const created = await trx.insertInto('pm_outcomes').values(row).returning('id').executeTakeFirstOrThrow();
    await syncOutcomeProgrammes(trx, { outcomeIds: [Number(created.id)] });
    await recordAudit(trx, auditActorOf(actor), { action: 'programmes.outcome.create', entityType: 'programmes.outcome', entityId: created.id, after: row });
    return Number(created.id);
  });
}

/** Records a measurement of an action plan's target (replacing one of the same date). */
/** An activity row as the audit log keeps it (no participant names are ever in it). */
function auditView(row: Record<string, unknown>) {
  const { created_at: _created, updated_at: _updated, ...rest } = row;
  return rest;
}
