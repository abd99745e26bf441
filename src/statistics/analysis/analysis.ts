/**
 * What the Global Report shows, computed from published values only: detected victims by sex and
 * age, by form, trends, prosecutions and convictions, flows between regions, coverage and a map.
 * A "<5" input counts as 1 to 4, never as zero, so sums are intervals; every table that leaves
 * goes through disclosure control.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import { add, protectList, protectTable, ZERO, type CellStatus, type Interval } from '../disclosure.ts';
import { boundsOf } from '../values.ts';
import { INDICATOR_CODES, MAIN_FORM_CODES, OWN_COUNTRY, type IndicatorCode } from '../vocabulary.ts';
import { factsOf } from './country-year-facts.ts';
import { publishedCube, type CubeCountryYear } from './published-cube.ts';
import { inArea, regionOf, type Area } from './scope.ts';

export interface AnalysisRequest { area: Area; yearFrom: number; yearTo: number }

export interface ProtectedCell { value: Interval; status: CellStatus }
export interface Grid { rows: string[]; columns: string[]; cells: ProtectedCell[][]; rowTotals: ProtectedCell[]; columnTotals: ProtectedCell[]; total: ProtectedCell }
export interface Series { keys: string[]; cells: ProtectedCell[]; total: ProtectedCell }

export interface Analysis {
  request: AnalysisRequest;
  countries: number;
  /** Detected victims by sex (rows female, male) and age (columns minor, adult). */
  sexAge: Grid;
  forms: Series;
  /** Per year, detected victims, prosecuted and convicted (each series protected). */
  trends: { years: number[]; series: Record<'detected_victims' | 'prosecuted' | 'convicted', Series> };
  /** Prosecuted and convicted persons by sex. */
  justice: Grid;
  /** Detected victims from each origin region (rows; 'unknown' for other or unmapped) to each detection region (columns). */
  flows: Grid;
  domestic: ProtectedCell;
  transnational: ProtectedCell;
  /** How many countries reported each figure, per indicator and breakdown. */
  coverage: { indicator: IndicatorCode; total: number; bySex: number; byAge: number; byForm: number; byCitizenship: number }[];
  /** Detected victims per country over the years. */
  map: Series;
}

const REGIONS = ['002', '019', '142', '150', '009'];
export const UNKNOWN_ORIGIN = 'unknown';

const cellOf = (countryYear: CubeCountryYear, key: string): Interval | null => {
  const value = countryYear.values.get(key);
  return value ? boundsOf(value) : null;
};
const sumKey = (list: CubeCountryYear[], key: string): Interval => list.reduce((sum, cy) => add(sum, cellOf(cy, key) ?? ZERO), ZERO);

function grid(rows: string[], columns: string[], interior: Interval[][]): Grid {
  const table = protectTable(interior);
  const at = (i: number, j: number): ProtectedCell => ({ value: table.grid[i][j], status: table.status[i][j] });
  return {
    rows, columns,
    cells: rows.map((_, i) => columns.map((__, j) => at(i, j))),
    rowTotals: rows.map((_, i) => at(i, columns.length)),
    columnTotals: columns.map((_, j) => at(rows.length, j)),
    total: at(rows.length, columns.length),
  };
}

function series(keys: string[], values: Interval[]): Series {
  const protectedList = protectList(values);
  return {
    keys, cells: values.map((value, k) => ({ value, status: protectedList.status[k] })),
    total: { value: protectedList.total, status: protectedList.totalStatus },
  };
}

