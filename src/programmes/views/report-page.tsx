import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { Notice } from '../../core/http/components.tsx';
import { formatDate } from '../../core/i18n/format.ts';
import { countryName, listCountries, sortByName } from '../../core/geo/countries.ts';
import { ALL_FROM, ALL_TO, filterQuery, type ReportFilter } from '../filters.ts';
import type { ImpactReport } from '../report.ts';
import type { ProgrammeRow } from '../repository.ts';
import { ReportBody } from './report-body.tsx';

/** The period of a filter in words. */
export function periodText(state: RequestState, filter: ReportFilter): string {
  if (filter.from === ALL_FROM && filter.to === ALL_TO) return state.t('programmes.all_time');
  if (filter.from.endsWith('-01-01') && filter.to === `${filter.from.slice(0, 4)}-12-31`) return filter.from.slice(0, 4);
  return state.t('programmes.period', { from: formatDate(state.locale, filter.from), to: formatDate(state.locale, filter.to) });
}

/** The GET form that chooses period, programmes and countries (works without JavaScript). */
export function FilterForm(props: { state: RequestState; action: string; filter: ReportFilter; programmes: ProgrammeRow[]; extra?: Record<string, string[]> }) {
  const { t } = props.state;
  const { filter } = props;
  return (
    <form method="get" action={props.action} class="filters report-filters" aria-label={t('programmes.filter.legend')}>
      {Object.entries(props.extra ?? {}).flatMap(([name, values]) => values.map((value) => <input type="hidden" name={name} value={value} />))}
      <label>{t('programmes.filter.from')} <input type="date" name="from" value={filter.from === ALL_FROM ? '' : filter.from} /></label>
      <label>{t('programmes.filter.to')} <input type="date" name="to" value={filter.to === ALL_TO ? '' : filter.to} /></label>
      <fieldset class="programme-choice">
        <legend>{t('programmes.filter.programmes')}</legend>
        {props.programmes.map((programme) => (
          <label class="check"><input type="checkbox" name="programme" value={programme.code} checked={filter.programmes.includes(programme.code)} />{programme.code}</label>
        ))}
      </fieldset>
      <CountryChoice state={props.state} selected={filter.countries} />
      <button type="submit" class="primary">{t('programmes.filter.apply')}</button>
    </form>
  );
}

/**
 * The countries of a filter: a multiple select (repeated `country=ISO3`, the format that shared
 * links and `country=MWI,BRA` already use), named in the user's language. A code of the filter
 * that is no known country stays selected under its code, so that the page shows why nothing matches.
 */
export function CountryChoice(props: { state: RequestState; selected: string[] }) {
  const { t, locale } = props.state;
  const countries = sortByName(listCountries(), locale);
  const known = new Set(countries.map((country) => country.iso3));
  const chosen = new Set(props.selected);
  const names = new Map(countries.map((country) => [country.iso3, countryName(country.iso3, locale)]));
  return (
    <label class="country-choice">{t('programmes.filter.countries')}
      <select name="country" multiple size={6}>
        {props.selected.filter((code) => !known.has(code)).map((code) => <option value={code} selected>{code}</option>)}
        {countries.map((country) => <option value={country.iso3} selected={chosen.has(country.iso3)}>{names.get(country.iso3)}</option>)}
      </select>
      <span class="hint">{t('programmes.filter.countries_hint')}</span>
    </label>
  );
}

export function ReportPage(props: { state: RequestState; report: ImpactReport; programmes: ProgrammeRow[]; hasSamples: boolean }) {
  const { t } = props.state;
  const { filter } = props.report;
  const years = [...new Set([filter.from.slice(0, 4), filter.to.slice(0, 4)])];
  const reviewYear = years.length === 1 ? years[0] : filter.to.slice(0, 4);
  const reviewQuery = new URLSearchParams({ year: reviewYear });
  if (filter.programmes.length === 1) reviewQuery.set('programme', filter.programmes[0]);
  const query = filterQuery(filter);
  return (
    <Layout state={props.state} title={t('programmes.title')} wide>
      <h1>{`${t('programmes.title')} · ${periodText(props.state, filter)}`}</h1>
      <p class="lead">{t('programmes.intro')}</p>
      {props.hasSamples ? <Notice kind="warning">{t('programmes.sample_notice')}</Notice> : null}
      <FilterForm state={props.state} action="/programmes" filter={filter} programmes={props.programmes} />
      <p class="report-links">
        <a href={`/programmes/year-in-review?${reviewQuery}`}>{t('programmes.year_in_review')}</a>
        {' · '}<a href={`/programmes/activities?${query}`}>{t('programmes.activities.title')}</a>
        {' · '}<a href={`/programmes/outcomes?${query}`}>{t('programmes.outcomes.title')}</a>
        {' · '}<a href="/programmes/action-plans">{t('programmes.plans.title')}</a>
        {' · '}<a href="/programmes/programmes">{t('programmes.programmes.title')}</a>
        {' · '}{t('programmes.export')}: <a href={`/programmes/report.csv?${query}`}>{t('programmes.export_csv')}</a>{' '}
        <a href={`/programmes/report.xlsx?${query}`}>{t('programmes.export_xlsx')}</a>
      </p>
      <ReportBody state={props.state} report={props.report} />
    </Layout>
  );
}
