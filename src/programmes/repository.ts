import { sql, type Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { ListFilter, ReportFilter } from './filters.ts';
import { institutionCounts } from './store.ts';
import { activityCountryWhere, activityWhere, casesAddedWhere, outcomeWhere, programmeIds } from './report.ts';

export interface ProgrammeRow { id: number; code: string; name: string; kind: string; parentCode: string | null; crimeFocus: string; donors: string[]; startDate: string | null; endDate: string | null; countries: string[]; sample: boolean }

export async function listProgrammes(db: Kysely<Database>): Promise<ProgrammeRow[]> {
  const rows = await db.selectFrom('pm_programmes as p').leftJoin('pm_programmes as parent', 'parent.id', 'p.parent_id')
    .select(['p.id', 'p.code', 'p.name', 'p.kind', 'parent.code as parent_code', 'p.crime_focus', 'p.donors', 'p.start_date', 'p.end_date', 'p.countries', 'p.sample'])
    .orderBy('p.kind', 'desc').orderBy('p.code').execute();
  return rows.map((row) => ({
    id: Number(row.id), code: row.code, name: row.name, kind: row.kind, parentCode: row.parent_code, crimeFocus: row.crime_focus,
    donors: row.donors, startDate: row.start_date, endDate: row.end_date, countries: row.countries, sample: row.sample,
  }));
}

/** Programme ids by code (for imports and forms). */
export async function programmeIdsByCode(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('pm_programmes').select(['id', 'code']).execute();
  return new Map(rows.map((row) => [row.code, Number(row.id)]));
}

export interface ActivityListRow {
  id: number; externalId: string | null; type: string; title: string; startDate: string; endDate: string; place: string | null;
  scope: string; countries: string[]; programmes: string[]; female: number; male: number; unknown: number; status: string; sample: boolean;
}

export interface ActivityTotals { activities: number; female: number; male: number; unknown: number; participants: number; countries: number }

export const LIST_PAGE_SIZE = 100;

/** The activities a list filter selects, a page of them newest first, with the totals of all of them. */
export async function listActivities(db: Kysely<Database>, filter: ListFilter, page = 1, pageSize = LIST_PAGE_SIZE): Promise<{ rows: ActivityListRow[]; totals: ActivityTotals }> {
  const ids = await programmeIds(db, filter.programmes);
  const where = activityWhere(filter, ids);
  const [rows, totals, countries] = await Promise.all([
    sql<{ id: number; external_id: string | null; type: string; title: string; start_date: string; end_date: string; place: string | null; scope: string; countries: string[]; programmes: string[] | null; female: number; male: number; unknown_sex: number; status: string; sample: boolean }>`
      select a.id, a.external_id, a.type, a.title, a.start_date, a.end_date, a.place, a.scope, a.countries, a.female, a.male, a.unknown_sex, a.status, a.sample,
        (select array_agg(p.code order by p.code) from pm_programmes p where p.id = any(a.programme_ids)) as programmes
      from pm_activities a where ${where}
      order by a.start_date desc, a.id desc limit ${pageSize} offset ${(page - 1) * pageSize}`.execute(db),
    sql<{ activities: number; female: number; male: number; unknown: number }>`
      select count(*) as activities, coalesce(sum(a.female), 0) as female, coalesce(sum(a.male), 0) as male, coalesce(sum(a.unknown_sex), 0) as unknown
      from pm_activities a where ${where}`.execute(db),
    sql<{ count: number }>`select count(distinct k.iso3) as count from pm_activity_countries k where ${activityCountryWhere(filter, ids)}`.execute(db),
  ]);
  const total = totals.rows[0];
  const female = Number(total.female);
  const male = Number(total.male);
  const unknown = Number(total.unknown);
  return {
    rows: rows.rows.map((row) => ({
      id: Number(row.id), externalId: row.external_id, type: row.type, title: row.title, startDate: row.start_date, endDate: row.end_date, place: row.place,
      scope: row.scope, countries: row.countries, programmes: row.programmes ?? [], female: Number(row.female), male: Number(row.male), unknown: Number(row.unknown_sex),
      status: row.status, sample: row.sample,
    })),
    totals: { activities: Number(total.activities), female, male, unknown, participants: female + male + unknown, countries: Number(countries.rows[0].count) },
  };
}

/** The countries a list filter covers, with how many of its activities each has (the records behind a country count). */
export async function listCountries(db: Kysely<Database>, filter: ListFilter): Promise<{ iso3: string; activities: number; national: number; regional: number }[]> {
  const ids = await programmeIds(db, filter.programmes);
  const rows = await sql<{ iso3: string; activities: number; national: number; regional: number }>`
    select k.iso3, count(*) as activities, count(*) filter (where k.scope = 'national') as national, count(*) filter (where k.scope = 'regional') as regional
    from pm_activity_countries k where ${activityCountryWhere(filter, ids)} group by k.iso3 order by k.iso3`.execute(db);
  return rows.rows.map((row) => ({ iso3: row.iso3, activities: Number(row.activities), national: Number(row.national), regional: Number(row.regional) }));
}

export interface OutcomeRow {
  id: number; externalId: string | null; type: string; country: string; date: string; quantity: number; story: string | null; source: string | null;
  activityId: number | null; activityTitle: string | null; programme: string | null; knowledgeRecord: number | null; status: string; sample: boolean;
}

export async function listOutcomes(db: Kysely<Database>, filter: ReportFilter & { types: string[]; includeDrafts?: boolean }, limit = 1000): Promise<{ rows: OutcomeRow[]; records: number; quantity: number }> {
  const ids = await programmeIds(db, filter.programmes);
  const where = outcomeWhere(filter, ids);
  const [rows, totals] = await Promise.all([
    sql<{ id: number; external_id: string | null; type: string; country: string; outcome_date: string; quantity: number; story: string | null; source: string | null; activity_id: number | null; title: string | null; code: string | null; kn_record_id: number | null; status: string; sample: boolean }>`
      select o.id, o.external_id, o.type, o.country, o.outcome_date, o.quantity, o.story, o.source, o.activity_id, a.title, p.code, o.kn_record_id, o.status, o.sample
      from pm_outcomes o left join pm_activities a on a.id = o.activity_id left join pm_programmes p on p.id = o.programme_id
      where ${where} order by o.outcome_date desc, o.id desc limit ${limit}`.execute(db),
    sql<{ records: number; quantity: number }>`select count(*) as records, coalesce(sum(o.quantity), 0) as quantity from pm_outcomes o where ${where}`.execute(db),
  ]);
  return {
    rows: rows.rows.map((row) => ({
      id: Number(row.id), externalId: row.external_id, type: row.type, country: row.country, date: row.outcome_date, quantity: Number(row.quantity), story: row.story,
      source: row.source, activityId: row.activity_id === null ? null : Number(row.activity_id), activityTitle: row.title, programme: row.code,
      knowledgeRecord: row.kn_record_id === null ? null : Number(row.kn_record_id), status: row.status, sample: row.sample,
    })),
    records: Number(totals.rows[0].records),
    quantity: Number(totals.rows[0].quantity),
  };
}

/** The case law records first published in the knowledge portal in the period (read-only). */
export async function listCasesAdded(db: Kysely<Database>, filter: ReportFilter, limit = 1000): Promise<{ rows: { id: number; title: Record<string, string>; countries: string[]; addedAt: Date }[]; total: number }> {
  const where = casesAddedWhere(filter);
  const [rows, total] = await Promise.all([
    sql<{ record_id: number; title: Record<string, string>; countries: string[]; first_published_at: Date }>`
      select p.record_id, p.title, p.countries, p.first_published_at from kn_published p where ${where} order by p.first_published_at desc, p.record_id desc limit ${limit}`.execute(db),
    sql<{ count: number }>`select count(*) as count from kn_published p where ${where}`.execute(db),
  ]);
  return {
    rows: rows.rows.map((row) => ({ id: Number(row.record_id), title: row.title, countries: row.countries, addedAt: new Date(row.first_published_at) })),
    total: Number(total.rows[0].count),
  };
}

export interface ActivityDetail extends ActivityListRow {
  project: string | null; partners: string[]; topic: string | null; description: string | null; byInstitution: number[]; hasParticipantList: boolean;
}

export async function getActivity(db: Kysely<Database>, id: number): Promise<ActivityDetail | undefined> {
  if (!Number.isSafeInteger(id)) return undefined;
  const row = await db.selectFrom('pm_activities as a').leftJoin('pm_projects as j', 'j.id', 'a.project_id').selectAll('a').select('j.code as project_code')
    .where('a.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const codes = row.programme_ids.length
    ? (await db.selectFrom('pm_programmes').select('code').where('id', 'in', row.programme_ids.map(Number)).orderBy('code').execute()).map((item) => item.code)
    : [];
  return {
    id: Number(row.id), externalId: row.external_id, type: row.type, title: row.title, startDate: row.start_date, endDate: row.end_date, place: row.place,
    scope: row.scope, countries: row.countries, programmes: codes, female: row.female, male: row.male, unknown: row.unknown_sex, status: row.status, sample: row.sample,
    project: row.project_code, partners: row.partners, topic: row.topic, description: row.description, byInstitution: institutionCounts(row),
    hasParticipantList: row.has_participant_list,
  };
}

export async function listParticipants(db: Kysely<Database>, activityId: number) {
  return db.selectFrom('pm_participants').select(['id', 'name', 'sex', 'institution_type', 'institution', 'country']).where('activity_id', '=', activityId).orderBy('id').execute();
}

/** The latest year in which a published activity started: where reports open, so that they show records rather than an empty year. */
export async function latestPublishedYear(db: Kysely<Database>): Promise<number | undefined> {
  const row = await db.selectFrom('pm_activities').select((eb) => eb.fn.max('start_date').as('last')).where('status', '=', 'published').executeTakeFirst();
  return row?.last ? Number(String(row.last).slice(0, 4)) : undefined;
}

export interface ProjectRow { id: number; programmeCode: string; code: string; name: string; startDate: string | null; endDate: string | null; sample: boolean }

export async function listProjects(db: Kysely<Database>): Promise<ProjectRow[]> {
  const rows = await db.selectFrom('pm_projects as j').innerJoin('pm_programmes as p', 'p.id', 'j.programme_id')
    .select(['j.id', 'p.code as programme_code', 'j.code', 'j.name', 'j.start_date', 'j.end_date', 'j.sample']).orderBy('p.code').orderBy('j.code').execute();
  return rows.map((row) => ({ id: Number(row.id), programmeCode: row.programme_code, code: row.code, name: row.name, startDate: row.start_date, endDate: row.end_date, sample: row.sample }));
}

export interface ActivityOutcome { id: number; type: string; country: string; date: string; quantity: number; story: string | null; source: string | null; knowledgeRecord: number | null; status: string }

/** The outcomes recorded against one activity, oldest first; drafts only when asked (for those who may see them). */
export async function outcomesOfActivity(db: Kysely<Database>, activityId: number, includeDrafts: boolean): Promise<ActivityOutcome[]> {
  let query = db.selectFrom('pm_outcomes').select(['id', 'type', 'country', 'outcome_date', 'quantity', 'story', 'source', 'kn_record_id', 'status']).where('activity_id', '=', activityId);
  if (!includeDrafts) query = query.where('status', '=', 'published');
  const rows = await query.orderBy('outcome_date').orderBy('id').execute();
  return rows.map((row) => ({ id: Number(row.id), type: row.type, country: row.country, date: row.outcome_date, quantity: Number(row.quantity), story: row.story, source: row.source,
    knowledgeRecord: row.kn_record_id === null ? null : Number(row.kn_record_id), status: row.status }));
}
