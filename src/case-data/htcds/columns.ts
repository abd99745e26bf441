/**
 * The flat HTCDS file: one row per person (victim or perpetrator) of a case. Columns carry the
 * standard's "Field Name including Prefix" (org_, prs_, vic_, per_, cas_); the trafficking events
 * (hte_Country, hte_Date of an event whose hte_Type is Recruitment, Transit or Exploitation) are
 * flattened to one column pair per type: hte_<Type>_Country, hte_<Type>_Date. What the standard
 * does not define but a national database and the questionnaire need (which country records the
 * case, identifiers, the criminal-justice dates, repatriation) is in `ari_` columns, Ariadne's
 * extension, so no standard name is given a meaning it does not have.
 */
export const EVENT_TYPES = ['Recruitment', 'Transit', 'Exploitation'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const eventCountryColumn = (type: EventType) => `hte_${type}_Country`;
export const eventDateColumn = (type: EventType) => `hte_${type}_Date`;

export const CASE_COLUMNS = ['ari_RecordingCountry', 'ari_CaseId', 'org_Name', 'org_Type', 'ari_Source', 'cas_Status'] as const;

export const PERSON_COLUMNS = [
  'ari_PersonId',
  'ari_PersonRole',
  'prs_Gender',
  'prs_Citizenship',
  'vic_AgeWhenTrafficked',
  'ari_PerpetratorAge',
  'ari_IdentificationDate',
  'vic_TraffickingStatus',
  'vic_TraffickingStatusDecisionMakingOrg',
  'vic_RelationshipToTrafficker',
  'vic_TypeOfExploitation',
  'vic_TypeOfSexExploitation',
  'vic_ForcedLabourIndustry',
  'vic_MethodsOfControl',
  'vic_MethodOfRecruitment',
  'vic_RecruitmentWebsitesAndApps',
  'per_RoleInProcess',
  'ari_ProsecutionDate',
  'ari_ConvictionDate',
  'ari_RepatriationCountry',
  'ari_RepatriationDate',
] as const;

export const EVENT_COLUMNS = EVENT_TYPES.flatMap((type) => [eventCountryColumn(type), eventDateColumn(type)]);

/** Every column of the file, in the order exports write them. */
export const HTCDS_COLUMNS: readonly string[] = [...CASE_COLUMNS, ...PERSON_COLUMNS, ...EVENT_COLUMNS];

/** Columns a file must have (the country may instead come from `--country`). */
export const REQUIRED_COLUMNS = ['ari_CaseId', 'ari_PersonId', 'ari_PersonRole', 'ari_IdentificationDate'] as const;

/** Fields that hold several picklist values, separated by ';' in a cell. */
export const LIST_SEPARATOR = ';';

/** Columns that only a victim's row may fill (the standard's victim context), and only a perpetrator's. */
export const VICTIM_ONLY_COLUMNS = [
  'vic_AgeWhenTrafficked', 'vic_TraffickingStatus', 'vic_TraffickingStatusDecisionMakingOrg', 'vic_RelationshipToTrafficker',
  'vic_TypeOfExploitation', 'vic_TypeOfSexExploitation', 'vic_ForcedLabourIndustry', 'vic_MethodsOfControl',
  'vic_MethodOfRecruitment', 'vic_RecruitmentWebsitesAndApps', 'ari_RepatriationCountry', 'ari_RepatriationDate',
  ...EVENT_COLUMNS,
] as const;
export const PERPETRATOR_ONLY_COLUMNS = ['ari_PerpetratorAge', 'per_RoleInProcess', 'ari_ProsecutionDate', 'ari_ConvictionDate'] as const;

export const PERSON_ROLES = ['Victim', 'Perpetrator'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
