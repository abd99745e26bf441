/** The controlled terms of programme monitoring (labels: t('programmes.activity_type.<code>') and so on). */

export const ACTIVITY_TYPES = [
  'training', 'training_of_trainers', 'mentoring', 'mock_trial', 'legislative_assistance', 'policy_support', 'workshop',
  'event_organized', 'event_speaker', 'awareness_campaign', 'publication', 'equipment', 'investigation_support',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Whose participants count as "people trained" in the reports. */
export const TRAINING_TYPES: readonly ActivityType[] = ['training', 'training_of_trainers', 'mentoring', 'mock_trial'];
/**
 * "Technical cooperation activities implemented with Member States" (the 2020 report counts
 * them apart from events organized, events attended as speakers and publications).
 */
export const TECHNICAL_COOPERATION_TYPES: readonly ActivityType[] = [
  'training', 'training_of_trainers', 'mentoring', 'mock_trial', 'legislative_assistance', 'policy_support', 'workshop',
  'awareness_campaign', 'equipment', 'investigation_support',
];
/**
 * Activities that support the countries they cover ("countries supported", the map): every
 * type but events attended as speakers and publications, which are not support to a country.
 */
export const COUNTRY_SUPPORT_TYPES: readonly ActivityType[] = [...TECHNICAL_COOPERATION_TYPES, 'event_organized'];
export const LEGISLATIVE_TYPES: readonly ActivityType[] = ['legislative_assistance'];
export const LEGISLATIVE_AND_POLICY_TYPES: readonly ActivityType[] = ['legislative_assistance', 'policy_support'];

export const INSTITUTION_TYPES = [
  'police', 'prosecution', 'judiciary', 'border_immigration', 'labour_inspection', 'social_services', 'civil_society', 'academia', 'other',
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const SEXES = ['female', 'male', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const OUTCOME_TYPES = [
  'investigation_supported', 'victims_identified', 'arrests', 'convictions', 'law_drafted', 'law_adopted', 'action_plan_adopted', 'ratification',
] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];
/** Outcomes about a law, which may link to its record in the knowledge portal. */
export const LAW_OUTCOMES: readonly OutcomeType[] = ['law_drafted', 'law_adopted'];

export const CRIME_FOCUS = ['tip', 'som', 'both'] as const;
export const SCOPES = ['national', 'regional'] as const;
export const STATUSES = ['draft', 'published'] as const;
export type RecordStatus = (typeof STATUSES)[number];

export const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);
