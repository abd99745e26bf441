import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { ListFilter, ReportFilter } from './filters.ts';
import {
  ACTIVITY_TYPES, COUNTRY_SUPPORT_TYPES, INSTITUTION_TYPES, LEGISLATIVE_AND_POLICY_TYPES, LEGISLATIVE_TYPES, OUTCOME_TYPES, TECHNICAL_COOPERATION_TYPES, TRAINING_TYPES,
  type ActivityType, type InstitutionType, type OutcomeType,
} from './vocabulary.ts';
import { institutionColumn } from './store.ts';

export interface SexSplit { total: number; female: number; male: number; unknown: number }

/** The headline figures of an impact report, each computed from the records (published ones only). */
export interface ImpactFigures {
  activities: number;
  technicalCooperation: number;
  eventsOrganized: number;
  eventParticipants: number;
  speakerEvents: number;
  publications: number;
  trained: SexSplit;
  participants: SexSplit;
  /** Distinct countries covered by activities that support countries (a country of several regional activities counts once). */
  countriesSupported: number;
  /** Distinct countries with at least one national activity. */
  countriesNational: number;
  countriesLegislative: number;
  countriesLegislativePolicy: number;
  casesAdded: number;
  outcomes: Record<OutcomeType, { records: number; quantity: number }>;
}

export interface ImpactReport {
  filter: ReportFilter;
  figures: ImpactFigures;
  byType: { type: ActivityType; activities: number; participants: number }[];
  /** Activities that support countries, per country (a regional activity counts for each of its countries). */
  byCountry: Map<string, number>;
  timeline: { period: string; activities: number; participants: number }[];
  timelineUnit: 'month' | 'year';
  byInstitution: { institution: InstitutionType | 'not_recorded'; participants: number }[];
  examples: { id: number; country: string; type: OutcomeType; date: string; quantity: number; story: string; activityId: number | null; knowledgeRecord: number | null }[];
}

/** Ids of the programmes with these codes and of the initiatives under them. */
export async function programmeIds(db: Kysely<Database>, codes: string[]): Promise<number[]> {
  if (!codes.length) return [];
  const rows = await sql<{ id: number }>`
    select id from pm_programmes where code = any(${codes}::text[])
      or parent_id in (select id from pm_programmes where code = any(${codes}::text[]))`.execute(db);
  return rows.rows.map((row) => Number(row.id));
}

/** The where clause of the activities a filter selects (alias `a`). */
export function activityWhere(filter: ListFilter | ReportFilter, ids: number[]): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`a.start_date between ${filter.from}::date and ${filter.to}::date`];
  if (!('includeDrafts' in filter && filter.includeDrafts)) parts.push(sql`a.status = 'published'`);
  // A programme filter that names no known programme selects nothing, not everything.
  if (filter.programmes.length) parts.push(sql`a.programme_ids && ${ids.length ? ids : [-1]}::int[]`);
  if (filter.countries.length) parts.push(sql`a.countries && ${filter.countries}::text[]`);
  if ('types' in filter && filter.types.length) parts.push(sql`a.type = any(${filter.types}::text[])`);
  if ('scope' in filter && filter.scope) parts.push(sql`a.scope = ${filter.scope}`);
  return sql.join(parts, sql` and `);
}

/** The same selection on pm_activity_countries (alias `k`), limited to the filter's countries when it names some. */
export function activityCountryWhere(filter: ListFilter | ReportFilter, ids: number[]): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`k.start_date between ${filter.from}::date and ${filter.to}::date`];
  if (!('includeDrafts' in filter && filter.includeDrafts)) parts.push(sql`k.published`);
  if (filter.programmes.length) parts.push(sql`k.programme_ids && ${ids.length ? ids : [-1]}::int[]`);
  if (filter.countries.length) parts.push(sql`k.iso3 = any(${filter.countries}::text[])`);
  if ('types' in filter && filter.types.length) parts.push(sql`k.type = any(${filter.types}::text[])`);
  if ('scope' in filter && filter.scope) parts.push(sql`k.scope = ${filter.scope}`);
  return sql.join(parts, sql` and `);
}

