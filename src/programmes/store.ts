import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { FieldError } from '../core/errors.ts';
import type { ActivityData, OutcomeData, ParticipantData } from './schemas.ts';
import { INSTITUTION_TYPES, type InstitutionType } from './vocabulary.ts';

/**
 * The references of records being written, resolved before anything is written: programme and
 * project codes, activities by external id, legislation records of the knowledge portal.
 * Each problem names the field, so that forms and imports can report it.
 */
export interface References {
  programmes: Map<string, number>;
  projects: Map<string, number>;
  activities: Map<string, number>;
  legislation: Set<number>;
}

export async function loadReferences(db: Kysely<Database>, wanted: { activities?: string[]; knowledge?: number[] }): Promise<References> {
  const [programmes, projects, activities, legislation] = await Promise.all([
    db.selectFrom('pm_programmes').select(['id', 'code']).execute(),
    db.selectFrom('pm_projects').select(['id', 'code']).execute(),
    wanted.activities?.length ? db.selectFrom('pm_activities').select(['id', 'external_id']).where('external_id', 'in', wanted.activities).execute() : Promise.resolve([]),
    wanted.knowledge?.length ? db.selectFrom('kn_records').select('id').where('kind', '=', 'legislation').where('id', 'in', wanted.knowledge).execute() : Promise.resolve([]),
  ]);
  return {
    programmes: new Map(programmes.map((row) => [row.code, Number(row.id)])),
    projects: new Map(projects.map((row) => [row.code, Number(row.id)])),
    activities: new Map(activities.map((row) => [row.external_id as string, Number(row.id)])),
    legislation: new Set(legislation.map((row) => Number(row.id))),
  };
}

export function activityReferenceErrors(data: ActivityData, refs: References): FieldError[] {
  const errors: FieldError[] = [];
  for (const code of data.programmes) if (!refs.programmes.has(code)) errors.push({ field: 'programmes', message: 'programmes.error.unknown_programme', params: { value: code } });
  if (data.project && !refs.projects.has(data.project)) errors.push({ field: 'project', message: 'programmes.error.unknown_project', params: { value: data.project } });
  return errors;
}

export function outcomeReferenceErrors(data: OutcomeData, refs: References, activitiesInFile = new Set<string>()): FieldError[] {
  const errors: FieldError[] = [];
  if (data.programme && !refs.programmes.has(data.programme)) errors.push({ field: 'programme', message: 'programmes.error.unknown_programme', params: { value: data.programme } });
  if (data.activity && !refs.activities.has(data.activity) && !activitiesInFile.has(data.activity)) errors.push({ field: 'activity', message: 'programmes.error.unknown_activity', params: { value: data.activity } });
  if (data.knowledgeRecord !== undefined && !refs.legislation.has(data.knowledgeRecord)) errors.push({ field: 'knowledgeRecord', message: 'programmes.error.unknown_legislation', params: { value: data.knowledgeRecord } });
  return errors;
}

type InstitutionColumn = `inst_${InstitutionType}`;
/** The column of pm_activities that counts an institution type's participants. */
export const institutionColumn = (type: InstitutionType): InstitutionColumn => `inst_${type}`;

/** Nine counts (in the order of INSTITUTION_TYPES) as the columns of pm_activities. */
export function institutionColumns(counts: number[]): Record<InstitutionColumn, number> {
  return Object.fromEntries(INSTITUTION_TYPES.map((type, index) => [institutionColumn(type), counts[index] ?? 0])) as Record<InstitutionColumn, number>;
}

/** The nine counts of a pm_activities row, in the order of INSTITUTION_TYPES. */
export const institutionCounts = (row: Record<InstitutionColumn, number>) => INSTITUTION_TYPES.map((type) => Number(row[institutionColumn(type)] ?? 0));

/** The row of pm_activities for validated data (references already checked). */
export function activityRow(data: ActivityData, refs: References) {
  const byInstitution = INSTITUTION_TYPES.map((type) => data.participation.find((item) => item.institutionType === type)?.participants ?? 0);
  return {
    external_id: data.externalId ?? null, type: data.type, title: data.title, start_date: data.startDate, end_date: data.endDate, place: data.place ?? null,
    scope: data.scope, countries: data.countries, programme_ids: [...new Set(data.programmes.map((code) => refs.programmes.get(code)!))],
    project_id: data.project ? refs.projects.get(data.project)! : null, partners: data.partners, topic: data.topic ?? null, description: data.description ?? null,
    female: data.female, male: data.male, unknown_sex: data.unknown, ...institutionColumns(byInstitution), status: data.status, sample: data.sample,
  };
}

