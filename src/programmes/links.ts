import { filterQuery, type ReportFilter } from './filters.ts';
import { COUNTRY_SUPPORT_TYPES, LEGISLATIVE_AND_POLICY_TYPES, LEGISLATIVE_TYPES, TECHNICAL_COOPERATION_TYPES, TRAINING_TYPES } from './vocabulary.ts';

/** Where each headline figure's records are listed (a figure nobody can trace is a defect). */
export function figureLinks(filter: ReportFilter) {
  const activities = (types: readonly string[] = [], extra: Record<string, string> = {}) => `/programmes/activities?${filterQuery(filter, { types, ...extra })}`;
  const countries = (types: readonly string[] = [], extra: Record<string, string> = {}) => `/programmes/countries?${filterQuery(filter, { types, ...extra })}`;
  const outcomes = (types: readonly string[] = []) => `/programmes/outcomes?${filterQuery(filter, { types })}`;
  return {
    activities: activities(),
    countriesSupported: countries(COUNTRY_SUPPORT_TYPES),
    countriesNational: countries(COUNTRY_SUPPORT_TYPES, { scope: 'national' }),
    trained: activities(TRAINING_TYPES),
    countriesLegislative: countries(LEGISLATIVE_TYPES),
    countriesLegislativePolicy: countries(LEGISLATIVE_AND_POLICY_TYPES),
    publications: activities(['publication']),
    casesAdded: `/programmes/cases?${filterQuery(filter)}`,
    technicalCooperation: activities(TECHNICAL_COOPERATION_TYPES),
    speakerEvents: activities(['event_speaker']),
    eventsOrganized: activities(['event_organized']),
    participants: activities(),
    outcomes,
    activitiesOfType: (type: string) => activities([type]),
    /** The activities behind a country's shade on the map. */
    country: (iso3: string) => `/programmes/activities?${filterQuery({ ...filter, countries: [iso3] }, { types: COUNTRY_SUPPORT_TYPES })}`,
  };
}
