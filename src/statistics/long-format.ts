/**
 * The long format in which UNODC publishes Global Report data: one row per value. This module maps
 * one row to a value and back; long-import.ts and long-export.ts read and write whole files.
 */
import { countryName, findCountryByName, getCountry } from '../core/geo/countries.ts';
import { parseValueText, valueToText, type StatValue } from './values.ts';
import {
  AGE_LABELS, ageFromLabel, CITIZENSHIP_CATEGORY_LABELS, citizenshipCategoryFromLabel, DIMENSION_LABELS, dimensionFromLabel, FORM_LABELS,
  formFromLabel, INDICATOR_LABELS, indicatorFromLabel, isFormCode, SEX_LABELS, sexFromLabel, type DimensionCode,
} from './vocabulary.ts';

export const LONG_COLUMNS = [
  'Iso3_code', 'Country', 'Region', 'Subregion', 'Indicator', 'Dimension', 'Category', 'Sex', 'Age', 'Year',
  'Unit of measurement', 'txtVALUE', 'Source',
] as const;
export type LongColumn = (typeof LONG_COLUMNS)[number];
export type LongRow = Record<LongColumn, string>;

/** Prefix of a category kept as its label because it maps to no code ("Abroad", a historical country). */
export const UNMAPPED_CATEGORY_PREFIX = '~';

export interface LongValue {
  country: string;
  isoMapped: boolean;
  countryName: string;
  region: string;
  subregion: string;
  year: number;
  value: StatValue;
}

export class LongRowError extends Error {
  constructor(readonly column: LongColumn, message: string, readonly params: Record<string, string | number> = {}) {
    super(message);
  }
}

/** The country key of a row: its current ISO3 code when it has one, else the code or name as given. */
export function countryOfRow(code: string, name: string): { country: string; isoMapped: boolean } {
  const iso3 = code.trim().toUpperCase();
  const byCode = /^[A-Z]{3}$/.test(iso3) ? getCountry(iso3) : undefined;
  if (byCode && byCode.iso3 === iso3) return { country: iso3, isoMapped: !byCode.historical };
  if (iso3) return { country: iso3, isoMapped: false };
  if (name.trim()) {
    const byName = findCountryByName(name);
    if (byName && !byName.historical) return { country: byName.iso3, isoMapped: true };
    return { country: name.trim(), isoMapped: false };
  }
  throw new LongRowError('Iso3_code', 'error.required');
}

/** The category code of a label in its dimension, or the label itself (prefixed, flagged) when nothing maps. */
export function categoryOfLabel(dimension: DimensionCode, label: string): { category: string; mapped: boolean } {
  const text = label.trim();
  if (!text) throw new LongRowError('Category', 'error.required');
  if (text.toLowerCase() === 'total') return { category: 'total', mapped: true };
  if (dimension === 'total') throw new LongRowError('Category', 'statistics.error.category_must_be_total');
  if (dimension === 'form') {
    const form = formFromLabel(text);
    return form ? { category: form, mapped: true } : { category: UNMAPPED_CATEGORY_PREFIX + text, mapped: false };
  }
  const special = citizenshipCategoryFromLabel(text);
  if (special) return { category: special, mapped: true };
  const country = findCountryByName(text) ?? (/^[A-Za-z]{3}$/.test(text) ? getCountry(text) : undefined);
  if (country && !country.historical) return { category: country.iso3, mapped: true };
  return { category: UNMAPPED_CATEGORY_PREFIX + text, mapped: false };
}

/** The label a category is written with when no label was kept from a file. */
export function categoryLabel(dimension: DimensionCode, category: string): string {
  if (category === 'total') return 'Total';
  if (category.startsWith(UNMAPPED_CATEGORY_PREFIX)) return category.slice(UNMAPPED_CATEGORY_PREFIX.length);
  if (dimension === 'form' && isFormCode(category)) return FORM_LABELS[category];
  if (CITIZENSHIP_CATEGORY_LABELS[category]) return CITIZENSHIP_CATEGORY_LABELS[category];
  return countryName(category, 'en');
}

/** One row of a long-format file as a value, or a LongRowError naming the column. */
export function parseLongRow(row: LongRow): LongValue {
  const indicator = indicatorFromLabel(row.Indicator);
  if (!indicator) throw new LongRowError('Indicator', row.Indicator.trim() ? 'statistics.error.unknown_indicator' : 'error.required', { value: row.Indicator });
  const dimension = dimensionFromLabel(row.Dimension);
  if (!dimension) throw new LongRowError('Dimension', row.Dimension.trim() ? 'statistics.error.unknown_dimension' : 'error.required', { value: row.Dimension });
  const sex = sexFromLabel(row.Sex);
  if (!sex) throw new LongRowError('Sex', row.Sex.trim() ? 'statistics.error.unknown_sex' : 'error.required', { value: row.Sex });
  const age = ageFromLabel(row.Age);
  if (!age) throw new LongRowError('Age', row.Age.trim() ? 'statistics.error.unknown_age' : 'error.required', { value: row.Age });
  const yearText = row.Year.trim();
  if (!/^\d{4}$/.test(yearText) || Number(yearText) < 1900 || Number(yearText) > 2200) throw new LongRowError('Year', 'statistics.error.year', { value: row.Year });
  if (!row.Country.trim()) throw new LongRowError('Country', 'error.required');
  const { country, isoMapped } = countryOfRow(row.Iso3_code, row.Country);
  const { category, mapped } = categoryOfLabel(dimension, row.Category);
  const parsed = parseValueText(row.txtVALUE);
  if (parsed === null) throw new LongRowError('txtVALUE', 'error.required');
  if ('error' in parsed) throw new LongRowError('txtVALUE', parsed.error, { value: row.txtVALUE });
  return {
    country, isoMapped, countryName: row.Country.trim(), region: row.Region.trim(), subregion: row.Subregion.trim(), year: Number(yearText),
    value: {
      indicator, dimension, category, sex, age, state: parsed.state, value: parsed.value, source: row.Source.trim(), notes: '',
      valueText: row.txtVALUE.trim(), categoryLabel: row.Category.trim(), categoryMapped: mapped, unit: row['Unit of measurement'].trim(),
    },
  };
}

/** A published value as a long-format row; texts kept from the imported file are written back unchanged. */
export function toLongRow(place: { country: string; countryName: string; region: string; subregion: string; year: number; isoMapped: boolean }, value: StatValue): LongRow {
  return {
    Iso3_code: place.isoMapped || /^[A-Z]{3}$/.test(place.country) ? place.country : '',
    Country: place.countryName,
    Region: place.region,
    Subregion: place.subregion,
    Indicator: INDICATOR_LABELS[value.indicator],
    Dimension: DIMENSION_LABELS[value.dimension],
    Category: value.categoryLabel ?? categoryLabel(value.dimension, value.category),
    Sex: SEX_LABELS[value.sex],
    Age: AGE_LABELS[value.age],
    Year: String(place.year),
    'Unit of measurement': value.unit ?? 'Counts',
    txtVALUE: value.valueText ?? valueToText(value),
    Source: value.source,
  };
}
