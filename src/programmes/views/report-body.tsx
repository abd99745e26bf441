import type { RequestState } from '../../core/http/context.ts';
import { BarChart } from '../../core/charts/bar-chart.tsx';
import { WorldMap } from '../../core/charts/world-map.tsx';
import { HorizontalBarChart } from '../../core/charts/horizontal-bar-chart.tsx';
import { countryName } from '../../core/geo/countries.ts';
import { formatDate, formatNumber } from '../../core/i18n/format.ts';
import { figureLinks } from '../links.ts';
import type { ImpactReport } from '../report.ts';
import { OUTCOME_TYPES } from '../vocabulary.ts';

/** One headline figure: the number, what it counts, and the link to its records. */
function Figure(props: { value: number; label: string; href: string; detail?: string; id: string; state: RequestState }) {
  const { t, locale } = props.state;
  return (
    <li class="figure" id={`figure-${props.id}`}>
      <a href={props.href} class="figure-link" data-figure={props.id}>
        <span class="figure-value">{formatNumber(locale, props.value)}</span>
        <span class="figure-label">{props.label}</span>
        {props.detail ? <span class="figure-detail">{props.detail}</span> : null}
        <span class="visually-hidden">{` (${t('programmes.figure.records')})`}</span>
      </a>
    </li>
  );
}

/** The headline figures, the charts and the examples of a report (shared by the report page and the year in review). */
export function ReportBody(props: { state: RequestState; report: ImpactReport }) {
  const { t, locale } = props.state;
  const { figures, filter } = props.report;
  const links = figureLinks(filter);
  const typeCategories = props.report.byType.filter((row) => row.activities > 0);
  const typeLabel = (type: string) => t(`programmes.activity_type.${type}`);
  const institutionLabel = (institution: string) => t(`programmes.institution.${institution}`);
  const geoLocale = locale;
  return (
    <div class="impact-report">
      <section class="figures-section" aria-labelledby="figures-heading">
        <h2 id="figures-heading" class="visually-hidden">{t('programmes.title')}</h2>
        <ul class="figures">
          <Figure state={props.state} id="countries-supported" value={figures.countriesSupported} label={t('programmes.figure.countries_supported')} href={links.countriesSupported} />
          <Figure state={props.state} id="trained" value={figures.trained.total} label={t('programmes.figure.trained')} href={links.trained}
            detail={t('programmes.figure.trained_split', { female: figures.trained.female, male: figures.trained.male, unknown: figures.trained.unknown })} />
          <Figure state={props.state} id="countries-legislative" value={figures.countriesLegislative} label={t('programmes.figure.countries_legislative')} href={links.countriesLegislative} />
          <Figure state={props.state} id="countries-legislative-policy" value={figures.countriesLegislativePolicy} label={t('programmes.figure.countries_legislative_policy')} href={links.countriesLegislativePolicy} />
          <Figure state={props.state} id="publications" value={figures.publications} label={t('programmes.figure.publications')} href={links.publications} />
          <Figure state={props.state} id="cases-added" value={figures.casesAdded} label={t('programmes.figure.cases_added')} href={links.casesAdded} />
          <Figure state={props.state} id="technical-cooperation" value={figures.technicalCooperation} label={t('programmes.figure.technical_cooperation')} href={links.technicalCooperation} />
          <Figure state={props.state} id="speaker-events" value={figures.speakerEvents} label={t('programmes.figure.speaker_events')} href={links.speakerEvents} />
          <Figure state={props.state} id="events-organized" value={figures.eventsOrganized} label={t('programmes.figure.events_organized')} href={links.eventsOrganized}
            detail={t('programmes.figure.event_participants', { count: figures.eventParticipants })} />
          <Figure state={props.state} id="investigations" value={figures.outcomes.investigation_supported.quantity} label={t('programmes.figure.investigations')} href={links.outcomes(['investigation_supported'])} />
          <Figure state={props.state} id="participants" value={figures.participants.total} label={t('programmes.figure.participants')} href={links.participants} />
          <Figure state={props.state} id="countries-national" value={figures.countriesNational} label={t('programmes.figure.countries_national')} href={links.countriesNational} />
        </ul>
      </section>

      <section class="report-charts">
        <WorldMap title={t('programmes.chart.map')} locale={locale} countryLabel={t('programmes.field.country')} dataLabel={t('chart.show_data')}
          noDataLabel={t('programmes.chart.no_activity')} hrefOf={(iso3) => (props.report.byCountry.has(iso3) ? links.country(iso3) : undefined)}
          data={{ kind: 'scale', values: props.report.byCountry, valueLabel: t('programmes.chart.activities') }} />
        <BarChart title={t('programmes.chart.timeline')} locale={locale} categories={props.report.timeline.map((row) => row.period)}
          series={[{ key: 'activities', label: t('programmes.chart.activities'), className: 'series-case' }]}
          value={(_series, period) => props.report.timeline.find((row) => row.period === period)?.activities ?? 0}
          categoryLabel={t(props.report.timelineUnit === 'month' ? 'programmes.chart.month' : 'programmes.chart.year')} dataLabel={t('chart.show_data')} />
        <HorizontalBarChart title={t('programmes.chart.by_type')} locale={locale} className="series-legislation" categoryLabel={t('programmes.chart.type')}
          valueLabel={t('programmes.chart.activities')} dataLabel={t('chart.show_data')}
          bars={typeCategories.map((row) => ({ key: row.type, label: typeLabel(row.type), value: row.activities, href: links.activitiesOfType(row.type) }))} />
        <HorizontalBarChart title={t('programmes.chart.by_institution')} locale={locale} className="series-publication" categoryLabel={t('programmes.chart.institution')}
          valueLabel={t('programmes.chart.participants')} dataLabel={t('chart.show_data')}
          bars={props.report.byInstitution.map((row) => ({ key: row.institution, label: institutionLabel(row.institution), value: row.participants }))} />
      </section>

      <section class="outcome-figures">
        <h2>{t('programmes.outcome_figures')}</h2>
        <table class="data">
          <tbody>
            {OUTCOME_TYPES.map((type) => (
              <tr><th scope="row">{t(`programmes.outcome_type.${type}`)}</th>
                <td class="number"><a href={links.outcomes([type])}>{formatNumber(locale, figures.outcomes[type].quantity)}</a></td></tr>
            ))}
          </tbody>
        </table>
      </section>

      <section class="examples">
        <h2>{t('programmes.examples')}</h2>
        {props.report.examples.length ? (
          <ul class="example-list">
            {props.report.examples.map((example) => (
              <li class="example">
                <h3><a href={links.country(example.country)}>{countryName(example.country, geoLocale)}</a></h3>
                <p>{example.story}</p>
                <p class="meta">{`${t(`programmes.outcome_type.${example.type}`)} · ${formatDate(locale, example.date)}`}
                  {example.knowledgeRecord ? <> · <a href={`/knowledge/records/${example.knowledgeRecord}`}>{t('programmes.outcomes.law_link')}</a></> : null}</p>
              </li>
            ))}
          </ul>
        ) : <p>{t('programmes.examples_none')}</p>}
      </section>
    </div>
  );
}
