import { stringify } from 'csv-stringify/sync';
import { headerOf, recordToRow } from '../columns.ts';
import type { Kind } from '../schemas.ts';

/**
 * One example row per kind for the import templates: fictional, marked as sample data, and
 * valid (a test imports each template), so that a template can be filled in by example.
 */
export const TEMPLATE_EXAMPLES: Record<Kind, Record<string, unknown>> = {
  case: {
    externalId: 'example-case-1',
    title: { en: 'Public Prosecutor v. A.B. and C.D.', fr: 'Ministère public c. A.B. et C.D.' },
    originalLanguage: 'en', country: 'GHA', court: 'High Court (Criminal Division), Accra', courtLevel: 'first_instance', courtType: 'criminal',
    caseNumber: 'CR/123/2020', decisionDate: '2021-03-05', crimeTypes: ['trafficking_in_persons'],
    acts: ['recruitment', 'transportation', 'harbouring'], means: ['deception', 'abuse_of_vulnerability'], purposes: ['forced_labour'],
    scope: 'domestic', sectors: ['isic_a'],
    victims: [{ sex: 'male', ageGroup: 'child', age: 14, nationality: 'GHA', role: 'victim_witness' }],
    defendants: [{ initials: 'A.B.', sex: 'female', ageGroup: 'adult', nationality: 'GHA', role: 'recruiter', charges: ['Trafficking in persons'], verdict: 'convicted', sentence: { prisonMonths: 60 } }],
    charges: ['Trafficking in persons (Human Trafficking Act, s. 1)'],
    factSummary: { en: 'Children were recruited from their villages with promises of schooling and made to work on fishing boats.' },
    evidentialIssues: ['victim_testimony'], keywords: ['fishing', 'children'],
    sources: [{ citation: 'Court record (fictional example)' }], articles: ['tip.3'],
    inclusion: { allElementsPresent: true }, sample: true,
  },
  legislation: {
    externalId: 'example-law-1', country: 'GHA', title: { en: 'Human Trafficking Act (example)' }, originalLanguage: 'en',
    officialCitation: 'Act 694', yearAdopted: 2005, yearsAmended: [2009], status: 'amended', crimeTypes: ['trafficking_in_persons'],
    themes: ['criminalization', 'definition'], summary: { en: 'Defines and criminalizes trafficking in persons and provides for the protection of victims.' },
    provisions: [{ number: '1', text: { en: 'Human trafficking means the recruitment, transportation, transfer, harbouring or receipt of persons ... for the purpose of exploitation.' }, articles: ['tip.3'], themes: ['definition'] }],
    keywords: ['definition'], sources: [{ citation: 'Official Gazette (fictional example)' }], sample: true,
  },
  publication: {
    externalId: 'example-publication-1', authors: ['A. Author', 'B. Author'], title: { en: 'Trafficking in persons in fishing: a study (example)' },
    originalLanguage: 'en', year: 2022, publisher: 'Example Press', type: 'study', countries: ['GHA', 'THA'], regions: ['002'],
    method: 'qualitative', crimeTypes: ['trafficking_in_persons'], keywords: ['fishing'],
    abstract: { en: 'How victims are recruited and held in the fishing industry.' }, sample: true,
  },
};

/** The CSV import template of a kind: its header and one example row (UTF-8 with a byte-order mark, for spreadsheets). */
export function templateCsv(kind: Kind): string {
  const header = headerOf(kind);
  const row = recordToRow(kind, TEMPLATE_EXAMPLES[kind]);
  return `\uFEFF${stringify([header, header.map((column) => row[column] ?? '')])}`;
}
