import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { Notice } from '../../core/http/components.tsx';
import { formatNumber } from '../../core/i18n/format.ts';
import { LineChart } from '../../core/charts/line-chart.tsx';
import type { TreatyStatus } from '../status.ts';
import { DateForm } from './common.tsx';
import { treatyFullName, treatyLabel } from './labels.ts';

export function TreatiesIndexPage(props: { state: RequestState; date: string; dateError?: string; statuses: TreatyStatus[]; canAdd: boolean; canEdit: boolean; notice?: string }) {
  const { t, locale } = props.state;
  const illustrative = props.statuses.reduce((sum, status) => sum + status.illustrativeEvents, 0);
  return (
    <Layout state={props.state} title={t('treaties.title')}>
      <h1>{t('treaties.title')}</h1>
      {props.notice ? <Notice kind="success">{t(`treaties.notice.${props.notice}`)}</Notice> : null}
      <p class="lead">{t('treaties.intro')}</p>
      <DateForm t={t} action="/treaties" date={props.date} error={props.dateError} />
      {illustrative ? <Notice kind="warning">{t('treaties.illustrative_notice', { count: illustrative })}</Notice> : null}
      <table class="treaties">
        <thead><tr><th>{t('treaties.treaty')}</th><th>{t('treaties.code')}</th><th>{t('treaties.parties_on', { date: props.date })}</th></tr></thead>
        <tbody>
          {props.statuses.map((status) => (
            <tr>
              <td><a href={`/treaties/${status.treaty.code}?date=${props.date}`}>{treatyLabel(t, status.treaty)}</a><br /><span class="hint">{treatyFullName(t, status.treaty)}</span></td>
              <td><code>{status.treaty.code}</code></td>
              <td data-testid={`count-${status.treaty.code}`}>{formatNumber(locale, status.parties.length)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TimelineOfAll t={t} locale={locale} statuses={props.statuses} />
      {props.canEdit || props.canAdd ? (
        <section>
          <h2>{t('treaties.manage')}</h2>
          <ul>
            {props.canAdd ? <li><a href="/treaties/new">{t('treaties.add_treaty')}</a></li> : null}
            {props.canEdit ? <li><a href="/treaties/import">{t('treaties.import.title')}</a></li> : null}
          </ul>
        </section>
      ) : null}
      <p>{t('treaties.download_all')} <a href="/treaties/export.csv" download>CSV</a> · <a href="/treaties/export.xlsx" download>XLSX</a></p>
    </Layout>
  );
}

/** Parties at the end of each year, one line per treaty (six at most, the first in the list). */
function TimelineOfAll(props: { t: RequestState['t']; locale: RequestState['locale']; statuses: TreatyStatus[] }) {
  const shown = props.statuses.filter((status) => status.perYear.length > 1).slice(0, 6);
  if (!shown.length) return null;
  const first = Math.min(...shown.map((status) => status.perYear[0].year));
  const last = Math.max(...shown.map((status) => status.perYear[status.perYear.length - 1].year));
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  return (
    <LineChart title={props.t('treaties.timeline_title')} locale={props.locale} xLabels={years.map(String)} categoryLabel={props.t('treaties.year')} dataLabel={props.t('chart.show_data')}
      series={shown.map((status, index) => ({
        key: status.treaty.code, label: treatyLabel(props.t, status.treaty), className: `line-${index + 1}`,
        values: years.map((year) => status.perYear.find((row) => row.year === year)?.count ?? 0),
      }))} />
  );
}
