import type { ValueState } from './tables.ts';
import type { AgeCode, DimensionCode, IndicatorCode, SexCode } from './vocabulary.ts';

export type { ValueState };
export const VALUE_STATES: readonly ValueState[] = ['number', 'not_available', 'not_applicable', 'suppressed'];

/** The position of a value in a country-year's questionnaire. */
export interface CellKey {
  indicator: IndicatorCode;
  dimension: DimensionCode;
  category: string;
  sex: SexCode;
  age: AgeCode;
}

/** One value of a country-year: its state (zero is a number), source (agency) and notes. */
export interface StatValue extends CellKey {
  state: ValueState;
  value: number | null;
  source: string;
  notes: string;
  /** The text as read from a long-format file, kept so that an export writes it back unchanged. */
  valueText?: string | null;
  /** The category as the file named it (a country name) and whether it maps to a code. */
  categoryLabel?: string | null;
  categoryMapped?: boolean;
  unit?: string;
}

export const keyOf = (cell: CellKey): string => `${cell.indicator}|${cell.dimension}|${cell.category}|${cell.sex}|${cell.age}`;

/** Suppressed small counts are between 1 and 4: what "<5" implies. */
export const SUPPRESSED_MIN = 1;
export const SUPPRESSED_MAX = 4;
/** More than this for one country-year is not a plausible count of persons or offences. */
export const MAX_PLAUSIBLE = 10_000_000;

export type ParsedValue = { state: ValueState; value: number | null } | { error: string } | null;

const NOT_AVAILABLE = new Set(['not available', 'na', 'n.a.', '..', 'n/d']);
const NOT_APPLICABLE = new Set(['not applicable', 'n.app.', 'x']);

/**
 * A value as typed in a grid cell, a template or a long-format file: a count (thousands separated
 * by commas or spaces: `1,282`), `<5`, or the words for not available / not applicable.
 * Empty is null (nothing entered); anything else is an error key.
 */
export function parseValueText(input: string): ParsedValue {
  const text = input.trim();
  if (text === '') return null;
  if (/^<\s*5$/.test(text)) return { state: 'suppressed', value: null };
  const lower = text.toLowerCase();
  if (NOT_AVAILABLE.has(lower)) return { state: 'not_available', value: null };
  if (NOT_APPLICABLE.has(lower)) return { state: 'not_applicable', value: null };
  if (/^\d+$/.test(text) || /^\d{1,3}(,\d{3})+$/.test(text) || /^\d{1,3}([  \u202f]\d{3})+$/.test(text)) {
    const value = Number(text.replace(/[,  \u202f]/g, ''));
    return value > MAX_PLAUSIBLE ? { error: 'statistics.error.implausible' } : { state: 'number', value };
  }
  if (/^-\s*\d/.test(text)) return { error: 'statistics.error.negative' };
  if (/^\d+([.,]\d+)?$/.test(text)) return { error: 'statistics.error.not_integer' };
  return { error: 'statistics.error.not_a_count' };
}

/** The text a value is written as in files: the count without separators, or `<5`. */
export function valueToText(value: Pick<StatValue, 'state' | 'value'>): string {
  switch (value.state) {
    case 'number': return String(value.value);
    case 'suppressed': return '<5';
    case 'not_available': return 'not available';
    case 'not_applicable': return 'not applicable';
  }
}

/** The bounds a value implies: exact for a number, 1-4 for "<5", unknown otherwise. */
export function boundsOf(value: Pick<StatValue, 'state' | 'value'>): { lo: number; hi: number } | null {
  if (value.state === 'number') return { lo: value.value!, hi: value.value! };
  if (value.state === 'suppressed') return { lo: SUPPRESSED_MIN, hi: SUPPRESSED_MAX };
  return null;
}
