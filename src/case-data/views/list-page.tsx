import type { RequestState } from '../../core/http/context.ts';
import { Notice } from '../../core/http/components.tsx';
import { Layout } from '../../core/http/layout.tsx';
import { allows } from '../../core/access/policy.ts';
import { countryName } from '../../core/geo/countries.ts';
import { formatDate, formatNumber } from '../../core/i18n/format.ts';
import { HTCDS_PICKLISTS } from '../htcds/picklists.ts';
import { caseDataPolicy } from '../policy.ts';
import type { CaseFilter, CaseListRow } from '../repository.ts';

export const PAGE_SIZE = 50;

export interface ListPageProps {
  state: RequestState;
  country: string;
  filter: CaseFilter;
  years: number[];
  rows: CaseListRow[];
  total: number;
  page: number;
  notice?: string;
}

export function SampleMark(props: { state: RequestState }) {
  return <span class="badge sample" title={props.state.t('case_data.sample_hint')}>{props.state.t('case_data.sample')}</span>;
}

/** The country's cases: filters, one page of the list, and the actions the actor may take. */
export function ListPage(props: ListPageProps) {
  const { t, locale, actor } = props.state;
  const base = `/case-data/${props.country}`;
  const pages = Math.max(1, Math.ceil(props.total / PAGE_SIZE));
  const query = (page: number) => {
    const params = new URLSearchParams();
    if (props.filter.q) params.set('q', props.filter.q);
    if (props.filter.status) params.set('status', props.filter.status);
    if (props.filter.year !== undefined) params.set('year', String(props.filter.year));
    if (props.filter.exploitation) params.set('exploitation', props.filter.exploitation);
    if (page > 1) params.set('page', String(page));
    const text = params.toString();
    return text ? `${base}?${text}` : base;
  };
  const canEdit = allows(caseDataPolicy, actor, 'caseData.edit', props.country);
  const canImport = allows(caseDataPolicy, actor, 'caseData.import', props.country);
  return (
    <Layout state={props.state} title={t('case_data.country_title', { country: countryName(props.country, locale) })} wide>
      <p><a href="/case-data">{`← ${t('case_data.title')}`}</a></p>
      <h1>{t('case_data.country_title', { country: countryName(props.country, locale) })}</h1>
      <p class="hint">{t('case_data.confidential')}</p>
      {props.notice ? <Notice kind="success">{t(`case_data.done.${props.notice}`)}</Notice> : null}
      <p class="actions">
        {canEdit ? <a class="button primary" href={`${base}/cases/new`}>{t('case_data.action.new_case')}</a> : null}
        {canImport ? <a class="button" href={`${base}/import`}>{t('case_data.action.import')}</a> : null}
        <a class="button" href={`${base}/export.csv`} download>{t('case_data.action.export_csv')}</a>
        <a class="button" href={`${base}/export.xlsx`} download>{t('case_data.action.export_xlsx')}</a>
      </p>
      <form method="get" action={base} class="filters" aria-label={t('case_data.filter')}>
        <label>{t('case_data.filter.q')} <input type="search" name="q" value={props.filter.q ?? ''} /></label>
        <label>{t('case_data.filter.status')}
          <select name="status">
            <option value="">{t('case_data.filter.any')}</option>
            {HTCDS_PICKLISTS.cas_Status.map(([name, label]) => <option value={name} selected={props.filter.status === name} lang="en">{label}</option>)}
          </select>
        </label>
        <label>{t('case_data.filter.year')}
          <select name="year">
            <option value="">{t('case_data.filter.any')}</option>
            {props.years.map((year) => <option value={String(year)} selected={props.filter.year === year}>{String(year)}</option>)}
          </select>
        </label>
        <label>{t('case_data.filter.exploitation')}
          <select name="exploitation">
            <option value="">{t('case_data.filter.any')}</option>
            {HTCDS_PICKLISTS.vic_TypeOfExploitation.map(([name, label]) => <option value={name} selected={props.filter.exploitation === name} lang="en">{label}</option>)}
          </select>
        </label>
        <button type="submit">{t('case_data.filter.apply')}</button>
        <a href={base}>{t('case_data.filter.clear')}</a>
      </form>
      <p>{t('case_data.list.count', { count: formatNumber(locale, props.total) })}</p>
      {props.rows.length ? (
        <table class="list" data-testid="case-list">
          <thead>
            <tr>
              <th>{t('case_data.field.ari_CaseId')}</th><th>{t('case_data.field.org_Name')}</th><th>{t('case_data.field.cas_Status')}</th>
              <th>{t('case_data.list.victims')}</th><th>{t('case_data.list.perpetrators')}</th><th>{t('case_data.list.first_identified')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr>
                <td><a href={`${base}/cases/${row.id}`}>{row.case_ref}</a> {row.sample ? <SampleMark state={props.state} /> : null}</td>
                <td>{row.org_name ?? ''}</td>
                <td lang="en">{HTCDS_PICKLISTS.cas_Status.find(([name]) => name === row.status)?.[1] ?? ''}</td>
                <td>{formatNumber(locale, row.victims)}</td>
                <td>{formatNumber(locale, row.perpetrators)}</td>
                <td>{row.first_identified ? formatDate(locale, row.first_identified) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>{t('case_data.list.empty')}</p>}
      {pages > 1 ? (
        <nav class="pager">
          {props.page > 1 ? <a href={query(props.page - 1)} rel="prev">{t('case_data.list.previous')}</a> : null}
          <span>{t('case_data.list.page', { page: props.page, pages })}</span>
          {props.page < pages ? <a href={query(props.page + 1)} rel="next">{t('case_data.list.next')}</a> : null}
        </nav>
      ) : null}
    </Layout>
  );
}

/** The countries whose databases the actor may open. */
export function CountriesPage(props: { state: RequestState; countries: string[] }) {
  const { t, locale } = props.state;
  return (
    <Layout state={props.state} title={t('case_data.title')}>
      <h1>{t('case_data.title')}</h1>
      <p>{t('case_data.intro')}</p>
      <p class="hint">{t('case_data.confidential')}</p>
      <h2>{t('case_data.countries')}</h2>
      {props.countries.length ? (
        <ul>{props.countries.map((code) => <li><a href={`/case-data/${code}`}>{countryName(code, locale)}</a></li>)}</ul>
      ) : <p>{t('case_data.no_countries')}</p>}
    </Layout>
  );
}
