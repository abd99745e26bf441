import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { Notice } from '../../core/http/components.tsx';
import { countryName } from '../../core/geo/countries.ts';
import { formatDate, formatNumber } from '../../core/i18n/format.ts';
import { filterQuery, type ListFilter, type ReportFilter } from '../filters.ts';
import type { ActivityListRow, ActivityTotals, OutcomeRow, ProgrammeRow, ProjectRow } from '../repository.ts';
import { FilterForm, periodText } from './report-page.tsx';

export function StatusBadges(props: { state: RequestState; status: string; sample: boolean }) {
  const { t } = props.state;
  return (
    <>
      {props.sample ? <span class="badge sample">{t('programmes.sample')}</span> : null}
      {props.status === 'draft' ? <span class="badge draft">{t('programmes.draft')}</span> : null}
    </>
  );
}

function Downloads(props: { state: RequestState; path: string; query: string }) {
  const { t } = props.state;
  return (
    <p class="downloads">{`${t('programmes.export')}: `}
      <a href={`${props.path}.csv?${props.query}`}>{t('programmes.export_csv')}</a>{' '}
      <a href={`${props.path}.xlsx?${props.query}`}>{t('programmes.export_xlsx')}</a>
    </p>
  );
}

function TypeSummary(props: { state: RequestState; types: string[]; scope?: string }) {
  const { t } = props.state;
  if (!props.types.length && !props.scope) return null;
  return (
    <p class="selection">{`${t('programmes.activities.filter_type')}: `}
      {[...props.types.map((type) => t(`programmes.activity_type.${type}`)), ...(props.scope ? [t(`programmes.scope.${props.scope}`)] : [])].join(', ')}
    </p>
  );
}

const hiddenExtra = (filter: ListFilter) => ({ type: filter.types, ...(filter.scope ? { scope: [filter.scope] } : {}), ...(filter.includeDrafts ? { drafts: ['1'] } : {}) });