/** The where clause of the outcomes a filter selects (alias `o`). */
export function outcomeWhere(filter: ReportFilter & { types?: string[]; includeDrafts?: boolean }, ids: number[]): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`o.outcome_date between ${filter.from}::date and ${filter.to}::date`];
  if (!filter.includeDrafts) parts.push(sql`o.status = 'published'`);
  if (filter.programmes.length) {
    const list = ids.length ? ids : [-1];
    parts.push(sql`o.programme_ids && ${list}::int[]`);
  }
  if (filter.countries.length) parts.push(sql`o.country = any(${filter.countries}::text[])`);
  if (filter.types?.length) parts.push(sql`o.type = any(${filter.types}::text[])`);
  return sql.join(parts, sql` and `);
}

/** The where clause of the case law records added to the knowledge portal in the period (alias `p`). */
export function casesAddedWhere(filter: ReportFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [
    sql`p.kind = 'case'`,
    sql`p.first_published_at >= ${filter.from}::date`,
    sql`p.first_published_at < ${filter.to}::date + 1`,
  ];
  if (filter.countries.length) parts.push(sql`p.countries && ${filter.countries}::text[]`);
  return sql.join(parts, sql` and `);
}

const n = (value: unknown) => Number(value ?? 0);
const months = (filter: ReportFilter) => (Number(filter.to.slice(0, 4)) - Number(filter.from.slice(0, 4))) * 12 + Number(filter.to.slice(5, 7)) - Number(filter.from.slice(5, 7)) + 1;

/**
 * Every figure, chart and example of an impact report, in five aggregate queries. Countries are
 * counted from pm_activity_countries (a row per activity and country), limited to the filter's
 * countries when it names some, so that a regional activity adds each of its countries once.
 */
