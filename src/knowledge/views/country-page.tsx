import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { BarChart } from '../../core/charts/bar-chart.tsx';
import { countryName, getCountry, regionName } from '../../core/geo/countries.ts';
import { formatNumber } from '../../core/i18n/format.ts';
import type { CountrySummary } from '../country.ts';
import { KINDS } from '../schemas.ts';

export function CountryPage(props: { state: RequestState; country: string; summary: CountrySummary }) {
  const { t, locale } = props.state;
  const name = countryName(props.country, locale);
  const country = getCountry(props.country);
  const years = [...new Set(props.summary.byYear.map((row) => row.year))].sort();
  const allYears = years.length ? Array.from({ length: years[years.length - 1] - years[0] + 1 }, (_, index) => String(years[0] + index)) : [];
  const count = (kind: string, year: string) => props.summary.byYear.find((row) => row.kind === kind && String(row.year) === year)?.count ?? 0;
  return (
    <Layout state={props.state} title={name}>
      <p><a href="/knowledge">{`← ${t('knowledge.title')}`}</a></p>
      <h1>{name}</h1>
      {country?.subRegionCode ? <p class="meta">{`${regionName(country.regionCode!, locale)} · ${regionName(country.subRegionCode, locale)}`}</p> : null}
      <p><a class="country-statistics" href={`/statistics/countries/${props.country}`}>{t('knowledge.country_statistics', { country: name })}</a></p>
      <ul class="cards">
        {KINDS.map((kind) => (
          <li class="card">
            <h2>{t(`knowledge.kind_plural.${kind}`)}</h2>
            <p class="big">{formatNumber(locale, props.summary.counts[kind])}</p>
            <p><a href={`/knowledge?country=${props.country}&kind=${kind}`}>{t('knowledge.see_all')}</a></p>
          </li>
        ))}
      </ul>
      {allYears.length ? (
        <BarChart title={t('knowledge.by_year', { country: name })} categories={allYears} locale={locale} categoryLabel={t('knowledge.field.year')} dataLabel={t('chart.show_data')}
          series={KINDS.map((kind) => ({ key: kind, label: t(`knowledge.kind_plural.${kind}`), className: `series-${kind}` }))} value={count} />
      ) : <p>{t('knowledge.nothing_for_country')}</p>}
      {KINDS.map((kind) => (props.summary.latest[kind].length ? (
        <section>
          <h2>{t(`knowledge.latest.${kind}`)}</h2>
          <ul>{props.summary.latest[kind].map((hit) => <li><a href={`/knowledge/records/${hit.id}`} lang={hit.language} dir="auto">{hit.title}</a>{hit.year ? ` (${hit.year})` : ''}</li>)}</ul>
        </section>
      ) : null))}
    </Layout>
  );
}
