import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { Notice } from '../../core/http/components.tsx';
import { WorldMap } from '../../core/charts/world-map.tsx';
import { LineChart } from '../../core/charts/line-chart.tsx';
import { countryName, sortByName, getCountry } from '../../core/geo/countries.ts';
import { formatNumber } from '../../core/i18n/format.ts';
import type { TreatyStatus } from '../status.ts';
import { DateForm, EventDate, IllustrativeMark } from './common.tsx';
import { actionLabel, statusLabel, treatyFullName, treatyLabel } from './labels.ts';

export const STATUS_CATEGORIES = ['party', 'withdrawing', 'signatory', 'withdrawn', 'none'] as const;

/** The status of one treaty on a date: count, map, timeline, the parties and the states not yet party. */
export function TreatyPage(props: { state: RequestState; status: TreatyStatus; dateError?: string; canEdit: boolean }) {
  const { t, locale } = props.state;
  const { status } = props;
  const code = status.treaty.code;
  const name = (iso3: string) => countryName(iso3, locale);
  const notParties = sortByName(status.notParties.map((iso3) => getCountry(iso3)!).filter(Boolean), locale);
  const countryHref = (iso3: string) => `/treaties/${code}/countries/${iso3}`;
  return (
    <Layout state={props.state} title={treatyLabel(t, status.treaty)} wide>
      <p><a href={`/treaties?date=${status.date}`}>{`← ${t('treaties.title')}`}</a></p>
      <h1>{treatyLabel(t, status.treaty)}</h1>
      <p class="lead">{treatyFullName(t, status.treaty)}</p>
      <DateForm t={t} action={`/treaties/${code}`} date={status.date} error={props.dateError} />
      {status.illustrativeEvents ? <Notice kind="warning">{t('treaties.illustrative_treaty_notice', { count: status.illustrativeParties })}</Notice> : null}
      <p class="big-count"><span data-testid="party-count">{formatNumber(locale, status.parties.length)}</span> {t('treaties.parties_count_on', { date: status.date })}</p>

      <WorldMap title={t('treaties.map_title', { date: status.date })} locale={locale} countryLabel={t('treaties.country')} dataLabel={t('chart.show_data')}
        noDataLabel={t('treaties.status.unknown')} hrefOf={countryHref}
        data={{ kind: 'category', valueLabel: t('treaties.status_column'), categoryOf: status.statusOf,
          categories: STATUS_CATEGORIES.map((key) => ({ key, label: statusLabel(t, key), className: `tr-${key}` })) }} />

      {status.perYear.length > 1 ? (
        <LineChart title={t('treaties.timeline_title')} locale={locale} xLabels={status.perYear.map((row) => String(row.year))} categoryLabel={t('treaties.year')}
          dataLabel={t('chart.show_data')} series={[{ key: 'parties', label: t('treaties.parties'), className: 'line-1', values: status.perYear.map((row) => row.count) }]} />
      ) : null}

      <h2 id="parties">{t('treaties.parties_heading', { count: status.parties.length })}</h2>
      <p><a href={`/treaties/${code}/parties.csv?date=${status.date}`} download>CSV</a> · <a href={`/treaties/${code}/parties.xlsx?date=${status.date}`} download>XLSX</a></p>
      <table class="parties" data-testid="parties">
        <thead><tr><th>{t('treaties.country')}</th><th>{t('treaties.since')}</th><th>{t('treaties.by')}</th><th>{t('treaties.status_column')}</th></tr></thead>
        <tbody>
          {status.parties.map((party) => (
            <tr data-iso3={party.country}>
              <td><a href={countryHref(party.country)}>{name(party.country)}</a></td>
              <td><EventDate t={t} locale={locale} date={party.since} precision={party.precision} /></td>
              <td>{actionLabel(t, party.action)}</td>
              <td>{statusLabel(t, status.statusOf.get(party.country) ?? 'party')}{party.illustrative ? <> <IllustrativeMark t={t} /></> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="not-parties">{t('treaties.not_parties_heading', { count: notParties.length })}</h2>
      <p>{t('treaties.not_parties_intro')}</p>
      <table class="not-parties" data-testid="not-parties">
        <thead><tr><th>{t('treaties.country')}</th><th>{t('treaties.status_column')}</th><th>{t('treaties.assistance')}</th></tr></thead>
        <tbody>
          {notParties.map((country) => (
            <tr data-iso3={country.iso3}>
              <td><a href={countryHref(country.iso3)}>{name(country.iso3)}</a></td>
              <td>{statusLabel(t, status.statusOf.get(country.iso3) ?? 'none')}</td>
              <td><a href={`/programmes/activities?country=${country.iso3}`}>{t('treaties.activities_link')}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.canEdit ? <p><a href="/treaties/import">{t('treaties.import.title')}</a></p> : null}
    </Layout>
  );
}