export async function impactReport(db: Kysely<Database>, filter: ReportFilter): Promise<ImpactReport> {
  const ids = await programmeIds(db, filter.programmes);
  const where = activityWhere(filter, ids);
  const timelineUnit = months(filter) <= 24 ? 'month' : 'year';
  // The period as a number (YYYYMM or YYYY): cheaper to group by than formatted text.
  const period = timelineUnit === 'month'
    ? sql`(extract(year from a.start_date)::int * 100 + extract(month from a.start_date)::int)`
    : sql`extract(year from a.start_date)::int`;
  // One scan of the activities for the figures, the types, the timeline and the institutions
  // (grouped by type and period, summed here), one of the activities per country.
  const [groups, countries, outcomes, cases, examples] = await Promise.all([
    sql<{ type: ActivityType; period: number; activities: number; female: number; male: number; unknown: number; institutions: number[] }>`
      select a.type, ${period} as period, count(*) as activities,
        sum(a.female) as female, sum(a.male) as male, sum(a.unknown_sex) as unknown,
        array[${sql.join(INSTITUTION_TYPES.map((type) => sql`sum(${sql.ref(`a.${institutionColumn(type)}`)})`))}] as institutions
      from pm_activities a where ${where} group by 1, 2`.execute(db),
    sql<{ iso3: string; type: ActivityType; scope: string; activities: number }>`
      select k.iso3, k.type, k.scope, count(*) as activities
      from pm_activity_countries k where ${activityCountryWhere(filter, ids)} group by k.iso3, k.type, k.scope`.execute(db),
    sql<{ type: OutcomeType; records: number; quantity: number }>`
      select o.type, count(*) as records, sum(o.quantity) as quantity from pm_outcomes o where ${outcomeWhere(filter, ids)} group by o.type`.execute(db),
    sql<{ count: number }>`select count(*) as count from kn_published p where ${casesAddedWhere(filter)}`.execute(db),
    sql<ImpactReport['examples'][number] & { activity_id: number | null; outcome_date: string; kn_record_id: number | null }>`
      select id, country, type, outcome_date, quantity, story, activity_id, kn_record_id from (
        select o.*, row_number() over (partition by o.country order by o.outcome_date desc, o.id desc) as position
        from pm_outcomes o where ${outcomeWhere(filter, ids)} and o.story is not null
      ) ranked where position = 1 order by outcome_date desc, id desc limit 12`.execute(db),
  ]);

  const byTypeRow = new Map<ActivityType, { type: ActivityType; activities: number; female: number; male: number; unknown: number }>();
  const byPeriod = new Map<string, { period: string; activities: number; participants: number }>();
  const counts = INSTITUTION_TYPES.map(() => 0);
  for (const row of groups.rows) {
    const typeRow = byTypeRow.get(row.type) ?? { type: row.type, activities: 0, female: 0, male: 0, unknown: 0 };
    typeRow.activities += n(row.activities); typeRow.female += n(row.female); typeRow.male += n(row.male); typeRow.unknown += n(row.unknown);
    byTypeRow.set(row.type, typeRow);
    const label = timelineUnit === 'month' ? `${Math.floor(n(row.period) / 100)}-${String(n(row.period) % 100).padStart(2, '0')}` : String(n(row.period));
    const periodRow = byPeriod.get(label) ?? { period: label, activities: 0, participants: 0 };
    periodRow.activities += n(row.activities); periodRow.participants += n(row.female) + n(row.male) + n(row.unknown);
    byPeriod.set(label, periodRow);
    row.institutions.forEach((value, index) => { counts[index] += n(value); });
  }
  const typeRows = [...byTypeRow.values()];
  const sum = (rows: typeof typeRows, pick: (row: (typeof typeRows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const ofTypes = (list: readonly string[]) => typeRows.filter((row) => list.includes(row.type));
  const split = (rows: typeof typeRows): SexSplit => {
    const female = sum(rows, (row) => row.female);
    const male = sum(rows, (row) => row.male);
    const unknown = sum(rows, (row) => row.unknown);
    return { total: female + male + unknown, female, male, unknown };
  };

  const byCountry = new Map<string, number>();
  const distinct = { all: new Set<string>(), national: new Set<string>(), legislative: new Set<string>(), legislativePolicy: new Set<string>() };
  for (const row of countries.rows) {
    if (COUNTRY_SUPPORT_TYPES.includes(row.type)) {
      byCountry.set(row.iso3, (byCountry.get(row.iso3) ?? 0) + n(row.activities));
      distinct.all.add(row.iso3);
      if (row.scope === 'national') distinct.national.add(row.iso3);
    }
    if (LEGISLATIVE_TYPES.includes(row.type)) distinct.legislative.add(row.iso3);
    if (LEGISLATIVE_AND_POLICY_TYPES.includes(row.type)) distinct.legislativePolicy.add(row.iso3);
  }

  const outcomeFigures = Object.fromEntries(OUTCOME_TYPES.map((type) => [type, { records: 0, quantity: 0 }])) as ImpactFigures['outcomes'];
  for (const row of outcomes.rows) outcomeFigures[row.type] = { records: n(row.records), quantity: n(row.quantity) };

  const eventRows = ofTypes(['event_organized']);
  const figures: ImpactFigures = {
    activities: sum(typeRows, (row) => row.activities),
    technicalCooperation: sum(ofTypes(TECHNICAL_COOPERATION_TYPES), (row) => row.activities),
    eventsOrganized: sum(eventRows, (row) => row.activities),
    eventParticipants: split(eventRows).total,
    speakerEvents: sum(ofTypes(['event_speaker']), (row) => row.activities),
    publications: sum(ofTypes(['publication']), (row) => row.activities),
    trained: split(ofTypes(TRAINING_TYPES)),
    participants: split(typeRows),
    countriesSupported: distinct.all.size,
    countriesNational: distinct.national.size,
    countriesLegislative: distinct.legislative.size,
    countriesLegislativePolicy: distinct.legislativePolicy.size,
    casesAdded: n(cases.rows[0]?.count),
    outcomes: outcomeFigures,
  };

  const recorded = counts.reduce((total, value) => total + value, 0);
  return {
    filter,
    figures,
    byType: ACTIVITY_TYPES.map((type) => {
      const row = typeRows.find((item) => item.type === type);
      return { type, activities: row?.activities ?? 0, participants: row ? row.female + row.male + row.unknown : 0 };
    }),
    byCountry,
    timeline: [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period)),
    timelineUnit,
    byInstitution: [
      ...INSTITUTION_TYPES.map((institution, index) => ({ institution, participants: counts[index] ?? 0 })),
      { institution: 'not_recorded' as const, participants: figures.participants.total - recorded },
    ],
    examples: examples.rows.map((row) => ({
      id: Number(row.id), country: row.country, type: row.type, date: row.outcome_date, quantity: n(row.quantity), story: row.story,
      activityId: row.activity_id === null ? null : Number(row.activity_id), knowledgeRecord: row.kn_record_id === null ? null : Number(row.kn_record_id),
    })),
  };
}