export async function analyse(db: Kysely<Database>, request: AnalysisRequest): Promise<Analysis> {
  const cube = await publishedCube(db);
  const selected = cube.filter((cy) => cy.year >= request.yearFrom && cy.year <= request.yearTo && inArea(request.area, cy.country, cy.isoMapped));
  const key = (indicator: string, dimension: string, category: string, sex: string, age: string) => `${indicator}|${dimension}|${category}|${sex}|${age}`;

  const sexAge = grid(['female', 'male'], ['minor', 'adult'], ['female', 'male'].map((sex) => ['minor', 'adult'].map((age) => sumKey(selected, key('detected_victims', 'total', 'total', sex, age)))));
  const forms = series([...MAIN_FORM_CODES], MAIN_FORM_CODES.map((form) => sumKey(selected, key('detected_victims', 'form', form, 'total', 'total'))));
  const years: number[] = [];
  for (let year = request.yearFrom; year <= request.yearTo; year++) years.push(year);
  const perYear = (indicator: string) => series(years.map(String), years.map((year) => sumKey(selected.filter((cy) => cy.year === year), key(indicator, 'total', 'total', 'total', 'total'))));
  const justice = grid(['prosecuted', 'convicted'], ['female', 'male'], ['prosecuted', 'convicted'].map((indicator) => ['female', 'male'].map((sex) => sumKey(selected, key(indicator, 'total', 'total', sex, 'total')))));

  // Flows: origin (citizenship) region to detection region.
  const origins = [...REGIONS, UNKNOWN_ORIGIN];
  const flow = origins.map(() => REGIONS.map(() => ZERO));
  let domestic = ZERO;
  let transnational = ZERO;
  for (const cy of selected) {
    const detection = REGIONS.indexOf(regionOf(cy.country) ?? '');
    for (const { category, bounds } of factsOf(cy).citizenship) {
      const originCountry = category === OWN_COUNTRY ? cy.country : category;
      if (originCountry === cy.country) domestic = add(domestic, bounds);
      else transnational = add(transnational, bounds);
      if (detection < 0) continue;
      const originRegion = /^[A-Z]{3}$/.test(originCountry) ? REGIONS.indexOf(regionOf(originCountry) ?? '') : -1;
      const row = originRegion >= 0 ? originRegion : origins.length - 1;
      flow[row][detection] = add(flow[row][detection], bounds);
    }
  }
  const shares = protectList([domestic, transnational]);

  const countries = new Set(selected.map((cy) => cy.country));
  // Coverage from the facts of each country-year: which countries reported each indicator and breakdown.
  const coverageSets = new Map(INDICATOR_CODES.map((indicator) => [indicator as string, { total: new Set<string>(), bySex: new Set<string>(), byAge: new Set<string>(), byForm: new Set<string>(), byCitizenship: new Set<string>() }]));
  for (const cy of selected) {
    for (const { indicator, kind } of factsOf(cy).coverage) coverageSets.get(indicator)?.[kind].add(cy.country);
  }
  const coverage = INDICATOR_CODES.map((indicator) => {
    const sets = coverageSets.get(indicator)!;
    return { indicator, total: sets.total.size, bySex: sets.bySex.size, byAge: sets.byAge.size, byForm: sets.byForm.size, byCitizenship: sets.byCitizenship.size };
  });

  const mapCountries = [...countries].filter((country) => /^[A-Z]{3}$/.test(country)).sort();
  const perCountry = new Map<string, Interval>();
  const totalKey = key('detected_victims', 'total', 'total', 'total', 'total');
  for (const cy of selected) perCountry.set(cy.country, add(perCountry.get(cy.country) ?? ZERO, cellOf(cy, totalKey) ?? ZERO));
  const map = series(mapCountries, mapCountries.map((country) => perCountry.get(country) ?? ZERO));

  return {
    request, countries: countries.size, sexAge, forms,
    trends: { years, series: { detected_victims: perYear('detected_victims'), prosecuted: perYear('prosecuted'), convicted: perYear('convicted') } },
    justice, flows: grid(origins, REGIONS, flow),
    domestic: { value: domestic, status: shares.status[0] }, transnational: { value: transnational, status: shares.status[1] },
    coverage, map,
  };
}

export const FLOW_REGIONS = REGIONS;
