import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { notFound, ValidationError, type FieldError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { programmesPolicy } from './policy.ts';
import { areaSchema, measureSchema, planSchema, targetSchema, type AreaInput, type MeasureInput, type PlanInput, type TargetInput } from './plan-schemas.ts';

const PLAN_COLUMNS = ['code', 'title', 'kind', 'countries', 'start_date', 'end_date', 'programme_id', 'status'] as const;
const TARGET_COLUMNS = ['area_id', 'code', 'description', 'indicator', 'unit', 'baseline', 'target_value', 'due_date'] as const;

/** Creates (id undefined) or replaces the heading of an action plan or regional framework; validated, audited. */
export async function savePlan(db: Kysely<Database>, actor: Actor, input: PlanInput, id?: number): Promise<number> {
  authorize(programmesPolicy, actor, 'programmes.edit');
  const data = parseInput(planSchema, input);
  return db.transaction().execute(async (trx) => {
    const errors: FieldError[] = [];
    let codeQuery = trx.selectFrom('pm_action_plans').select('id').where('code', '=', data.code);
    if (id !== undefined) codeQuery = codeQuery.where('id', '!=', id);
    if (await codeQuery.executeTakeFirst()) errors.push({ field: 'code', message: 'programmes.error.code_taken', params: { value: data.code } });
    const programme = data.programme ? await trx.selectFrom('pm_programmes').select('id').where('code', '=', data.programme).executeTakeFirst() : undefined;
    if (data.programme && !programme) errors.push({ field: 'programme', message: 'programmes.error.unknown_programme', params: { value: data.programme } });
    if (errors.length) throw new ValidationError(errors);
    const row = {
      code: data.code, title: data.title, kind: data.kind, countries: data.countries, start_date: data.startDate, end_date: data.endDate,
      programme_id: programme ? Number(programme.id) : null, status: data.status,
    };
    const by = auditActorOf(actor);
    if (id === undefined) {
      const created = await trx.insertInto('pm_action_plans').values(row).returning('id').executeTakeFirstOrThrow();
      await recordAudit(trx, by, { action: 'programmes.plan.create', entityType: 'programmes.action_plan', entityId: created.id, after: row });
      return Number(created.id);
    }
    const before = await trx.selectFrom('pm_action_plans').select(PLAN_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    await trx.updateTable('pm_action_plans').set(row).where('id', '=', id).execute();
    await recordAudit(trx, by, { action: 'programmes.plan.update', entityType: 'programmes.action_plan', entityId: id, before, after: row });
    return id;
  });
}

/** Adds a thematic area at the end of a plan (areaId undefined) or renames one of its areas. */
export async function saveArea(db: Kysely<Database>, actor: Actor, planId: number, input: AreaInput, areaId?: number): Promise<number> {
  authorize(programmesPolicy, actor, 'programmes.edit');
  const data = parseInput(areaSchema, input);
  return db.transaction().execute(async (trx) => {
    if (!await trx.selectFrom('pm_action_plans').select('id').where('id', '=', planId).forUpdate().executeTakeFirst()) throw notFound();
    const by = auditActorOf(actor);
    if (areaId === undefined) {
      const last = await trx.selectFrom('pm_plan_areas').select((eb) => eb.fn.max('position').as('position')).where('plan_id', '=', planId).executeTakeFirst();
      const row = { plan_id: planId, position: Number(last?.position ?? 0) + 1, name: data.name };
      const created = await trx.insertInto('pm_plan_areas').values(row).returning('id').executeTakeFirstOrThrow();
      await recordAudit(trx, by, { action: 'programmes.plan_area.create', entityType: 'programmes.plan_area', entityId: created.id, after: row });
      return Number(created.id);
    }
    const before = await trx.selectFrom('pm_plan_areas').select(['plan_id', 'position', 'name']).where('id', '=', areaId).where('plan_id', '=', planId).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    await trx.updateTable('pm_plan_areas').set({ name: data.name }).where('id', '=', areaId).execute();
    await recordAudit(trx, by, { action: 'programmes.plan_area.update', entityType: 'programmes.plan_area', entityId: areaId, before, after: { ...before, name: data.name } });
    return areaId;
  });
}

/** Removes an empty thematic area; one that still has targets is refused (move or remove them first). */
export async function deleteArea(db: Kysely<Database>, actor: Actor, planId: number, areaId: number): Promise<void> {
  authorize(programmesPolicy, actor, 'programmes.edit');
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('pm_plan_areas').select(['plan_id', 'position', 'name']).where('id', '=', areaId).where('plan_id', '=', planId).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    if (await trx.selectFrom('pm_plan_targets').select('id').where('area_id', '=', areaId).executeTakeFirst()) {
      throw new ValidationError([{ field: 'area', message: 'programmes.error.area_has_targets', params: { value: before.name } }]);
    }
    await trx.deleteFrom('pm_plan_areas').where('id', '=', areaId).execute();
    await recordAudit(trx, auditActorOf(actor), { action: 'programmes.plan_area.delete', entityType: 'programmes.plan_area', entityId: areaId, before, after: null });
  });
}

