import type { Locale } from '../i18n/i18n.ts';
import { formatNumber } from '../i18n/format.ts';
import { axisTicks } from './scale.ts';

export interface LineSeries {
  key: string;
  label: string;
  /** A colour class from app.css, e.g. line-1 ... line-6. */
  className: string;
  /** One value per x label; null where there is none (the line breaks there). */
  values: (number | null)[];
}

export interface LineChartProps {
  title: string;
  locale: Locale;
  /** The points of the x axis in order, e.g. years. */
  xLabels: string[];
  series: LineSeries[];
  /** Header of the data table's first column, e.g. the translated word for year. */
  categoryLabel: string;
  /** The label of the data table's disclosure, the translated 'show the data'. */
  dataLabel: string;
  /** How a value is shown in tooltips and the table; the number by default. */
  format?: (value: number) => string;
  width?: number;
  height?: number;
}

/**
 * Trend lines in SVG, drawn on the server (printable, no script), with the same numbers in a
 * table beside them. A missing value breaks its line instead of being drawn as zero.
 */
export function LineChart(props: LineChartProps) {
  const width = props.width ?? 640;
  const height = props.height ?? 240;
  const margin = { top: 10, right: 14, bottom: 28, left: 44 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const format = props.format ?? ((value: number) => formatNumber(props.locale, value));
  const all = props.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const { top, ticks } = axisTicks(Math.max(0, ...all));
  const step = props.xLabels.length > 1 ? plotWidth / (props.xLabels.length - 1) : 0;
  const x = (index: number) => margin.left + (props.xLabels.length > 1 ? index * step : plotWidth / 2);
  const y = (value: number) => margin.top + plotHeight - (value / top) * plotHeight;
  const labelEvery = Math.ceil(props.xLabels.length / 12);
  return (
    <figure class="chart line-chart">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.title} xmlns="http://www.w3.org/2000/svg">
        {ticks.map((tick) => (
          <g class="tick">
            <line x1={margin.left} x2={width - margin.right} y1={y(tick)} y2={y(tick)} />
            <text x={margin.left - 4} y={y(tick) + 4} text-anchor="end">{formatNumber(props.locale, tick)}</text>
          </g>
        ))}
        {props.xLabels.map((label, index) => (index % labelEvery === 0 ? <text class="category" x={x(index)} y={height - 10} text-anchor="middle">{label}</text> : null))}
        {props.series.map((series) => (
          <g>
            {segments(series.values).map((segment) => (
              <polyline class={`line ${series.className}`} points={segment.map((index) => `${x(index).toFixed(1)},${y(series.values[index]!).toFixed(1)}`).join(' ')} />
            ))}
            {series.values.map((value, index) => (value === null ? null : (
              <circle class={`point ${series.className}`} cx={x(index).toFixed(1)} cy={y(value).toFixed(1)} r="3">
                <title>{`${props.xLabels[index]} · ${series.label}: ${format(value)}`}</title>
              </circle>
            )))}
          </g>
        ))}
      </svg>
      <ul class="legend">
        {props.series.map((series) => <li><span class={`swatch ${series.className}`}></span>{series.label}</li>)}
      </ul>
      <details class="chart-data">
        <summary>{props.dataLabel}</summary>
        <table>
          <thead><tr><th>{props.categoryLabel}</th>{props.series.map((series) => <th>{series.label}</th>)}</tr></thead>
          <tbody>
            {props.xLabels.map((label, index) => (
              <tr><td>{label}</td>{props.series.map((series) => <td>{series.values[index] === null ? '–' : format(series.values[index]!)}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Runs of consecutive indexes with a value, each drawn as one polyline. */
function segments(values: (number | null)[]): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (current.length) runs.push(current);
      current = [];
    } else {
      current.push(index);
    }
  });
  if (current.length) runs.push(current);
  return runs;
}
