import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { ErrorSummary } from '../../core/http/components.tsx';
import type { FieldError } from '../../core/errors.ts';
import { formatDate, formatNumber } from '../../core/i18n/format.ts';
import { listCountries, sortByName } from '../../core/geo/countries.ts';
import type { RequestRow } from '../repository.ts';
import { CRIME_TYPES, REQUEST_KINDS, STATUSES } from '../vocabulary.ts';
import { DeadlineMark } from './deadline.tsx';
import { corridorLabel, countryLabel, crimeLabel, fieldLabels, kindLabel, statusLabel } from './labels.ts';

export interface ListPageProps {
  state: RequestState;
  query: Record<string, string>;
  errors: FieldError[];
  total: number;
  page: number;
  pageSize: number;
  rows: RequestRow[];
  today: string;
  canCreate: boolean;
}

/** The requests the user may see, filtered, newest change first, with CSV/XLSX exports of the same filter. */
export function ListPage(props: ListPageProps) {
  const { t, locale } = props.state;
  const { query } = props;
  const labels = fieldLabels(t);
  const queryWith = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...query, ...changes })) if (value) params.set(key, value);
    const text = params.toString();
    return text ? `?${text}` : '';
  };
  const select = (name: string, options: { value: string; label: string }[]) => (
    <label>{name === 'status' ? t('cooperation.field.status') : labels[name] ?? t(`cooperation.filter.${name}`)}
      <select name={name}>
        <option value="">{t('cooperation.filter.any')}</option>
        {options.map((option) => <option value={option.value} selected={query[name] === option.value}>{option.label}</option>)}
      </select>
    </label>
  );
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  return (
    <Layout state={props.state} title={t('cooperation.list.title')} wide>
      <p><a href="/cooperation">{t('cooperation.dashboard.title')}</a></p>
      <h1>{t('cooperation.list.title')}</h1>
      {props.canCreate ? <p><a class="button primary" href="/cooperation/requests/new">{t('cooperation.new.title')}</a></p> : null}
      <ErrorSummary t={t} errors={props.errors} labels={{ ...labels, country: t('cooperation.filter.country') }} />
      <form method="get" action="/cooperation/requests" class="filters" role="search">
        <label>{t('cooperation.filter.q')}<input type="search" name="q" value={query.q ?? ''} /></label>
        {select('status', [
          { value: 'open', label: t('cooperation.filter.open') }, { value: 'closed', label: t('cooperation.filter.closed') },
          ...STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) })),
        ])}
        {select('kind', REQUEST_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) })))}
        {select('crimeType', CRIME_TYPES.map((crime) => ({ value: crime, label: crimeLabel(t, crime) })))}
        {select('direction', [{ value: 'outgoing', label: t('cooperation.filter.outgoing') }, { value: 'incoming', label: t('cooperation.filter.incoming') }])}
        {select('country', sortByName(listCountries(), locale).map((country) => ({ value: country.iso3, label: countryLabel(locale, country.iso3) })))}
        {select('deadline', [{ value: 'overdue', label: t('cooperation.deadline.overdue') }, { value: 'due_soon', label: t('cooperation.deadline.due_soon') }])}
        {query.from ? <input type="hidden" name="from" value={query.from} /> : null}
        {query.to ? <input type="hidden" name="to" value={query.to} /> : null}
        <button type="submit">{t('cooperation.filter.apply')}</button>
      </form>
      {query.from || query.to ? (
        <p>{t('cooperation.filter.corridor', { corridor: corridorLabel(locale, query.from || '…', query.to || '…') })} <a href={`/cooperation/requests${queryWith({ from: undefined, to: undefined, page: undefined })}`}>{t('cooperation.filter.clear_corridor')}</a></p>
      ) : null}
      <p data-testid="result-count">{t('cooperation.list.count', { count: formatNumber(locale, props.total) })}{' '}
        <a href={`/cooperation/requests/export.csv${queryWith({ page: undefined })}`}>{t('cooperation.list.export_csv')}</a>{' · '}
        <a href={`/cooperation/requests/export.xlsx${queryWith({ page: undefined })}`}>{t('cooperation.list.export_xlsx')}</a>
      </p>
      {props.rows.length ? (
        <table data-testid="requests">
          <thead><tr>
            <th>{t('cooperation.list.number')}</th><th>{labels.subject}</th><th>{t('cooperation.dashboard.corridor')}</th><th>{labels.kind}</th>
            <th>{labels.crimeType}</th><th>{t('cooperation.field.status')}</th><th>{t('cooperation.field.sentOn')}</th><th>{labels.dueOn}</th>
          </tr></thead>
          <tbody>
            {props.rows.map((row) => (
              <tr>
                <td>{row.id}</td>
                <td><a href={`/cooperation/requests/${row.id}`}>{row.subject}</a>{row.sample ? <> <span class="badge sample">{t('cooperation.sample')}</span></> : null}</td>
                <td>{corridorLabel(locale, row.requesting_country, row.requested_country)}</td>
                <td>{kindLabel(t, row.kind)}</td><td>{crimeLabel(t, row.crime_type)}</td><td>{statusLabel(t, row.status)}</td>
                <td>{row.sent_on ? formatDate(locale, row.sent_on) : '—'}</td>
                <td>{row.due_on ? formatDate(locale, row.due_on) : '—'} <DeadlineMark t={t} status={row.status} dueOn={row.due_on} today={props.today} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p>{t('cooperation.list.none')}</p>}
      {pages > 1 ? (
        <nav class="pager" aria-label={t('pager.label')}>
          {props.page > 1 ? <a href={`/cooperation/requests${queryWith({ page: String(props.page - 1) })}`}>{t('pager.previous')}</a> : null}
          <span>{t('pager.page', { page: props.page })}</span>
          {props.page < pages ? <a href={`/cooperation/requests${queryWith({ page: String(props.page + 1) })}`}>{t('pager.next')}</a> : null}
        </nav>
      ) : null}
    </Layout>
  );
}
