import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { BarChart } from '../../core/charts/bar-chart.tsx';
import { LineChart } from '../../core/charts/line-chart.tsx';
import { WorldMap } from '../../core/charts/world-map.tsx';
import { countryName, regionName, sortByName, getCountry } from '../../core/geo/countries.ts';
import { formatNumber } from '../../core/i18n/format.ts';
import { UNKNOWN_ORIGIN, type Analysis } from '../analysis/analysis.ts';
import { areaChoices, areaName, areaParam } from '../analysis/scope.ts';
import { listCountries } from '../../core/geo/countries.ts';
import { chartValue, DownloadLinks, GridTable, SeriesTable, shareText, showCell } from './cells.tsx';
import { FlowDiagram } from './flow-diagram.tsx';

export function analysisQuery(analysis: Analysis): string {
  const { request } = analysis;
  return `area=${areaParam(request.area)}&from=${request.yearFrom}&to=${request.yearTo}`;
}

export function AnalysisPage(props: { state: RequestState; analysis: Analysis; years: number[]; countryPage?: string; sampleData: boolean }) {
  const { t, locale } = props.state;
  const { analysis } = props;
  const { request } = analysis;
  const name = (iso3: string) => countryName(iso3, locale);
  const place = areaName(request.area, locale, name);
  const query = analysisQuery(analysis);
  const title = props.countryPage ? t('statistics.country_title', { country: place }) : t('statistics.title');
  const sexLabel = (key: string) => t(`statistics.sex.${key}`);
  const ageLabel = (key: string) => t(`statistics.age.${key}`);
  const regionLabel = (key: string) => (key === UNKNOWN_ORIGIN ? t('statistics.flows.unknown_origin') : regionName(key, locale));
  const [women, men] = [analysis.sexAge.cells[0][1], analysis.sexAge.cells[1][1]];
  const [girls, boys] = [analysis.sexAge.cells[0][0], analysis.sexAge.cells[1][0]];
  const total = analysis.sexAge.total;
  const bars = (cell: { status: string }, value: number | null) => (cell.status === 'published' ? value ?? 0 : 0);
  const action = props.countryPage ?? '/statistics';
  return (
    <Layout state={props.state} title={title} wide>
      <h1>{title}</h1>
      {props.sampleData ? <p class="notice warning" role="status"><span class="illustrative-mark">{t('statistics.sample_mark')}</span> {t('statistics.sample_notice')}</p> : null}
      {props.countryPage ? <p><a href={`/knowledge/countries/${areaParam(request.area)}`}>{t('statistics.knowledge_country_page', { country: place })}</a></p> : null}
      <form method="get" action={action} class="stats-filter">
        {props.countryPage ? null : (
          <label>{t('statistics.area')}
            <select name="area">
              <option value="001" selected={request.area.kind === 'world'}>{regionName('001', locale)}</option>
              {areaChoices().map((choice) => <option value={choice.code} selected={request.area.kind === 'region' && request.area.code === choice.code}>{`${choice.level === 'subRegion' ? '— ' : ''}${regionName(choice.code, locale)}`}</option>)}
              {sortByName(listCountries(), locale).map((country) => <option value={country.iso3} selected={request.area.kind === 'country' && request.area.iso3 === country.iso3}>{name(country.iso3)}</option>)}
            </select>
          </label>
        )}
        <label>{t('statistics.from')} <input type="number" name="from" value={String(request.yearFrom)} min="1990" max="2100" /></label>
        <label>{t('statistics.to')} <input type="number" name="to" value={String(request.yearTo)} min="1990" max="2100" /></label>
        <button type="submit">{t('statistics.show')}</button>
      </form>
      <p class="meta">{t('statistics.disclosure_note')}</p>
      <section>
        <h2>{t('statistics.victims_heading', { area: place, from: String(request.yearFrom), to: String(request.yearTo) })}</h2>
        <p class="big-count">{t('statistics.countries_reporting', { count: analysis.countries })}</p>
        <table class="data stats-table">
          <caption>{t('statistics.shares_caption')}</caption>
          <thead><tr><th scope="col">{t('statistics.group')}</th><th scope="col">{t('statistics.victims')}</th><th scope="col">{t('statistics.share')}</th></tr></thead>
          <tbody>
            {([['women', women], ['girls', girls], ['men', men], ['boys', boys]] as const).map(([key, cell]) => (
              <tr><th scope="row">{t(`statistics.group.${key}`)}</th><td>{showCell(locale, cell)}</td><td>{shareText(locale, cell, total)}</td></tr>
            ))}
            <tr class="total"><th scope="row">{t('statistics.total_known_sex_age')}</th><td>{showCell(locale, total)}</td><td></td></tr>
          </tbody>
        </table>
        <DownloadLinks t={t} table="sex-age" query={query} />
        <BarChart title={t('statistics.chart.sex_age')} locale={locale} categoryLabel={t('statistics.sex')} dataLabel={t('chart.show_data')}
          categories={[sexLabel('female'), sexLabel('male')]}
          series={[{ key: 'minor', label: ageLabel('minor'), className: 'line-2' }, { key: 'adult', label: ageLabel('adult'), className: 'line-1' }]}
          value={(series, category) => {
            const row = category === sexLabel('female') ? 0 : 1;
            const cell = analysis.sexAge.cells[row][series === 'minor' ? 0 : 1];
            return bars(cell, chartValue(cell));
          }} />
        <GridTable locale={locale} caption={t('statistics.sex_age_caption')} grid={analysis.sexAge} rowLabel={sexLabel} columnLabel={ageLabel} totalLabel={t('statistics.total')} corner={t('statistics.sex')} />
      </section>
      <section>
        <h2>{t('statistics.forms_heading')}</h2>
        <BarChart title={t('statistics.chart.forms')} locale={locale} categoryLabel={t('statistics.form')} dataLabel={t('chart.show_data')}
          categories={analysis.forms.keys.map((key) => t(`statistics.form.${key}`))}
          series={[{ key: 'victims', label: t('statistics.victims'), className: 'line-3' }]}
          value={(_, category) => {
            const index = analysis.forms.keys.findIndex((key) => t(`statistics.form.${key}`) === category);
            return bars(analysis.forms.cells[index], chartValue(analysis.forms.cells[index]));
          }} />
        <SeriesTable locale={locale} caption={t('statistics.forms_caption')} series={analysis.forms} keyLabel={(key) => t(`statistics.form.${key}`)} keyHeader={t('statistics.form')} valueHeader={t('statistics.victims')} totalLabel={t('statistics.total')} />
        <DownloadLinks t={t} table="forms" query={query} />
      </section>
      <section>
        <h2>{t('statistics.trends_heading')}</h2>
        <LineChart title={t('statistics.chart.trends')} locale={locale} xLabels={analysis.trends.years.map(String)} categoryLabel={t('statistics.year')} dataLabel={t('chart.show_data')}
          series={(['detected_victims', 'prosecuted', 'convicted'] as const).map((indicator, index) => ({
            key: indicator, label: t(`statistics.indicator.${indicator}`), className: `line-${index + 1}`, values: analysis.trends.series[indicator].cells.map(chartValue),
          }))} />
        <table class="data stats-table">
          <caption>{t('statistics.trends_caption')}</caption>
          <thead><tr><th scope="col">{t('statistics.year')}</th>{(['detected_victims', 'prosecuted', 'convicted'] as const).map((indicator) => <th scope="col">{t(`statistics.indicator.${indicator}`)}</th>)}</tr></thead>
          <tbody>{analysis.trends.years.map((year, k) => <tr><th scope="row">{String(year)}</th>{(['detected_victims', 'prosecuted', 'convicted'] as const).map((indicator) => <td>{showCell(locale, analysis.trends.series[indicator].cells[k])}</td>)}</tr>)}</tbody>
        </table>
        <DownloadLinks t={t} table="trends" query={query} />
      </section>
      <section>
        <h2>{t('statistics.justice_heading')}</h2>
        <GridTable locale={locale} caption={t('statistics.justice_caption')} grid={analysis.justice} rowLabel={(key) => t(`statistics.indicator.${key}`)} columnLabel={sexLabel} totalLabel={t('statistics.total')} corner={t('statistics.indicator')} />
        <DownloadLinks t={t} table="justice" query={query} />
      </section>
      <section>
        <h2>{t('statistics.flows_heading')}</h2>
        <p>{t('statistics.domestic_share', { domestic: showCell(locale, analysis.domestic), transnational: showCell(locale, analysis.transnational) })}</p>
        <FlowDiagram title={t('statistics.chart.flows')} flows={analysis.flows} originLabel={regionLabel} detectionLabel={regionLabel} note={t('statistics.flows_note')} />
        <GridTable locale={locale} caption={t('statistics.flows_caption')} grid={analysis.flows} rowLabel={regionLabel} columnLabel={regionLabel} totalLabel={t('statistics.total')} corner={t('statistics.origin_detection')} />
        <DownloadLinks t={t} table="flows" query={query} />
      </section>
      <section>
        <h2>{t('statistics.map_heading')}</h2>
        <WorldMap title={t('statistics.chart.map')} locale={locale} countryLabel={t('statistics.country')} dataLabel={t('chart.show_data')} noDataLabel={t('statistics.no_data')}
          data={{
            kind: 'scale', valueLabel: t('statistics.victims'),
            values: new Map(analysis.map.keys.flatMap((iso3, k) => (analysis.map.cells[k].status === 'published' ? [[iso3, analysis.map.cells[k].value.lo] as [string, number]] : []))),
            format: (value) => formatNumber(locale, value),
          }}
          hrefOf={(iso3) => (getCountry(iso3) ? `/statistics/countries/${iso3}` : undefined)} />
        <DownloadLinks t={t} table="countries" query={query} />
      </section>
      <section>
        <h2>{t('statistics.coverage_heading')}</h2>
        <table class="data stats-table">
          <caption>{t('statistics.coverage_caption')}</caption>
          <thead><tr><th scope="col">{t('statistics.indicator')}</th>{(['total', 'by_sex', 'by_age', 'by_form', 'by_citizenship'] as const).map((key) => <th scope="col">{t(`statistics.coverage.${key}`)}</th>)}</tr></thead>
          <tbody>{analysis.coverage.map((row) => (
            <tr><th scope="row">{t(`statistics.indicator.${row.indicator}`)}</th>{[row.total, row.bySex, row.byAge, row.byForm, row.byCitizenship].map((count) => <td>{formatNumber(locale, count)}</td>)}</tr>
          ))}</tbody>
        </table>
        <DownloadLinks t={t} table="coverage" query={query} />
      </section>
    </Layout>
  );
}