export function outcomeRow(data: OutcomeData, refs: References) {
  return {
    external_id: data.externalId ?? null, type: data.type, activity_id: data.activity ? refs.activities.get(data.activity)! : null,
    programme_id: data.programme ? refs.programmes.get(data.programme)! : null, country: data.country, outcome_date: data.date, quantity: data.quantity,
    kn_record_id: data.knowledgeRecord ?? null, source: data.source ?? null, story: data.story ?? null, status: data.status, sample: data.sample,
  };
}

/**
 * Replaces the participant lists of activities and derives their counts from them (by sex and
 * by institution type), so that the figures always agree with the list.
 */
export async function replaceParticipantLists(trx: Transaction<Database>, lists: Map<number, ParticipantData[]>): Promise<void> {
  const ids = [...lists.keys()];
  if (!ids.length) return;
  await trx.deleteFrom('pm_participants').where('activity_id', 'in', ids).execute();
  const rows = [...lists].flatMap(([activityId, people]) => people.map((person) => ({
    activity_id: activityId, name: person.name, sex: person.sex, institution_type: person.institutionType, institution: person.institution ?? null, country: person.country ?? null,
  })));
  for (let start = 0; start < rows.length; start += 1000) await trx.insertInto('pm_participants').values(rows.slice(start, start + 1000)).execute();
  for (const [activityId, people] of lists) {
    const bySex = (sex: string) => people.filter((person) => person.sex === sex).length;
    await trx.updateTable('pm_activities').set({
      female: bySex('female'), male: bySex('male'), unknown_sex: bySex('unknown'), has_participant_list: true, updated_at: new Date(),
      ...institutionColumns(INSTITUTION_TYPES.map((type) => people.filter((person) => person.institutionType === type).length)),
    }).where('id', '=', activityId).execute();
  }
}

/**
 * Rewrites the rows of pm_activity_countries of these activities from pm_activities (after any
 * write to them), and the programmes of their outcomes.
 */
export async function syncActivityCountries(trx: Kysely<Database>, activityIds: number[] | 'all'): Promise<void> {
  if (activityIds !== 'all' && !activityIds.length) return;
  await syncOutcomeProgrammes(trx, activityIds === 'all' ? 'all' : { activityIds });
  const which = activityIds === 'all' ? sql`true` : sql`a.id = any(${activityIds}::bigint[])`;
  if (activityIds === 'all') await sql`delete from pm_activity_countries`.execute(trx);
  else await sql`delete from pm_activity_countries where activity_id = any(${activityIds}::bigint[])`.execute(trx);
  await sql`
    insert into pm_activity_countries (activity_id, iso3, start_date, type, scope, published, programme_ids)
    select a.id, c.iso3, a.start_date, a.type, a.scope, a.status = 'published', a.programme_ids
    from pm_activities a cross join lateral unnest(a.countries) as c(iso3) where ${which}`.execute(trx);
}

/** Rewrites the programmes of outcomes (their own, else their activity's): of these outcomes, or of the outcomes of these activities. */
export async function syncOutcomeProgrammes(trx: Kysely<Database>, which: { outcomeIds?: number[]; activityIds?: number[] } | 'all'): Promise<void> {
  const condition = which === 'all' ? sql`true`
    : which.outcomeIds ? sql`o.id = any(${which.outcomeIds}::bigint[])` : sql`o.activity_id = any(${which.activityIds ?? []}::bigint[])`;
  if (which !== 'all' && !(which.outcomeIds ?? which.activityIds ?? []).length) return;
  await sql`
    update pm_outcomes o set programme_ids = case
      when o.programme_id is not null then array[o.programme_id::integer]
      else coalesce((select a.programme_ids from pm_activities a where a.id = o.activity_id), '{}') end
    where ${condition}`.execute(trx);
}
