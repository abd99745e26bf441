import type { SystemActor } from '../../src/core/access/actor.ts';

export const EDITOR: SystemActor = { kind: 'system', label: 'test-editor' };

/** A valid case (the minimum plus what a test overrides). */
export function caseRecord(overrides: Record<string, unknown> = {}) {
  return {
    title: { en: 'Public Prosecutor v. A.B. (fishing vessel forced labour)' },
    originalLanguage: 'en',
    country: 'THA',
    court: 'Criminal Court of Bangkok',
    courtLevel: 'first_instance',
    decisionDate: '2019-06-14',
    crimeTypes: ['trafficking_in_persons'],
    acts: ['recruitment', 'transportation'],
    means: ['deception', 'abuse_of_vulnerability'],
    purposes: ['forced_labour'],
    scope: 'transnational',
    sectors: ['isic_a'],
    victims: [{ sex: 'male', ageGroup: 'adult', nationality: 'MMR' }, { sex: 'male', ageGroup: 'child', age: 16, nationality: 'KHM' }],
    defendants: [{ initials: 'A.B.', sex: 'male', ageGroup: 'adult', nationality: 'THA', role: 'recruiter', verdict: 'convicted', sentence: { prisonMonths: 96 } }],
    factSummary: { en: 'Fishermen recruited with false promises of factory work were held at sea for months on a fishing vessel and forced to work without pay.' },
    evidentialIssues: ['victim_testimony', 'financial_evidence'],
    inclusion: { allElementsPresent: true },
    ...overrides,
  };
}

export function legislationRecord(overrides: Record<string, unknown> = {}) {
  return {
    country: 'THA',
    title: { en: 'Anti-Trafficking in Persons Act B.E. 2551' },
    originalLanguage: 'en',
    yearAdopted: 2008,
    yearsAmended: [2015, 2017],
    status: 'amended',
    crimeTypes: ['trafficking_in_persons'],
    themes: ['criminalization', 'victim_protection'],
    provisions: [{ number: '6', text: { en: 'Whoever, for the purpose of exploitation, procures, buys, sells, vends, brings from or sends to, detains or confines, harbors, or receives any person ... commits the offence of trafficking in persons.' }, articles: ['tip.3', 'tip.5'], themes: ['definition'] }],
    ...overrides,
  };
}

export function publicationRecord(overrides: Record<string, unknown> = {}) {
  return {
    authors: ['UNODC'],
    title: { en: 'Female victims of trafficking for sexual exploitation as defendants' },
    originalLanguage: 'en',
    year: 2020,
    type: 'study',
    countries: ['NGA', 'ITA'],
    regions: ['150'],
    method: 'case_study',
    crimeTypes: ['trafficking_in_persons'],
    abstract: { en: 'An analysis of 53 court cases from 16 jurisdictions in which a female defendant was also a victim of trafficking.' },
    ...overrides,
  };
}
