import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { notFound, ValidationError } from '../core/errors.ts';
import { parseInput } from '../core/validation.ts';
import { programmesPolicy } from './policy.ts';
import { programmeSchema, projectSchema, type ProgrammeInput, type ProjectInput } from './structure-schemas.ts';

const codeTaken = async (trx: Transaction<Database>, table: 'pm_programmes' | 'pm_projects' | 'pm_action_plans', code: string, id?: number) => {
  let query = trx.selectFrom(table).select('id').where('code', '=', code);
  if (id !== undefined) query = query.where('id', '!=', id);
  return Boolean(await query.executeTakeFirst());
};

/** Creates (id undefined) or replaces a programme or initiative; validated, audited. */
export async function saveProgramme(db: Kysely<Database>, actor: Actor, input: ProgrammeInput, id?: number): Promise<number> {
  authorize(programmesPolicy, actor, 'programmes.edit');
  const data = parseInput(programmeSchema, input);
  return db.transaction().execute(async (trx) => {
    const errors = [];
    if (await codeTaken(trx, 'pm_programmes', data.code, id)) errors.push({ field: 'code', message: 'programmes.error.code_taken', params: { value: data.code } });
    const parent = data.parent ? await trx.selectFrom('pm_programmes').select(['id', 'kind']).where('code', '=', data.parent).executeTakeFirst() : undefined;
    if (data.parent && (!parent || parent.kind !== 'programme')) errors.push({ field: 'parent', message: 'programmes.error.unknown_programme', params: { value: data.parent } });
    if (id !== undefined && data.kind === 'initiative' && await trx.selectFrom('pm_programmes').select('id').where('parent_id', '=', id).executeTakeFirst()) {
      errors.push({ field: 'kind', message: 'programmes.error.has_initiatives' });
    }
    if (errors.length) throw new ValidationError(errors);
    const row = {
      code: data.code, name: data.name, kind: data.kind, parent_id: parent ? Number(parent.id) : null, crime_focus: data.crimeFocus, donors: data.donors,
      start_date: data.startDate ?? null, end_date: data.endDate ?? null, countries: data.countries, description: data.description ?? null,
    };
    const by = auditActorOf(actor);
    if (id === undefined) {
      const created = await trx.insertInto('pm_programmes').values(row).returning('id').executeTakeFirstOrThrow();
      await recordAudit(trx, by, { action: 'programmes.programme.create', entityType: 'programmes.programme', entityId: created.id, after: row });
      return Number(created.id);
    }
    const before = await trx.selectFrom('pm_programmes').select(['code', 'name', 'kind', 'parent_id', 'crime_focus', 'donors', 'start_date', 'end_date', 'countries', 'description'])
      .where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    await trx.updateTable('pm_programmes').set({ ...row, updated_at: new Date() }).where('id', '=', id).execute();
    await recordAudit(trx, by, { action: 'programmes.programme.update', entityType: 'programmes.programme', entityId: id, before, after: row });
    return id;
  });
}

/** Creates (id undefined) or replaces a project under a programme; validated, audited. */
export async function saveProject(db: Kysely<Database>, actor: Actor, input: ProjectInput, id?: number): Promise<number> {
  authorize(programmesPolicy, actor, 'programmes.edit');
  const data = parseInput(projectSchema, input);
  return db.transaction().execute(async (trx) => {
    const errors = [];
    if (await codeTaken(trx, 'pm_projects', data.code, id)) errors.push({ field: 'code', message: 'programmes.error.code_taken', params: { value: data.code } });
    const programme = await trx.selectFrom('pm_programmes').select('id').where('code', '=', data.programme).executeTakeFirst();
    if (!programme) errors.push({ field: 'programme', message: 'programmes.error.unknown_programme', params: { value: data.programme } });
    if (errors.length || !programme) throw new ValidationError(errors);
    const row = { programme_id: Number(programme.id), code: data.code, name: data.name, start_date: data.startDate ?? null, end_date: data.endDate ?? null };
    const by = auditActorOf(actor);
    if (id === undefined) {
      const created = await trx.insertInto('pm_projects').values(row).returning('id').executeTakeFirstOrThrow();
      await recordAudit(trx, by, { action: 'programmes.project.create', entityType: 'programmes.project', entityId: created.id, after: row });
      return Number(created.id);
    }
    const before = await trx.selectFrom('pm_projects').select(['programme_id', 'code', 'name', 'start_date', 'end_date']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    await trx.updateTable('pm_projects').set(row).where('id', '=', id).execute();
    await recordAudit(trx, by, { action: 'programmes.project.update', entityType: 'programmes.project', entityId: id, before, after: row });
    return id;
  });
}
