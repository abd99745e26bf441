import { sql, type Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { DownloadTable } from '../core/files/write-table.ts';
import type { Translate } from '../core/i18n/i18n.ts';
import { headerOf, recordToRow, type ImportKind } from './columns.ts';
import type { ListFilter, ReportFilter } from './filters.ts';
import { activityWhere, outcomeWhere, programmeIds, type ImpactReport } from './report.ts';
import type { PlanDashboard } from './action-plans.ts';
import { institutionColumn, institutionCounts } from './store.ts';
import { INSTITUTION_TYPES, OUTCOME_TYPES } from './vocabulary.ts';

const asTable = (kind: ImportKind, filename: string, records: Record<string, unknown>[]): DownloadTable => ({
  filename, sheetName: kind,
  columns: headerOf(kind).map((name) => ({ key: name, label: name })),
  rows: records.map((record) => recordToRow(kind, record)),
});

/** The activities of a list filter in the import layout (so that the file re-imports as updates). No participant names. */
export async function activitiesTable(db: Kysely<Database>, filter: ListFilter): Promise<DownloadTable> {
  const ids = await programmeIds(db, filter.programmes);
  const rows = await sql<{ external_id: string | null; type: string; title: string; start_date: string; end_date: string; place: string | null; scope: string; countries: string[]; programmes: string[] | null; project: string | null; partners: string[]; topic: string | null; description: string | null; female: number; male: number; unknown_sex: number; status: string; sample: boolean } & Parameters<typeof institutionCounts>[0]>`
    select a.external_id, a.type, a.title, a.start_date, a.end_date, a.place, a.scope, a.countries, a.partners, a.topic, a.description, a.female, a.male, a.unknown_sex,
      ${sql.join(INSTITUTION_TYPES.map((type) => sql.ref(`a.${institutionColumn(type)}`)))}, a.status, a.sample, j.code as project,
      (select array_agg(p.code order by p.code) from pm_programmes p where p.id = any(a.programme_ids)) as programmes
    from pm_activities a left join pm_projects j on j.id = a.project_id
    where ${activityWhere(filter, ids)} order by a.start_date, a.id`.execute(db);
  return asTable('activities', `ariadne-activities-${filter.from}-${filter.to}`, rows.rows.map((row) => ({
    externalId: row.external_id, type: row.type, title: row.title, startDate: row.start_date, endDate: row.end_date, place: row.place, scope: row.scope,
    countries: row.countries, programmes: row.programmes ?? [], project: row.project, partners: row.partners, topic: row.topic, description: row.description,
    female: row.female, male: row.male, unknown: row.unknown_sex, status: row.status, sample: row.sample ? 'yes' : 'no',
    participation: institutionCounts(row).flatMap((participants, index) => (participants ? [{ institutionType: INSTITUTION_TYPES[index], participants }] : [])),
  })));
}

export async function outcomesTable(db: Kysely<Database>, filter: ReportFilter & { types: string[]; includeDrafts?: boolean }): Promise<DownloadTable> {
  const ids = await programmeIds(db, filter.programmes);
  const rows = await sql<{ external_id: string | null; type: string; activity: string | null; programme: string | null; country: string; outcome_date: string; quantity: number; kn_record_id: number | null; source: string | null; story: string | null; status: string; sample: boolean }>`
    select o.external_id, o.type, a.external_id as activity, p.code as programme, o.country, o.outcome_date, o.quantity, o.kn_record_id, o.source, o.story, o.status, o.sample
    from pm_outcomes o left join pm_activities a on a.id = o.activity_id left join pm_programmes p on p.id = o.programme_id
    where ${outcomeWhere(filter, ids)} order by o.outcome_date, o.id`.execute(db);
  return asTable('outcomes', `ariadne-outcomes-${filter.from}-${filter.to}`, rows.rows.map((row) => ({
    externalId: row.external_id, type: row.type, activity: row.activity, programme: row.programme, country: row.country, date: row.outcome_date,
    quantity: row.quantity, knowledgeRecord: row.kn_record_id, source: row.source, story: row.story, status: row.status, sample: row.sample ? 'yes' : 'no',
  })));
}

/** The headline figures of a report as a table (figure, value), as the report page shows them. */
export function figuresTable(report: ImpactReport, t: Translate): DownloadTable {
  const f = report.figures;
  const rows: [string, number][] = [
    [t('programmes.figure.countries_supported'), f.countriesSupported],
    [t('programmes.figure.countries_national'), f.countriesNational],
    [t('programmes.figure.trained'), f.trained.total],
    [`${t('programmes.figure.trained')}: ${t('programmes.sex.female')}`, f.trained.female],
    [`${t('programmes.figure.trained')}: ${t('programmes.sex.male')}`, f.trained.male],
    [`${t('programmes.figure.trained')}: ${t('programmes.sex.unknown')}`, f.trained.unknown],
    [t('programmes.figure.countries_legislative'), f.countriesLegislative],
    [t('programmes.figure.countries_legislative_policy'), f.countriesLegislativePolicy],
    [t('programmes.figure.publications'), f.publications],
    [t('programmes.figure.cases_added'), f.casesAdded],
    [t('programmes.figure.technical_cooperation'), f.technicalCooperation],
    [t('programmes.figure.speaker_events'), f.speakerEvents],
    [t('programmes.figure.events_organized'), f.eventsOrganized],
    [t('programmes.figure.event_participants_label'), f.eventParticipants],
    [t('programmes.figure.participants'), f.participants.total],
    ...report.byType.map((row): [string, number] => [`${t('programmes.chart.by_type')}: ${t(`programmes.activity_type.${row.type}`)}`, row.activities]),
    ...OUTCOME_TYPES.map((type): [string, number] => [t(`programmes.outcome_type.${type}`), f.outcomes[type].quantity]),
  ];
  return {
    filename: `ariadne-impact-${report.filter.from}-${report.filter.to}`, sheetName: 'figures',
    columns: [{ key: 'figure', label: t('programmes.figure') }, { key: 'value', label: t('programmes.value') }],
    rows: rows.map(([figure, value]) => ({ figure, value })),
  };
}

/** One fictional example row per kind (marked as a sample), valid against the import (a test imports each template). */
const TEMPLATE_EXAMPLES: Record<ImportKind, Record<string, unknown>> = {
  activities: {
    externalId: 'EXAMPLE-ACT-1', type: 'training', title: 'Training on the identification of victims (example)', startDate: '2021-03-01', endDate: '2021-03-03',
    place: 'Lilongwe', scope: 'national', countries: ['MWI'], programmes: [], partners: ['IOM'], topic: 'identification of victims',
    description: 'Example row: replace it with your activity.', female: 12, male: 15, unknown: 0,
    participation: [{ institutionType: 'police', participants: 20 }, { institutionType: 'prosecution', participants: 7 }], status: 'draft', sample: 'yes',
  },
  participants: { activity: 'EXAMPLE-ACT-1', name: 'Example Person', sex: 'female', institutionType: 'police', institution: 'Example police unit', country: 'MWI' },
  outcomes: {
    externalId: 'EXAMPLE-OUT-1', type: 'investigation_supported', activity: 'EXAMPLE-ACT-1', country: 'MWI', date: '2021-06-01', quantity: 2,
    source: 'Mission report (example)', story: 'Investigators trained in March opened two new investigations (example).', status: 'draft', sample: 'yes',
  },
};

export function templateTable(kind: ImportKind): DownloadTable {
  return asTable(kind, `ariadne-${kind}-template`, [TEMPLATE_EXAMPLES[kind]]);
}

/** The countries behind a country figure, as the countries page lists them. */
export function countriesTable(rows: { iso3: string; activities: number; national: number; regional: number }[], t: Translate, filter: ReportFilter): DownloadTable {
  return {
    filename: `ariadne-countries-${filter.from}-${filter.to}`, sheetName: 'countries',
    columns: [{ key: 'iso3', label: 'iso3' }, { key: 'activities', label: t('programmes.chart.activities') }, { key: 'national', label: t('programmes.countries.national') }, { key: 'regional', label: t('programmes.countries.regional') }],
    rows,
  };
}

/** An action plan's targets with their latest measure and progress. */
export function planTable(plan: PlanDashboard, t: Translate): DownloadTable {
  return {
    filename: `ariadne-action-plan-${plan.code}`, sheetName: 'targets',
    columns: [
      { key: 'area', label: t('programmes.plans.area') }, { key: 'code', label: t('programmes.plans.target') }, { key: 'description', label: t('programmes.field.description') },
      { key: 'indicator', label: t('programmes.plans.indicator') }, { key: 'baseline', label: t('programmes.plans.baseline') }, { key: 'target', label: t('programmes.plans.target_value') },
      { key: 'latest', label: t('programmes.plans.latest') }, { key: 'measured', label: t('programmes.field.date') }, { key: 'progress', label: t('programmes.plans.progress') },
      { key: 'due', label: t('programmes.plans.due') }, { key: 'status', label: t('programmes.field.status') },
    ],
    rows: plan.areas.flatMap((area) => area.targets.map((target) => ({
      area: area.name, code: target.code, description: target.description, indicator: target.indicator, baseline: target.baseline, target: target.targetValue,
      latest: target.latest?.value ?? null, measured: target.latest?.date ?? null, progress: Math.round(target.progress * 100), due: target.dueDate,
      status: t(`programmes.plans.${target.achieved ? 'achieved' : target.overdue ? 'overdue' : 'on_track'}`),
    }))),
  };
}
