import type { DownloadTable } from '../../core/files/write-table.ts';
import { countryName, regionName } from '../../core/geo/countries.ts';
import type { Locale, Translate } from '../../core/i18n/i18n.ts';
import { displayCell } from '../disclosure.ts';
import { UNKNOWN_ORIGIN, type Analysis, type Grid, type ProtectedCell, type Series } from './analysis.ts';
import { areaParam } from './scope.ts';

export const TABLE_NAMES = ['sex-age', 'forms', 'trends', 'justice', 'flows', 'countries', 'coverage'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** A protected cell in a file: the count, its bounds, "<5" or "x", exactly as the page shows it (no locale grouping). */
const text = (cell: ProtectedCell) => displayCell(cell.value, cell.status, String);

function gridRows(grid: Grid, rowLabel: (key: string) => string, totalLabel: string) {
  const rows = grid.rows.map((key, i) => ({ key: rowLabel(key), ...Object.fromEntries(grid.columns.map((column, j) => [column, text(grid.cells[i][j])])), total: text(grid.rowTotals[i]) }));
  rows.push({ key: totalLabel, ...Object.fromEntries(grid.columns.map((column, j) => [column, text(grid.columnTotals[j])])), total: text(grid.total) });
  return rows;
}

function seriesRows(series: Series, label: (key: string) => string, totalLabel?: string) {
  const rows = series.keys.map((key, k) => ({ key: label(key), value: text(series.cells[k]) }));
  if (totalLabel) rows.push({ key: totalLabel, value: text(series.total) });
  return rows;
}

/** One analysis table as a download: the same cells, with the same disclosure control, as the page. */
export function analysisTable(analysis: Analysis, name: TableName, t: Translate, locale: Locale): DownloadTable {
  const { request } = analysis;
  const filename = `statistics-${name}-${areaParam(request.area)}-${request.yearFrom}-${request.yearTo}`;
  const total = t('statistics.total');
  const region = (key: string) => (key === UNKNOWN_ORIGIN ? t('statistics.flows.unknown_origin') : regionName(key, locale));
  switch (name) {
    case 'sex-age':
      return { filename, columns: [{ key: 'key', label: t('statistics.sex') }, ...analysis.sexAge.columns.map((key) => ({ key, label: t(`statistics.age.${key}`) })), { key: 'total', label: total }],
        rows: gridRows(analysis.sexAge, (key) => t(`statistics.sex.${key}`), total) };
    case 'justice':
      return { filename, columns: [{ key: 'key', label: t('statistics.indicator') }, ...analysis.justice.columns.map((key) => ({ key, label: t(`statistics.sex.${key}`) })), { key: 'total', label: total }],
        rows: gridRows(analysis.justice, (key) => t(`statistics.indicator.${key}`), total) };
    case 'flows':
      return { filename, columns: [{ key: 'key', label: t('statistics.origin_detection') }, ...analysis.flows.columns.map((key) => ({ key, label: region(key) })), { key: 'total', label: total }],
        rows: gridRows(analysis.flows, region, total) };
    case 'forms':
      return { filename, columns: [{ key: 'key', label: t('statistics.form') }, { key: 'value', label: t('statistics.victims') }], rows: seriesRows(analysis.forms, (key) => t(`statistics.form.${key}`), total) };
    case 'countries':
      return { filename, columns: [{ key: 'iso3', label: 'ISO3' }, { key: 'key', label: t('statistics.country') }, { key: 'value', label: t('statistics.victims') }],
        rows: analysis.map.keys.map((iso3, k) => ({ iso3, key: countryName(iso3, locale), value: text(analysis.map.cells[k]) })) };
    case 'trends':
      return {
        filename,
        columns: [{ key: 'year', label: t('statistics.year') }, ...(['detected_victims', 'prosecuted', 'convicted'] as const).map((key) => ({ key, label: t(`statistics.indicator.${key}`) }))],
        rows: analysis.trends.years.map((year, k) => ({ year: String(year), ...Object.fromEntries((['detected_victims', 'prosecuted', 'convicted'] as const).map((key) => [key, text(analysis.trends.series[key].cells[k])])) })),
      };
    case 'coverage':
      return {
        filename,
        columns: [{ key: 'indicator', label: t('statistics.indicator') }, ...(['total', 'bySex', 'byAge', 'byForm', 'byCitizenship'] as const).map((key) => ({ key, label: t(`statistics.coverage.${key.replace(/[A-Z]/, (c) => `_${c.toLowerCase()}`).replace('by_', 'by_')}`) }))],
        rows: analysis.coverage.map((row) => ({ ...row, indicator: t(`statistics.indicator.${row.indicator}`) })),
      };
  }
}

/** The analysis as JSON for the API: a hidden cell carries its mark only, never its value. */
export function analysisJson(analysis: Analysis): unknown {
  return JSON.parse(JSON.stringify(analysis, (_key, value: unknown) => {
    if (value && typeof value === 'object' && 'status' in value && 'value' in value) {
      const cell = value as ProtectedCell;
      return cell.status === 'published' ? { status: 'published', lo: cell.value.lo, hi: cell.value.hi } : { status: cell.status, display: cell.status === 'small' ? '<5' : 'x' };
    }
    return value;
  }));
}
