/**
 * The vocabulary of crime statistics: indicators, breakdown dimensions, sexes, ages and forms
 * of exploitation, with the labels of the UNODC published long format (Global Report data).
 *
 * Shared contract (see CONTRACTS.md): the case-data capability's roll-up returns RolledUpValue
 * rows in these codes; the questionnaire stores values in them; the long format maps them
 * to and from its labels.
 */

export const INDICATOR_CODES = [
  'offences',
  'formal_contact',
  'prosecuted',
  'convicted',
  'detected_victims',
  'repatriated_victims',
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export const DIMENSION_CODES = ['total', 'form', 'citizenship', 'repatriation'] as const;
export type DimensionCode = (typeof DIMENSION_CODES)[number];

export const SEX_CODES = ['total', 'female', 'male', 'other', 'unknown'] as const;
export type SexCode = (typeof SEX_CODES)[number];

export const AGE_CODES = ['total', 'minor', 'adult', 'unknown'] as const;
export type AgeCode = (typeof AGE_CODES)[number];

/** Main forms of exploitation, then the sub-forms of "other forms". */
export const MAIN_FORM_CODES = ['sexual_exploitation', 'forced_labour', 'other_forms'] as const;
export const SUB_FORM_CODES = [
  'forced_criminality',
  'begging',
  'forced_marriage',
  'organ_removal',
  'mixed',
  'other',
] as const;
export const FORM_CODES = [...MAIN_FORM_CODES, ...SUB_FORM_CODES] as const;
export type MainFormCode = (typeof MAIN_FORM_CODES)[number];
export type SubFormCode = (typeof SUB_FORM_CODES)[number];
export type FormCode = MainFormCode | SubFormCode;

/** Category codes for citizenship (besides an ISO3 country code). */
export const OWN_COUNTRY = 'own';
export const OTHER_COUNTRY = 'other';
export const TOTAL_CATEGORY = 'total';

/** One count computed by the roll-up (or entered in the questionnaire) for a country-year. */
export interface RolledUpValue {
  indicator: IndicatorCode;
  dimension: DimensionCode;
  /** 'total', a form code, an ISO3 country code (citizenship / repatriation), or 'own'/'other'. */
  category: string;
  sex: SexCode;
  age: AgeCode;
  value: number;
}

// --- long-format labels -------------------------------------------------------------------

export const INDICATOR_LABELS: Record<IndicatorCode, string> = {
  offences: 'Offences of trafficking in persons',
  formal_contact: 'Persons brought into formal contact',
  prosecuted: 'Persons prosecuted',
  convicted: 'Persons convicted',
  detected_victims: 'Detected trafficking victims',
  // Not among the Global Report's published indicators; Ariadne's own label for the questionnaire's
  // "victims repatriated", so that exports of it stay importable.
  repatriated_victims: 'Repatriated trafficking victims',
};

export const DIMENSION_LABELS: Record<DimensionCode, string> = {
  total: 'Total',
  form: 'by form of exploitation',
  citizenship: 'by citizenship',
  repatriation: 'by country of repatriation',
};

export const SEX_LABELS: Record<SexCode, string> = {
  total: 'Total',
  female: 'Female',
  male: 'Male',
  other: 'Other',
  unknown: 'Unknown',
};

export const AGE_LABELS: Record<AgeCode, string> = {
  total: 'Total',
  minor: '0 to 17 years',
  adult: '18 years or over',
  unknown: 'Unknown',
};

export const FORM_LABELS: Record<FormCode, string> = {
  sexual_exploitation: 'Sexual exploitation',
  forced_labour: 'Forced labour',
  other_forms: 'Other forms of exploitation',
  forced_criminality: 'Forced criminal activity',
  begging: 'Begging',
  forced_marriage: 'Forced marriage',
  organ_removal: 'Organ removal',
  mixed: 'Mixed exploitation',
  other: 'Other purposes',
};

export const CITIZENSHIP_CATEGORY_LABELS: Record<string, string> = {
  [OWN_COUNTRY]: 'Own country',
  [OTHER_COUNTRY]: 'Other countries',
};

/** Sub-forms are parts of 'other_forms'; main forms have no parent. */
export function parentForm(form: FormCode): MainFormCode | null {
  return (SUB_FORM_CODES as readonly string[]).includes(form) ? 'other_forms' : null;
}

/** Which breakdown dimensions each indicator has in the questionnaire. */
export const INDICATOR_DIMENSIONS: Record<IndicatorCode, readonly DimensionCode[]> = {
  offences: ['total', 'form'],
  formal_contact: ['total', 'form'],
  prosecuted: ['total', 'form'],
  convicted: ['total', 'form', 'citizenship'],
  detected_victims: ['total', 'form', 'citizenship', 'repatriation'],
  repatriated_victims: ['total', 'repatriation'],
};

/** Offences are counted as acts, not persons: no sex or age breakdown. */
export function hasPersonBreakdown(indicator: IndicatorCode): boolean {
  return indicator !== 'offences';
}

// --- parsing labels back to codes ---------------------------------------------------------

function key(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, ' ');
}

function reverse<C extends string>(labels: Record<C, string>, synonyms: Record<string, C> = {}): Map<string, C> {
  const map = new Map<string, C>();
  for (const [code, label] of Object.entries(labels) as [C, string][]) map.set(key(label), code);
  for (const [label, code] of Object.entries(synonyms)) map.set(key(label), code);
  return map;
}

const indicatorByLabel = reverse(INDICATOR_LABELS, {
  'Persons brought into formal contact with the police and/or criminal justice system': 'formal_contact',
  'Victims repatriated': 'repatriated_victims',
});
const dimensionByLabel = reverse(DIMENSION_LABELS);
const sexByLabel = reverse(SEX_LABELS);
const ageByLabel = reverse(AGE_LABELS, { '0-17': 'minor', '18 or over': 'adult', '18+': 'adult' });
const formByLabel = reverse(FORM_LABELS, {
  'Other forms': 'other_forms',
  'Forced criminality': 'forced_criminality',
  'Removal of organs': 'organ_removal',
  'Mixed forms of exploitation': 'mixed',
  'Other': 'other',
});
const citizenshipByLabel = reverse(CITIZENSHIP_CATEGORY_LABELS, { 'Other': OTHER_COUNTRY, 'Own': OWN_COUNTRY });

export const indicatorFromLabel = (label: string): IndicatorCode | undefined => indicatorByLabel.get(key(label));
export const dimensionFromLabel = (label: string): DimensionCode | undefined => dimensionByLabel.get(key(label));
export const sexFromLabel = (label: string): SexCode | undefined => sexByLabel.get(key(label));
export const ageFromLabel = (label: string): AgeCode | undefined => ageByLabel.get(key(label));
export const formFromLabel = (label: string): FormCode | undefined => formByLabel.get(key(label));
/** 'own' / 'other' from their labels; country names are resolved by core/geo. */
export const citizenshipCategoryFromLabel = (label: string): string | undefined => citizenshipByLabel.get(key(label));

export function isIndicatorCode(value: string): value is IndicatorCode {
  return (INDICATOR_CODES as readonly string[]).includes(value);
}
export function isDimensionCode(value: string): value is DimensionCode {
  return (DIMENSION_CODES as readonly string[]).includes(value);
}
export function isSexCode(value: string): value is SexCode {
  return (SEX_CODES as readonly string[]).includes(value);
}
export function isAgeCode(value: string): value is AgeCode {
  return (AGE_CODES as readonly string[]).includes(value);
}
export function isFormCode(value: string): value is FormCode {
  return (FORM_CODES as readonly string[]).includes(value);
}
