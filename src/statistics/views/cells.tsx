import { displayCell } from '../disclosure.ts';
import { formatNumber } from '../../core/i18n/format.ts';
import type { Locale, Translate } from '../../core/i18n/i18n.ts';
import type { Grid, ProtectedCell, Series } from '../analysis/analysis.ts';

export const showCell = (locale: Locale, cell: ProtectedCell) => displayCell(cell.value, cell.status, (value) => formatNumber(locale, value));

/** The published count of a cell for a chart, or null when it is hidden (never drawn as zero). */
export const chartValue = (cell: ProtectedCell): number | null => (cell.status === 'published' ? cell.value.lo : null);

/** A share of a total as a percentage, with the range the bounds imply; hidden when either is hidden. */
export function shareText(locale: Locale, part: ProtectedCell, whole: ProtectedCell): string {
  if (part.status !== 'published' || whole.status !== 'published' || whole.value.hi === 0) return '–';
  const low = whole.value.hi ? (100 * part.value.lo) / whole.value.hi : 0;
  const high = whole.value.lo ? Math.min(100, (100 * part.value.hi) / whole.value.lo) : 100;
  const format = (value: number) => `${formatNumber(locale, Math.round(value))}%`;
  return Math.round(low) === Math.round(high) ? format(low) : `${format(low)}–${format(high)}`;
}

export function DownloadLinks(props: { t: Translate; table: string; query: string }) {
  return (
    <p class="downloads">
      {props.t('statistics.download')}{' '}
      <a href={`/statistics/tables/${props.table}.csv?${props.query}`}>CSV</a>{' · '}
      <a href={`/statistics/tables/${props.table}.xlsx?${props.query}`}>XLSX</a>
    </p>
  );
}

export function GridTable(props: { locale: Locale; caption: string; grid: Grid; rowLabel: (key: string) => string; columnLabel: (key: string) => string; totalLabel: string; corner: string }) {
  const { grid, locale } = props;
  return (
    <table class="data stats-table">
      <caption>{props.caption}</caption>
      <thead><tr><th scope="col">{props.corner}</th>{grid.columns.map((key) => <th scope="col">{props.columnLabel(key)}</th>)}<th scope="col">{props.totalLabel}</th></tr></thead>
      <tbody>
        {grid.rows.map((key, i) => (
          <tr><th scope="row">{props.rowLabel(key)}</th>{grid.cells[i].map((cell) => <td>{showCell(locale, cell)}</td>)}<td>{showCell(locale, grid.rowTotals[i])}</td></tr>
        ))}
        <tr class="total"><th scope="row">{props.totalLabel}</th>{grid.columnTotals.map((cell) => <td>{showCell(locale, cell)}</td>)}<td>{showCell(locale, grid.total)}</td></tr>
      </tbody>
    </table>
  );
}

export function SeriesTable(props: { locale: Locale; caption: string; series: Series; keyLabel: (key: string) => string; keyHeader: string; valueHeader: string; totalLabel?: string }) {
  const { series, locale } = props;
  return (
    <table class="data stats-table">
      <caption>{props.caption}</caption>
      <thead><tr><th scope="col">{props.keyHeader}</th><th scope="col">{props.valueHeader}</th></tr></thead>
      <tbody>
        {series.keys.map((key, k) => <tr><th scope="row">{props.keyLabel(key)}</th><td>{showCell(locale, series.cells[k])}</td></tr>)}
        {props.totalLabel ? <tr class="total"><th scope="row">{props.totalLabel}</th><td>{showCell(locale, series.total)}</td></tr> : null}
      </tbody>
    </table>
  );
}
