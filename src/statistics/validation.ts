import { boundsOf, keyOf, type CellKey, type StatValue } from './values.ts';
import {
  AGE_CODES, hasPersonBreakdown, INDICATOR_CODES, MAIN_FORM_CODES, SEX_CODES, SUB_FORM_CODES, type AgeCode, type DimensionCode, type SexCode,
} from './vocabulary.ts';

/** A problem of a questionnaire: an error blocks submission; a warning does unless a note explains it. */
export interface Issue {
  kind: 'error' | 'warning';
  cell: CellKey;
  message: string;
  params: Record<string, string | number>;
  /** For warnings: the value carries a note that explains it. */
  explained?: boolean;
}

export interface ValidationResult {
  errors: Issue[];
  warnings: Issue[];
  /** Warnings without a note: they block submission like errors. */
  unexplained: Issue[];
}

const BREAKDOWN_SEXES = SEX_CODES.filter((sex) => sex !== 'total');
const BREAKDOWN_AGES = AGE_CODES.filter((age) => age !== 'total');
/** A change is big when the count moves by at least this many persons and this share of the previous year's. */
const BIG_CHANGE_ABSOLUTE = 10;
const BIG_CHANGE_SHARE = 0.5;

/**
 * Checks a country-year's values: breakdowns against their totals (a suppressed "<5" counts as
 * 1 to 4, so a sum holds if some choice of those values makes it hold), impossible entries, and
 * big changes against the previous year's published values.
 */
export function validateQuestionnaire(values: StatValue[], previousYear: StatValue[] = []): ValidationResult {
  const byKey = new Map(values.map((value) => [keyOf(value), value]));
  const get = (cell: CellKey) => byKey.get(keyOf(cell));
  const errors: Issue[] = [];
  const sumCheck = (total: CellKey, parts: CellKey[], complete: boolean) => {
    const totalValue = get(total);
    const totalBounds = totalValue ? boundsOf(totalValue) : null;
    if (!totalBounds) return;
    const present = parts.map(get).filter((value): value is StatValue => value !== undefined);
    const bounded = present.map((value) => boundsOf(value)).filter((bounds) => bounds !== null);
    if (!bounded.length) return;
    const lo = bounded.reduce((sum, bounds) => sum + bounds.lo, 0);
    const hi = bounded.reduce((sum, bounds) => sum + bounds.hi, 0);
    const range = lo === hi ? String(lo) : `${lo}-${hi}`;
    const totalText = totalBounds.lo === totalBounds.hi ? String(totalBounds.lo) : '<5';
    if (lo > totalBounds.hi) {
      errors.push({ kind: 'error', cell: total, message: 'statistics.error.breakdown_exceeds_total', params: { sum: range, total: totalText } });
    } else if (complete && bounded.length === parts.length && hi < totalBounds.lo) {
      errors.push({ kind: 'error', cell: total, message: 'statistics.error.breakdown_short_of_total', params: { sum: range, total: totalText } });
    }
  };

  for (const value of values) {
    if (value.indicator === 'offences' && (value.sex !== 'total' || value.age !== 'total') && value.state !== 'not_applicable') {
      errors.push({ kind: 'error', cell: value, message: 'statistics.error.offences_have_no_sex_or_age', params: {} });
    }
  }

  for (const indicator of INDICATOR_CODES) {
    const ofIndicator = values.filter((value) => value.indicator === indicator);
    if (!ofIndicator.length) continue;
    const groups = new Map<string, { dimension: DimensionCode; category: string }>();
    for (const value of ofIndicator) groups.set(`${value.dimension}|${value.category}`, { dimension: value.dimension, category: value.category });
    const cell = (dimension: DimensionCode, category: string, sex: SexCode, age: AgeCode): CellKey => ({ indicator, dimension, category, sex, age });
    if (hasPersonBreakdown(indicator)) {
      for (const { dimension, category } of groups.values()) {
        for (const age of AGE_CODES) sumCheck(cell(dimension, category, 'total', age), BREAKDOWN_SEXES.map((sex) => cell(dimension, category, sex, age)), true);
        for (const sex of SEX_CODES) sumCheck(cell(dimension, category, sex, 'total'), BREAKDOWN_AGES.map((age) => cell(dimension, category, sex, age)), true);
      }
    }
    const sexes = hasPersonBreakdown(indicator) ? SEX_CODES : (['total'] as const);
    const ages = hasPersonBreakdown(indicator) ? AGE_CODES : (['total'] as const);
    for (const sex of sexes) {
      for (const age of ages) {
        const total = cell('total', 'total', sex, age);
        sumCheck(total, MAIN_FORM_CODES.map((form) => cell('form', form, sex, age)), true);
        sumCheck(cell('form', 'other_forms', sex, age), SUB_FORM_CODES.map((form) => cell('form', form, sex, age)), true);
        for (const dimension of ['citizenship', 'repatriation'] as const) {
          const categories = [...groups.values()].filter((group) => group.dimension === dimension).map((group) => group.category);
          sumCheck(total, categories.map((category) => cell(dimension, category, sex, age)), false);
        }
      }
    }
  }

  const warnings = bigChanges(values, previousYear);
  return { errors, warnings, unexplained: warnings.filter((warning) => !warning.explained) };
}

function bigChanges(values: StatValue[], previousYear: StatValue[]): Issue[] {
  const previous = new Map(previousYear.map((value) => [keyOf(value), value]));
  const warnings: Issue[] = [];
  for (const value of values) {
    const before = previous.get(keyOf(value));
    if (value.state !== 'number' || before?.state !== 'number') continue;
    const now = value.value!;
    const then = before.value!;
    const change = Math.abs(now - then);
    if (change >= BIG_CHANGE_ABSOLUTE && change > BIG_CHANGE_SHARE * Math.max(then, 1)) {
      const percent = then === 0 ? '∞' : `${now > then ? '+' : '-'}${Math.round((change / then) * 100)}%`;
      warnings.push({
        kind: 'warning', cell: value, message: 'statistics.warning.big_change',
        params: { previous: then, current: now, change: percent }, explained: value.notes.trim() !== '',
      });
    }
  }
  return warnings;
}
