import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { WorldMap, classBreaks } from '../../../src/core/charts/world-map.tsx';
import { mapGeometry } from '../../../src/core/charts/map-geometry.ts';
import { LineChart } from '../../../src/core/charts/line-chart.tsx';

const render = (element: unknown) => String(element);

describe('world map', () => {
  it('draws the big countries as shapes and the small states as dots, each once', () => {
    const geometry = mapGeometry();
    const shapes = new Set(geometry.shapes.map((shape) => shape.iso3));
    const dots = new Set(geometry.dots.map((dot) => dot.iso3));
    for (const iso3 of ['BRA', 'NGA', 'ITA', 'MWI', 'NER', 'XKX']) assert.ok(shapes.has(iso3), iso3);
    for (const iso3 of ['PLW', 'COM', 'MLT', 'SGP']) assert.ok(dots.has(iso3), iso3);
    assert.ok(![...shapes].some((iso3) => dots.has(iso3)));
    assert.ok(geometry.shapes.length > 160 && geometry.shapes.length + geometry.dots.length > 220);
  });

  it('shades countries by value in classes, lists them in its table, and links them', () => {
    const svg = render(WorldMap({
      title: 'Detected victims', locale: 'en', countryLabel: 'Country', dataLabel: 'Show data', noDataLabel: 'No data',
      data: { kind: 'scale', values: new Map([['BRA', 500], ['NGA', 20], ['PLW', 3], ['ITA', 0]]), valueLabel: 'Victims' },
      hrefOf: (iso3) => `/statistics/countries/${iso3}`,
    }));
    assert.match(svg, /<path class="map-scale-\d" d="m[^"]+" data-iso3="BRA"><title>Brazil: 500<\/title>/);
    assert.match(svg, /<circle class="map-scale-\d" cx="[\d.]+" cy="[\d.]+" r="3" data-iso3="PLW">/);
    assert.match(svg, /data-iso3="ITA"><title>Italy: 0<\/title>/);
    assert.match(svg, /class="map-scale-0" d="[^"]+" data-iso3="ITA"/);
    assert.match(svg, /class="map-nodata" d="[^"]+" data-iso3="FRA"/);
    assert.match(svg, /<a href="\/statistics\/countries\/BRA"><path/);
    // The table lists the countries with data, largest first.
    const table = svg.slice(svg.indexOf('<tbody>'));
    assert.ok(table.indexOf('Brazil') < table.indexOf('Nigeria') && table.indexOf('Nigeria') < table.indexOf('Palau'));
    assert.ok(!table.includes('France'));
  });

  it('colours countries by category', () => {
    const svg = render(WorldMap({
      title: 'Parties', locale: 'fr', countryLabel: 'Pays', dataLabel: 'Données', noDataLabel: 'Sans données',
      data: { kind: 'category', valueLabel: 'Statut', categoryOf: new Map([['COM', 'party'], ['FRA', 'party'], ['BRA', 'signatory']]), categories: [{ key: 'party', label: 'Partie', className: 'status-party' }, { key: 'signatory', label: 'Signataire', className: 'status-signatory' }] },
    }));
    assert.match(svg, /class="status-party" d="[^"]+" data-iso3="FRA"><title>France: Partie<\/title>/);
    assert.match(svg, /<circle class="status-party"[^>]+data-iso3="COM"/);
    assert.match(svg, /class="status-signatory" d="[^"]+" data-iso3="BRA"/);
  });

  it('puts about as many countries in each class', () => {
    assert.deepEqual(classBreaks([0, 0]), []);
    assert.deepEqual(classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), [2, 4, 6, 8, 10]);
    assert.deepEqual(classBreaks([5, 5, 5, 1000]), [5, 1000]);
  });
});

describe('line chart', () => {
  it('breaks a line where a value is missing, and shows a dash in the table', () => {
    const svg = render(LineChart({
      title: 'Trend', locale: 'en', xLabels: ['2018', '2019', '2020', '2021'], categoryLabel: 'Year', dataLabel: 'Data',
      series: [{ key: 'f', label: 'Female', className: 'line-1', values: [10, 12, null, 30] }],
    }));
    assert.equal((svg.match(/<polyline/g) ?? []).length, 2);
    assert.equal((svg.match(/<circle/g) ?? []).length, 3);
    assert.match(svg, /<title>2021 · Female: 30<\/title>/);
    assert.match(svg, /<tr><td>2020<\/td><td>–<\/td><\/tr>/);
  });
});

describe('map paths', () => {
  it('are rewritten relative, dropping repeated points, and close each ring where it began', async () => {
    const { compactPath } = await import('../../../src/core/charts/map-geometry.ts');
    assert.equal(compactPath('M10,20L13,24L13,24L9,22ZM100,100L101,99Z'), 'm10,20 3,4-4,-2zm90,80 1,-1z');
    assert.equal(compactPath(''), '');
  });
});