export function ActivitiesPage(props: {
  state: RequestState; filter: ListFilter; rows: ActivityListRow[]; totals: ActivityTotals; page: number; pages: number; programmes: ProgrammeRow[];
  canEdit: boolean; notice?: string;
}) {
  const { t, locale } = props.state;
  const { filter, totals } = props;
  const query = filterQuery(filter, { types: filter.types, scope: filter.scope, drafts: filter.includeDrafts ? '1' : undefined });
  const pageLink = (page: number) => `/programmes/activities?${filterQuery(filter, { types: filter.types, scope: filter.scope, drafts: filter.includeDrafts ? '1' : undefined, page })}`;
  return (
    <Layout state={props.state} title={t('programmes.activities.title')} wide>
      <h1>{`${t('programmes.activities.title')} · ${periodText(props.state, filter)}`}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.canEdit ? <p><a class="button" href="/programmes/activities/new">{t('programmes.activities.new')}</a> <a class="button" href="/programmes/import">{t('programmes.import.title')}</a></p> : null}
      <FilterForm state={props.state} action="/programmes/activities" filter={filter} programmes={props.programmes} extra={hiddenExtra(filter)} />
      <TypeSummary state={props.state} types={filter.types} scope={filter.scope} />
      <p class="totals" id="list-totals" data-activities={totals.activities} data-participants={totals.participants} data-female={totals.female} data-male={totals.male} data-unknown={totals.unknown} data-countries={totals.countries}>
        {t('programmes.activities.count', { count: totals.activities, participants: totals.participants, female: totals.female, male: totals.male, unknown: totals.unknown, countries: totals.countries })}
      </p>
      <Downloads state={props.state} path="/programmes/activities/export" query={query} />
      {props.rows.length ? (
        <table class="data activities">
          <thead><tr>
            <th>{t('programmes.field.dates')}</th><th>{t('programmes.field.title')}</th><th>{t('programmes.field.type')}</th>
            <th>{t('programmes.field.countries')}</th><th>{t('programmes.field.programmes')}</th>
            <th class="number">{t('programmes.sex.female')}</th><th class="number">{t('programmes.sex.male')}</th><th class="number">{t('programmes.sex.unknown')}</th>
          </tr></thead>
          <tbody>
            {props.rows.map((row) => (
              <tr>
                <td>{formatDate(locale, row.startDate)}</td>
                <td><a href={`/programmes/activities/${row.id}`}>{row.title}</a> <StatusBadges state={props.state} status={row.status} sample={row.sample} /></td>
                <td>{t(`programmes.activity_type.${row.type}`)}</td>
                <td>{row.countries.map((iso3) => countryName(iso3, locale)).join(', ')}</td>
                <td>{row.programmes.join(', ')}</td>
                <td class="number">{formatNumber(locale, row.female)}</td><td class="number">{formatNumber(locale, row.male)}</td><td class="number">{formatNumber(locale, row.unknown)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>{t('programmes.activities.none')}</p>}
      {props.pages > 1 ? (
        <nav class="pager">
          {props.page > 1 ? <a href={pageLink(props.page - 1)}>{t('programmes.previous')}</a> : null}
          <span>{t('programmes.activities.page', { page: props.page, pages: props.pages })}</span>
          {props.page < props.pages ? <a href={pageLink(props.page + 1)}>{t('programmes.next')}</a> : null}
        </nav>
      ) : null}
    </Layout>
  );
}

export function CountriesPage(props: { state: RequestState; filter: ListFilter; rows: { iso3: string; activities: number; national: number; regional: number }[]; programmes: ProgrammeRow[] }) {
  const { t, locale } = props.state;
  const { filter } = props;
  return (
    <Layout state={props.state} title={t('programmes.countries.title')} wide>
      <h1>{`${t('programmes.countries.title')} · ${periodText(props.state, filter)}`}</h1>
      <FilterForm state={props.state} action="/programmes/countries" filter={filter} programmes={props.programmes} extra={hiddenExtra(filter)} />
      <TypeSummary state={props.state} types={filter.types} scope={filter.scope} />
      <p class="totals" id="list-totals" data-countries={props.rows.length}>{t('programmes.countries.count', { count: props.rows.length })}</p>
      <Downloads state={props.state} path="/programmes/countries/export" query={filterQuery(filter, { types: filter.types, scope: filter.scope })} />
      <table class="data countries">
        <thead><tr><th>{t('programmes.field.country')}</th><th class="number">{t('programmes.chart.activities')}</th><th class="number">{t('programmes.countries.national')}</th><th class="number">{t('programmes.countries.regional')}</th></tr></thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <td><a href={`/programmes/activities?${filterQuery({ ...filter, countries: [row.iso3] }, { types: filter.types, scope: filter.scope })}`}>{countryName(row.iso3, locale)}</a></td>
              <td class="number">{formatNumber(locale, row.activities)}</td><td class="number">{formatNumber(locale, row.national)}</td><td class="number">{formatNumber(locale, row.regional)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

export function OutcomesPage(props: { state: RequestState; filter: ReportFilter & { types: string[] }; rows: OutcomeRow[]; records: number; quantity: number; programmes: ProgrammeRow[]; canEdit: boolean; notice?: string }) {
  const { t, locale } = props.state;
  const { filter } = props;
  const query = filterQuery(filter, { types: filter.types });
  return (
    <Layout state={props.state} title={t('programmes.outcomes.title')} wide>
      <h1>{`${t('programmes.outcomes.title')} · ${periodText(props.state, filter)}`}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.canEdit ? <p><a class="button" href="/programmes/outcomes/new">{t('programmes.outcomes.new')}</a></p> : null}
      <FilterForm state={props.state} action="/programmes/outcomes" filter={filter} programmes={props.programmes} extra={{ type: filter.types }} />
      {filter.types.length ? <p class="selection">{filter.types.map((type) => t(`programmes.outcome_type.${type}`)).join(', ')}</p> : null}
      <p class="totals" id="list-totals" data-records={props.records} data-quantity={props.quantity}>{t('programmes.outcomes.count', { records: props.records, quantity: props.quantity })}</p>
      <Downloads state={props.state} path="/programmes/outcomes/export" query={query} />
      <table class="data outcomes">
        <thead><tr><th>{t('programmes.field.date')}</th><th>{t('programmes.field.type')}</th><th>{t('programmes.field.country')}</th><th class="number">{t('programmes.field.quantity')}</th><th>{t('programmes.field.story')}</th><th>{t('programmes.field.activity')}</th></tr></thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              <td>{formatDate(locale, row.date)}</td>
              <td>{t(`programmes.outcome_type.${row.type}`)} <StatusBadges state={props.state} status={row.status} sample={row.sample} /></td>
              <td>{countryName(row.country, locale)}</td>
              <td class="number">{formatNumber(locale, row.quantity)}</td>
              <td>{row.story ?? ''}{row.knowledgeRecord ? <> <a href={`/knowledge/records/${row.knowledgeRecord}`}>{t('programmes.outcomes.law_link')}</a></> : null}</td>
              <td>{row.activityId ? <a href={`/programmes/activities/${row.activityId}`}>{row.activityTitle}</a> : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

export function CasesPage(props: { state: RequestState; filter: ReportFilter; rows: { id: number; title: Record<string, string>; countries: string[]; addedAt: Date }[]; total: number; programmes: ProgrammeRow[] }) {
  const { t, locale } = props.state;
  const title = (record: { title: Record<string, string> }) => record.title[locale] ?? record.title.en ?? Object.values(record.title)[0] ?? '';
  return (
    <Layout state={props.state} title={t('programmes.cases.title')} wide>
      <h1>{`${t('programmes.cases.title')} · ${periodText(props.state, props.filter)}`}</h1>
      <FilterForm state={props.state} action="/programmes/cases" filter={props.filter} programmes={[]} />
      <p class="totals" id="list-totals" data-cases={props.total}>{t('programmes.cases.count', { count: props.total })}</p>
      <table class="data cases">
        <thead><tr><th>{t('programmes.cases.added')}</th><th>{t('programmes.field.title')}</th><th>{t('programmes.field.countries')}</th></tr></thead>
        <tbody>
          {props.rows.map((row) => (
            <tr><td>{formatDate(locale, row.addedAt)}</td><td><a href={`/knowledge/records/${row.id}`}>{title(row)}</a></td><td>{row.countries.map((iso3) => countryName(iso3, locale)).join(', ')}</td></tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

export function ProgrammesPage(props: { state: RequestState; programmes: ProgrammeRow[]; projects: ProjectRow[]; canEdit: boolean; notice?: string }) {
  const { t, locale } = props.state;
  return (
    <Layout state={props.state} title={t('programmes.programmes.title')} wide>
      <h1>{t('programmes.programmes.title')}</h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      {props.canEdit ? <p><a class="button" href="/programmes/programmes/new">{t('programmes.programmes.new')}</a></p> : null}
      <table class="data programmes">
        <thead><tr><th>{t('programmes.programmes.code')}</th><th>{t('programmes.field.name')}</th><th>{t('programmes.programmes.kind')}</th><th>{t('programmes.programmes.focus')}</th><th>{t('programmes.programmes.donors')}</th><th>{t('programmes.field.countries')}</th></tr></thead>
        <tbody>
          {props.programmes.map((programme) => (
            <tr>
              <td><a href={`/programmes?programme=${encodeURIComponent(programme.code)}`}>{programme.code}</a> {programme.sample ? <span class="badge sample">{t('programmes.sample')}</span> : null}
                {props.canEdit ? <> <a href={`/programmes/programmes/${programme.id}/edit`} aria-label={`${t('programmes.edit')} ${programme.code}`}>{t('programmes.edit')}</a></> : null}</td>
              <td>{programme.name}</td>
              <td>{t(`programmes.kind.${programme.kind}`)}{programme.parentCode ? ` (${t('programmes.programmes.under')} ${programme.parentCode})` : ''}</td>
              <td>{t(`programmes.focus.${programme.crimeFocus}`)}</td>
              <td>{programme.donors.join(', ')}</td>
              <td>{programme.countries.map((iso3) => countryName(iso3, locale)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="projects">{t('programmes.programmes.projects')}</h2>
      {props.canEdit ? <p><a class="button" href="/programmes/projects/new">{t('programmes.projects.new')}</a></p> : null}
      <table class="data projects">
        <thead><tr><th>{t('programmes.programmes.code')}</th><th>{t('programmes.field.name')}</th><th>{t('programmes.field.programme')}</th><th>{t('programmes.field.start_date')}</th><th>{t('programmes.field.end_date')}</th></tr></thead>
        <tbody>
          {props.projects.map((project) => (
            <tr>
              <td>{project.code} {project.sample ? <span class="badge sample">{t('programmes.sample')}</span> : null}
                {props.canEdit ? <> <a href={`/programmes/projects/${project.id}/edit`} aria-label={`${t('programmes.edit')} ${project.code}`}>{t('programmes.edit')}</a></> : null}</td>
              <td>{project.name}</td><td>{project.programmeCode}</td>
              <td>{project.startDate ? formatDate(locale, project.startDate) : ''}</td><td>{project.endDate ? formatDate(locale, project.endDate) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
