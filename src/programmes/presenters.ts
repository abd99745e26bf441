import { figureLinks } from './links.ts';
import type { ImpactReport } from './report.ts';

/** The public JSON of an impact report: every figure with the address of the records behind it. */
export function presentReport(report: ImpactReport, origin: string) {
  const links = figureLinks(report.filter);
  const f = report.figures;
  const figure = (value: number, href: string) => ({ value, records: origin + href });
  return {
    filter: report.filter,
    figures: {
      countriesSupported: figure(f.countriesSupported, links.countriesSupported),
      countriesNational: figure(f.countriesNational, links.countriesNational),
      trained: { ...figure(f.trained.total, links.trained), female: f.trained.female, male: f.trained.male, unknown: f.trained.unknown },
      countriesLegislative: figure(f.countriesLegislative, links.countriesLegislative),
      countriesLegislativePolicy: figure(f.countriesLegislativePolicy, links.countriesLegislativePolicy),
      publications: figure(f.publications, links.publications),
      casesAdded: figure(f.casesAdded, links.casesAdded),
      technicalCooperation: figure(f.technicalCooperation, links.technicalCooperation),
      speakerEvents: figure(f.speakerEvents, links.speakerEvents),
      eventsOrganized: { ...figure(f.eventsOrganized, links.eventsOrganized), participants: f.eventParticipants },
      participants: { ...figure(f.participants.total, links.participants), female: f.participants.female, male: f.participants.male, unknown: f.participants.unknown },
      activities: figure(f.activities, links.activities),
      outcomes: Object.fromEntries(Object.entries(f.outcomes).map(([type, value]) => [type, { ...figure(value.quantity, links.outcomes([type])), count: value.records }])),
    },
    activitiesByType: report.byType.map((row) => ({ ...row, records: origin + links.activitiesOfType(row.type) })),
    activitiesByCountry: Object.fromEntries(report.byCountry),
    timeline: report.timeline,
    participantsByInstitution: report.byInstitution,
    examples: report.examples,
  };
}