/** Creates (targetId undefined) or replaces a target of a plan, in one of that plan's areas; codes are unique within the plan. */
export async function saveTarget(db: Kysely<Database>, actor: Actor, planId: number, input: TargetInput, targetId?: number): Promise<number> {
  authorize(programmesPolicy, actor, 'programmes.edit');
  const data = parseInput(targetSchema, input);
  return db.transaction().execute(async (trx) => {
    const errors: FieldError[] = [];
    if (!await trx.selectFrom('pm_plan_areas').select('id').where('id', '=', data.area).where('plan_id', '=', planId).executeTakeFirst()) {
      errors.push({ field: 'area', message: 'programmes.error.unknown_area' });
    }
    let codeQuery = trx.selectFrom('pm_plan_targets as t').innerJoin('pm_plan_areas as a', 'a.id', 't.area_id').select('t.id').where('a.plan_id', '=', planId).where('t.code', '=', data.code);
    if (targetId !== undefined) codeQuery = codeQuery.where('t.id', '!=', targetId);
    if (await codeQuery.executeTakeFirst()) errors.push({ field: 'code', message: 'programmes.error.target_code_taken', params: { value: data.code } });
    if (errors.length) throw new ValidationError(errors);
    const row = {
      area_id: data.area, code: data.code, description: data.description, indicator: data.indicator, unit: data.unit ?? null,
      baseline: data.baseline, target_value: data.targetValue, due_date: data.dueDate,
    };
    const by = auditActorOf(actor);
    if (targetId === undefined) {
      const created = await trx.insertInto('pm_plan_targets').values(row).returning('id').executeTakeFirstOrThrow();
      await recordAudit(trx, by, { action: 'programmes.target.create', entityType: 'programmes.plan_target', entityId: created.id, after: row });
      return Number(created.id);
    }
    const before = await targetOfPlan(trx, planId, targetId);
    await trx.updateTable('pm_plan_targets').set(row).where('id', '=', targetId).execute();
    await recordAudit(trx, by, { action: 'programmes.target.update', entityType: 'programmes.plan_target', entityId: targetId, before, after: row });
    return targetId;
  });
}

/** Removes a target nobody has measured yet; a measured one is kept, so that no recorded progress is lost. */
export async function deleteTarget(db: Kysely<Database>, actor: Actor, planId: number, targetId: number): Promise<void> {
  authorize(programmesPolicy, actor, 'programmes.edit');
  await db.transaction().execute(async (trx) => {
    const before = await targetOfPlan(trx, planId, targetId);
    if (await trx.selectFrom('pm_plan_measurements').select('target_id').where('target_id', '=', targetId).executeTakeFirst()) {
      throw new ValidationError([{ field: 'target', message: 'programmes.error.target_has_measures', params: { value: before.code } }]);
    }
    await trx.deleteFrom('pm_plan_targets').where('id', '=', targetId).execute();
    await recordAudit(trx, auditActorOf(actor), { action: 'programmes.target.delete', entityType: 'programmes.plan_target', entityId: targetId, before, after: null });
  });
}

/** Records (or corrects) the measure of a target's indicator on a date. */
export async function recordMeasurement(db: Kysely<Database>, actor: Actor, targetId: number, input: MeasureInput): Promise<void> {
  authorize(programmesPolicy, actor, 'programmes.edit');
  const data = parseInput(measureSchema, input);
  await db.transaction().execute(async (trx) => {
    if (!await trx.selectFrom('pm_plan_targets').select('id').where('id', '=', targetId).executeTakeFirst()) throw notFound();
    const before = await trx.selectFrom('pm_plan_measurements').selectAll().where('target_id', '=', targetId).where('measured_on', '=', data.date).executeTakeFirst();
    const row = { target_id: targetId, measured_on: data.date, value: data.value, note: data.note ?? null };
    await trx.insertInto('pm_plan_measurements').values(row).onConflict((conflict) => conflict.columns(['target_id', 'measured_on']).doUpdateSet({ value: row.value, note: row.note })).execute();
    await recordAudit(trx, auditActorOf(actor), { action: 'programmes.target.measure', entityType: 'programmes.plan_target', entityId: targetId, before: before ?? null, after: row });
  });
}

async function targetOfPlan(trx: Transaction<Database>, planId: number, targetId: number) {
  const found = await trx.selectFrom('pm_plan_targets as t').innerJoin('pm_plan_areas as a', 'a.id', 't.area_id').select(TARGET_COLUMNS.map((column) => `t.${column}` as const))
    .where('t.id', '=', targetId).where('a.plan_id', '=', planId).forUpdate().executeTakeFirst();
  if (!found) throw notFound();
  return found;
}
