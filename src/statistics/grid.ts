/**
 * The grid of one indicator and breakdown: which rows (category x sex) and columns (ages) it has,
 * and the form fields <-> values mapping. A cell accepts a count, "<5", "not available" or
 * "not applicable"; empty means nothing entered.
 */
import type { FieldError } from '../core/errors.ts';
import { getCountry } from '../core/geo/countries.ts';
import { parseValueText, type StatValue } from './values.ts';
import {
  AGE_CODES, FORM_CODES, hasPersonBreakdown, INDICATOR_DIMENSIONS, OTHER_COUNTRY, OWN_COUNTRY, SEX_CODES,
  type AgeCode, type DimensionCode, type IndicatorCode, type SexCode,
} from './vocabulary.ts';

export interface GridSpec { indicator: IndicatorCode; dimension: DimensionCode }
export const NEW_COUNTRY_ROWS = 3;

export const ALL_GRIDS: GridSpec[] = (Object.entries(INDICATOR_DIMENSIONS) as [IndicatorCode, readonly DimensionCode[]][])
  .flatMap(([indicator, dimensions]) => dimensions.map((dimension) => ({ indicator, dimension })));

export function parseGridParam(value: string | undefined): GridSpec {
  const [indicator, dimension] = (value ?? '').split('.');
  return ALL_GRIDS.find((grid) => grid.indicator === indicator && grid.dimension === dimension) ?? ALL_GRIDS.find((grid) => grid.indicator === 'detected_victims')!;
}

export const gridParam = (grid: GridSpec) => `${grid.indicator}.${grid.dimension}`;

export function sexesOf(grid: GridSpec): readonly SexCode[] { return hasPersonBreakdown(grid.indicator) ? SEX_CODES : ['total']; }
export function agesOf(grid: GridSpec): readonly AgeCode[] { return hasPersonBreakdown(grid.indicator) ? AGE_CODES : ['total']; }

/** The categories a grid shows: fixed for totals and forms; for countries, those entered plus own/other. */
export function categoriesOf(grid: GridSpec, values: StatValue[]): string[] {
  if (grid.dimension === 'total') return ['total'];
  if (grid.dimension === 'form') return [...FORM_CODES];
  const entered = values.filter((value) => value.indicator === grid.indicator && value.dimension === grid.dimension).map((value) => value.category);
  const fixed = grid.dimension === 'citizenship' ? [OWN_COUNTRY, OTHER_COUNTRY] : [];
  return [...new Set([...fixed, ...entered.filter((category) => !fixed.includes(category)).sort()])];
}

export const cellField = (category: string, sex: string, age: string) => `v|${category}|${sex}|${age}`;
export const notesField = (category: string, sex: string) => `n|${category}|${sex}`;

/** The text a value shows in its grid cell. */
export function cellText(value: StatValue | undefined): string {
  if (!value) return '';
  switch (value.state) {
    case 'number': return String(value.value);
    case 'suppressed': return '<5';
    case 'not_available': return 'not available';
    case 'not_applicable': return 'not applicable';
  }
}

/** The values a submitted grid form holds, or the errors of its cells. */
export function valuesFromForm(grid: GridSpec, form: Record<string, string>, existing: StatValue[]): { values: StatValue[]; errors: FieldError[] } {
  const source = (form.source ?? '').trim().slice(0, 500);
  const values: StatValue[] = [];
  const errors: FieldError[] = [];
  const rows: { category: string; field: string }[] = categoriesOf(grid, existing).map((category) => ({ category, field: category }));
  if (grid.dimension === 'citizenship' || grid.dimension === 'repatriation') {
    for (let k = 0; k < NEW_COUNTRY_ROWS; k++) {
      const code = (form[`new_country_${k}`] ?? '').trim().toUpperCase();
      if (!code) continue;
      const country = getCountry(code);
      if (!country || country.historical) { errors.push({ field: `new_country_${k}`, message: 'error.not_allowed_value' }); continue; }
      if (rows.some((row) => row.category === country.iso3)) { errors.push({ field: `new_country_${k}`, message: 'statistics.error.duplicate_value' }); continue; }
      rows.push({ category: country.iso3, field: `new${k}` });
    }
  }
  for (const { category, field } of rows) {
    for (const sex of sexesOf(grid)) {
      const notes = (form[notesField(field, sex)] ?? '').trim().slice(0, 2000);
      for (const age of agesOf(grid)) {
        const name = cellField(field, sex, age);
        const parsed = parseValueText(form[name] ?? '');
        if (parsed === null) continue;
        if ('error' in parsed) { errors.push({ field: name, message: parsed.error, params: { value: form[name] ?? '' } }); continue; }
        values.push({ indicator: grid.indicator, dimension: grid.dimension, category, sex, age, state: parsed.state, value: parsed.value, source, notes });
      }
    }
  }
  return { values, errors };
}
