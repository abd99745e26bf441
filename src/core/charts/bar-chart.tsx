import type { Locale } from '../i18n/i18n.ts';
import { formatNumber } from '../i18n/format.ts';
import { axisTicks } from './scale.ts';

export interface BarSeries { key: string; label: string; className: string }
export interface BarChartProps {
  title: string;
  categories: string[];
  series: BarSeries[];
  /** value of series at category */
  value: (series: string, category: string) => number;
  locale: Locale;
  categoryLabel: string;
  /** The label of the data table's disclosure, e.g. t('chart.show_data'). */
  dataLabel: string;
  width?: number;
  height?: number;
}

/**
 * A stacked bar chart in SVG, drawn on the server (printable, no script), with the same
 * numbers in a table beside it for screen readers and for copying.
 */
export function BarChart(props: BarChartProps) {
  const width = props.width ?? 640;
  const height = props.height ?? 220;
  const margin = { top: 10, right: 10, bottom: 28, left: 36 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const totals = props.categories.map((category) => props.series.reduce((sum, series) => sum + props.value(series.key, category), 0));
  const { top, ticks } = axisTicks(Math.max(0, ...totals));
  const band = plotWidth / Math.max(1, props.categories.length);
  const barWidth = Math.max(2, band * 0.7);
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;
  const labelEvery = Math.ceil(props.categories.length / 12);
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.title} xmlns="http://www.w3.org/2000/svg">
        {ticks.map((tick) => (
          <g class="tick">
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
            <text x={margin.left - 4} y={y(tick) + 4} text-anchor="end">{formatNumber(props.locale, tick)}</text>
          </g>
        ))}
        {props.categories.map((category, index) => {
          let base = 0;
          const x = margin.left + index * band + (band - barWidth) / 2;
          return (
            <g>
              {props.series.map((series) => {
                const value = props.value(series.key, category);
                const rect = <rect class={series.className} x={x} width={barWidth} y={y(base + value)} height={Math.max(0, y(base) - y(base + value))}><title>{`${category} · ${series.label}: ${value}`}</title></rect>;
                base += value;
                return value ? rect : null;
              })}
              {index % labelEvery === 0 ? <text class="category" x={x + barWidth / 2} y={height - 10} text-anchor="middle">{category}</text> : null}
            </g>
          );
        })}
      </svg>
      <ul class="legend">
        {props.series.map((series) => <li><span class={`swatch ${series.className}`}></span>{series.label}</li>)}
      </ul>
      <details class="chart-data">
        <summary>{props.dataLabel}</summary>
        <table>
          <thead><tr><th>{props.categoryLabel}</th>{props.series.map((series) => <th>{series.label}</th>)}</tr></thead>
          <tbody>
            {props.categories.map((category) => (
              <tr><td>{category}</td>{props.series.map((series) => <td>{formatNumber(props.locale, props.value(series.key, category))}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

