import type { Locale } from '../i18n/i18n.ts';
import { formatNumber } from '../i18n/format.ts';
import { countryName } from '../geo/countries.ts';
import { raw } from 'hono/html';
import { mapGeometry } from './map-geometry.ts';

export interface MapCategory { key: string; label: string; className: string }

/** Either a number per country, shaded in five classes, or a category per country, coloured by category. */
export type WorldMapData =
  | { kind: 'scale'; values: ReadonlyMap<string, number>; valueLabel: string; format?: (value: number, iso3: string) => string }
  | { kind: 'category'; categoryOf: ReadonlyMap<string, string>; categories: MapCategory[]; valueLabel: string };

export interface WorldMapProps {
  title: string;
  locale: Locale;
  /** Keys are ISO 3166 alpha-3 codes; countries without an entry are drawn as "no data". */
  data: WorldMapData;
  /** Header of the data table's country column, e.g. the translated word for country. */
  countryLabel: string;
  /** The label of the data table's disclosure, the translated 'show the data'. */
  dataLabel: string;
  /** The legend entry for countries without data. */
  noDataLabel: string;
  /** Where a click on a country leads, if anywhere. */
  hrefOf?: (iso3: string) => string | undefined;
}

interface Shade { className: string; text: string }

/**
 * A world map in SVG, drawn on the server (printable, no script), with the same values in a
 * table beside it. Each country carries a tooltip with its name and value.
 */
export function WorldMap(props: WorldMapProps) {
  const geometry = mapGeometry();
  const name = (iso3: string) => countryName(iso3, props.locale);
  const { shadeOf, legend, rows } = props.data.kind === 'scale' ? scaleShading(props, props.data) : categoryShading(props.data);
  const noData: Shade = { className: 'map-nodata', text: props.noDataLabel };
  // The ~250 shapes are written as one string: as JSX elements they took most of a page's render time.
  const shapes = geometry.shapes.map(({ iso3, d }) => {
    const shade = shadeOf(iso3) ?? noData;
    return linked(props.hrefOf?.(iso3), `<path class="${escapeHtml(shade.className)}" d="${d}" data-iso3="${iso3}"><title>${escapeHtml(`${name(iso3)}: ${shade.text}`)}</title></path>`);
  });
  const dots = geometry.dots.map(({ iso3, x, y }) => {
    const shade = shadeOf(iso3);
    if (!shade) return '';
    return linked(props.hrefOf?.(iso3), `<circle class="${escapeHtml(shade.className)}" cx="${x}" cy="${y}" r="3" data-iso3="${iso3}"><title>${escapeHtml(`${name(iso3)}: ${shade.text}`)}</title></circle>`);
  });
  return (
    <figure class="chart world-map">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${geometry.width} ${geometry.height}`} role="img" aria-label={props.title} xmlns="http://www.w3.org/2000/svg">
        <rect class="map-sea" x="0" y="0" width={geometry.width} height={geometry.height} rx="8" />
        {raw(shapes.join('') + dots.join(''))}
      </svg>
      <ul class="legend">
        {legend.map((entry) => <li><span class={`swatch ${entry.className}`}></span>{entry.label}</li>)}
        <li><span class="swatch map-nodata"></span>{props.noDataLabel}</li>
      </ul>
      <details class="chart-data">
        <summary>{props.dataLabel}</summary>
        <table>
          <thead><tr><th>{props.countryLabel}</th><th>{props.data.valueLabel}</th></tr></thead>
          <tbody>
            {rows.map(({ iso3, text }) => <tr><td>{name(iso3)}</td><td>{text}</td></tr>)}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function linked(href: string | undefined, element: string): string {
  return href ? `<a href="${escapeHtml(href)}">${element}</a>` : element;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function scaleShading(props: WorldMapProps, data: Extract<WorldMapData, { kind: 'scale' }>) {
  const format = data.format ?? ((value: number) => formatNumber(props.locale, value));
  const breaks = classBreaks([...data.values.values()]);
  const classOf = (value: number) => `map-scale-${value <= 0 ? 0 : breaks.findIndex((upper) => value <= upper) + 1}`;
  const shadeOf = (iso3: string): Shade | undefined => {
    const value = data.values.get(iso3);
    return value === undefined ? undefined : { className: classOf(value), text: format(value, iso3) };
  };
  let lower = 0;
  const legend = breaks.map((upper, index) => {
    const label = lower + 1 >= upper ? formatNumber(props.locale, upper) : `${formatNumber(props.locale, lower + 1)}–${formatNumber(props.locale, upper)}`;
    lower = upper;
    return { className: `map-scale-${index + 1}`, label };
  });
  if ([...data.values.values()].some((value) => value <= 0)) legend.unshift({ className: 'map-scale-0', label: formatNumber(props.locale, 0) });
  const rows = [...data.values.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([iso3, value]) => ({ iso3, text: format(value, iso3) }));
  return { shadeOf, legend, rows };
}

function categoryShading(data: Extract<WorldMapData, { kind: 'category' }>) {
  const byKey = new Map(data.categories.map((category) => [category.key, category]));
  const shadeOf = (iso3: string): Shade | undefined => {
    const category = byKey.get(data.categoryOf.get(iso3) ?? '');
    return category && { className: category.className, text: category.label };
  };
  const order = new Map(data.categories.map((category, index) => [category.key, index]));
  const rows = [...data.categoryOf.entries()]
    .filter(([, key]) => byKey.has(key))
    .sort((a, b) => (order.get(a[1]) ?? 0) - (order.get(b[1]) ?? 0) || a[0].localeCompare(b[0]))
    .map(([iso3, key]) => ({ iso3, text: byKey.get(key)!.label }));
  return { shadeOf, legend: data.categories.map((category) => ({ className: category.className, label: category.label })), rows };
}

/**
 * Upper bounds of up to five classes holding about as many countries each (quantiles of the
 * positive values), so that one very large country does not leave all others in one shade.
 */
export function classBreaks(values: number[]): number[] {
  const positive = values.filter((value) => value > 0).sort((a, b) => a - b);
  if (!positive.length) return [];
  const breaks: number[] = [];
  for (let index = 1; index <= 5; index++) {
    const upper = positive[Math.min(positive.length - 1, Math.ceil((positive.length * index) / 5) - 1)];
    if (!breaks.length || upper > breaks[breaks.length - 1]) breaks.push(upper);
  }
  return breaks;
}
