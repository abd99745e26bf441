import type { Locale } from '../i18n/i18n.ts';
import { formatNumber } from '../i18n/format.ts';
import { axisTicks } from './scale.ts';

export interface HorizontalBar { key: string; label: string; value: number; href?: string }

export interface HorizontalBarChartProps {
  title: string;
  locale: Locale;
  bars: HorizontalBar[];
  /** A colour class from app.css (e.g. series-case). */
  className: string;
  categoryLabel: string;
  valueLabel: string;
  /** The label of the data table's disclosure, e.g. t('chart.show_data'). */
  dataLabel: string;
  width?: number;
}

/**
 * One bar per category, laid out horizontally so that long category names stay readable; SVG
 * drawn on the server (printable, no script), with the same numbers in a table. A bar with an
 * href links to the records behind it.
 */
export function HorizontalBarChart(props: HorizontalBarChartProps) {
  const width = props.width ?? 640;
  const row = 22;
  const labelWidth = Math.round(width * 0.38);
  const margin = { top: 6, right: 56, bottom: 22 };
  const plotWidth = width - labelWidth - margin.right;
  const height = margin.top + margin.bottom + row * Math.max(1, props.bars.length);
  const { top, ticks } = axisTicks(Math.max(0, ...props.bars.map((bar) => bar.value)));
  const x = (value: number) => labelWidth + (value / top) * plotWidth;
  const format = (value: number) => formatNumber(props.locale, value);
  return (
    <figure class="chart horizontal-bars">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.title} xmlns="http://www.w3.org/2000/svg">
        {ticks.map((tick) => (
          <g class="tick">
            <line x1={x(tick)} x2={x(tick)} y1={margin.top} y2={height - margin.bottom} />
            <text x={x(tick)} y={height - 6} text-anchor="middle">{format(tick)}</text>
          </g>
        ))}
        {props.bars.map((bar, index) => {
          const y = margin.top + index * row;
          const shape = (
            <g>
              <text class="category" x={labelWidth - 6} y={y + row / 2 + 4} text-anchor="end">{bar.label}</text>
              <rect class={props.className} x={labelWidth} y={y + 3} width={Math.max(0, x(bar.value) - labelWidth)} height={row - 6}><title>{`${bar.label}: ${format(bar.value)}`}</title></rect>
              <text class="value" x={x(bar.value) + 4} y={y + row / 2 + 4}>{format(bar.value)}</text>
            </g>
          );
          return bar.href ? <a href={bar.href}>{shape}</a> : shape;
        })}
      </svg>
      <details class="chart-data">
        <summary>{props.dataLabel}</summary>
        <table>
          <thead><tr><th>{props.categoryLabel}</th><th>{props.valueLabel}</th></tr></thead>
          <tbody>{props.bars.map((bar) => <tr><td>{bar.label}</td><td>{format(bar.value)}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
