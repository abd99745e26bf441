import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { BarChart } from '../../core/charts/bar-chart.tsx';
import { formatDate, formatNumber } from '../../core/i18n/format.ts';
import type { Dashboard, DeadlineItem } from '../dashboard.ts';
import { OPEN_STATUSES } from '../vocabulary.ts';
import { corridorLabel, kindLabel, statusLabel } from './labels.ts';

const CHART_CORRIDORS = 12;
/** Corridors in the table unless all are asked for (an admin sees up to one per pair of countries). */
const TABLE_CORRIDORS = 30;

/** Open requests by corridor, the median time to answer, and the deadlines to watch. */
export function DashboardPage(props: { state: RequestState; dashboard: Dashboard; canCreate: boolean; allCorridors: boolean }) {
  const { t, locale } = props.state;
  const { dashboard } = props;
  const number = (value: number) => formatNumber(locale, value);
  const days = (value: number | null) => (value === null ? '—' : t('cooperation.dashboard.days', { days: formatNumber(locale, value, { maximumFractionDigits: 1 }) }));
  const open = OPEN_STATUSES.reduce((sum, status) => sum + dashboard.byStatus[status], 0);
  const charted = dashboard.corridors.filter((corridor) => corridor.open > 0).slice(0, CHART_CORRIDORS);
  const code = (corridor: { requestingCountry: string; requestedCountry: string }) => `${corridor.requestingCountry}→${corridor.requestedCountry}`;
  const byCode = new Map(charted.map((corridor) => [code(corridor), corridor]));
  const listed = props.allCorridors ? dashboard.corridors : dashboard.corridors.slice(0, TABLE_CORRIDORS);
  return (
    <Layout state={props.state} title={t('cooperation.dashboard.title')} wide>
      <h1>{t('cooperation.dashboard.title')}</h1>
      <p class="hint">{t('cooperation.dashboard.intro', { date: formatDate(locale, dashboard.today) })}</p>
      <p class="pager">
        <a class="button" href="/cooperation/requests">{t('cooperation.list.title')}</a>
        {props.canCreate ? <a class="button primary" href="/cooperation/requests/new">{t('cooperation.new.title')}</a> : null}
      </p>
      <ul class="cards" data-testid="dashboard-figures">
        <li class="card"><h2>{t('cooperation.dashboard.open')}</h2><p class="big" data-testid="figure-open"><a href="/cooperation/requests?status=open">{number(open)}</a></p></li>
        <li class="card"><h2>{t('cooperation.dashboard.overdue')}</h2><p class="big" data-testid="figure-overdue"><a href="/cooperation/requests?deadline=overdue">{number(dashboard.overdueCount)}</a></p></li>
        <li class="card"><h2>{t('cooperation.dashboard.due_soon')}</h2><p class="big" data-testid="figure-due-soon"><a href="/cooperation/requests?deadline=due_soon">{number(dashboard.dueSoonCount)}</a></p></li>
        <li class="card"><h2>{t('cooperation.dashboard.median')}</h2><p class="big" data-testid="figure-median">{days(dashboard.medianDaysToAnswer)}</p>
          <p>{t('cooperation.dashboard.answered', { count: number(dashboard.answered) })}</p></li>
        <li class="card"><h2>{t('cooperation.status.drafted')}</h2><p class="big" data-testid="figure-drafted"><a href="/cooperation/requests?status=drafted">{number(dashboard.byStatus.drafted)}</a></p></li>
      </ul>
      <section aria-labelledby="corridors-heading">
        <h2 id="corridors-heading">{t('cooperation.dashboard.corridors')}</h2>
        {charted.length ? (
          <BarChart title={t('cooperation.dashboard.chart_title')} locale={locale} categories={charted.map(code)}
            series={[{ key: 'overdue', label: t('cooperation.dashboard.overdue'), className: 'series-overdue' }, { key: 'on_time', label: t('cooperation.dashboard.on_time'), className: 'series-on-time' }]}
            value={(series, category) => { const corridor = byCode.get(category); return !corridor ? 0 : series === 'overdue' ? corridor.overdue : corridor.open - corridor.overdue; }}
            categoryLabel={t('cooperation.dashboard.corridor')} dataLabel={t('chart.show_data')} />
        ) : null}
        {dashboard.corridors.length ? (
          <table data-testid="corridors">
            <thead><tr><th>{t('cooperation.dashboard.corridor')}</th><th>{t('cooperation.dashboard.open')}</th><th>{t('cooperation.dashboard.overdue')}</th>
              <th>{t('cooperation.dashboard.answered_column')}</th><th>{t('cooperation.dashboard.median')}</th></tr></thead>
            <tbody>
              {listed.map((corridor) => (
                <tr>
                  <td><a href={`/cooperation/requests?from=${corridor.requestingCountry}&to=${corridor.requestedCountry}`}>{corridorLabel(locale, corridor.requestingCountry, corridor.requestedCountry)}</a></td>
                  <td>{number(corridor.open)}</td><td>{number(corridor.overdue)}</td><td>{number(corridor.answered)}</td><td>{days(corridor.medianDaysToAnswer)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : <p>{t('cooperation.dashboard.no_requests')}</p>}
        {listed.length < dashboard.corridors.length
          ? <p><a href="/cooperation?corridors=all">{t('cooperation.dashboard.all_corridors', { count: formatNumber(locale, dashboard.corridors.length) })}</a></p> : null}
      </section>
      <DeadlineTable state={props.state} id="overdue" title={t('cooperation.dashboard.overdue_list')} items={dashboard.overdue} total={dashboard.overdueCount} more="/cooperation/requests?deadline=overdue" />
      <DeadlineTable state={props.state} id="due-soon" title={t('cooperation.dashboard.due_soon_list')} items={dashboard.dueSoon} total={dashboard.dueSoonCount} more="/cooperation/requests?deadline=due_soon" />
    </Layout>
  );
}

function DeadlineTable(props: { state: RequestState; id: string; title: string; items: DeadlineItem[]; total: number; more: string }) {
  const { t, locale } = props.state;
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.items.length ? (
        <table data-testid={props.id}>
          <thead><tr><th>{t('cooperation.field.dueOn')}</th><th>{t('cooperation.field.subject')}</th><th>{t('cooperation.dashboard.corridor')}</th><th>{t('cooperation.field.kind')}</th><th>{t('cooperation.field.status')}</th></tr></thead>
          <tbody>
            {props.items.map((item) => (
              <tr>
                <td>{formatDate(locale, item.dueOn)}</td>
                <td><a href={`/cooperation/requests/${item.id}`}>{item.subject}</a>{item.sample ? <> <span class="badge sample">{t('cooperation.sample')}</span></> : null}</td>
                <td>{corridorLabel(locale, item.requestingCountry, item.requestedCountry)}</td>
                <td>{kindLabel(t, item.kind)}</td><td>{statusLabel(t, item.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>{t('cooperation.dashboard.none')}</p>}
      {props.total > props.items.length ? <p><a href={props.more}>{t('cooperation.dashboard.see_all', { count: formatNumber(locale, props.total) })}</a></p> : null}
    </section>
  );
}
