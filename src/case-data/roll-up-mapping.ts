import type { AgeCode, FormCode, SexCode } from '../statistics/vocabulary.ts';

/**
 * How HTCDS 2.0 values map to the questionnaire's breakdowns (see ARCHITECTURE.md, "Case-level
 * data: the roll-up"). A person whose types of exploitation map to two or more forms counts
 * under 'mixed'. HTCDS has no value for forced criminal activity: it can only be recorded as
 * 'Other' and is counted under 'other'.
 */
export const FORM_OF_EXPLOITATION: Record<string, FormCode> = {
  SexualExploitation: 'sexual_exploitation',
  ForcedLabour: 'forced_labour',
  ChildLabour: 'forced_labour',
  Servitude: 'forced_labour',
  ForcedBegging: 'begging',
  ForcedMarriage: 'forced_marriage',
  OrganRemoval: 'organ_removal',
  ForcedMilitaryByNonStateActors: 'other',
  ForcedAdoption: 'other',
  Surrogacy: 'other',
  Other: 'other',
};

/** prs_Gender -> questionnaire sex. Transgender and non-conforming expressions are 'other'; Not Specified/Unknown or empty is 'unknown'. */
export const SEX_OF_GENDER: Record<string, Exclude<SexCode, 'total'>> = {
  Feminine: 'female',
  Masculine: 'male',
  TransgenderFeminine: 'other',
  TransgenderMasculine: 'other',
  NonConforming: 'other',
  NonSpecifiedUnknown: 'unknown',
};

/** Age at the time of trafficking (victims) or at the offence (perpetrators): 0-17 minor, 18 or over adult, missing unknown. */
export function ageCode(age: number | null): Exclude<AgeCode, 'total'> {
  if (age === null) return 'unknown';
  return age < 18 ? 'minor' : 'adult';
}

/** Victims counted as detected: those an agency identified as actual or possible victims (not those found not to be victims). */
export const DETECTED_STATUSES = ['ActualVictimOfTrafficking', 'PossibleVictimOfTrafficking'] as const;
