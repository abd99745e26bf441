import { readFileSync } from 'node:fs';

/**
 * The real SHERLOC case records of ../shared/real (200, as published: most dated by year only,
 * some not dated, none with a court, twelve with a jurisdiction and no country code, one number
 * given to two different cases), from their byte-for-byte copy in test/fixtures/real, and their
 * mapping to Ariadne's JSON import: field for field, nothing invented. What the source does not
 * state stays absent.
 */
export const SHERLOC_SAMPLE = new URL('../fixtures/real/sherloc-cases-sample.json', import.meta.url);
/** The shared original, next to the repository, where the machine has it. */
export const SHARED_SHERLOC_SAMPLE = new URL('../../../shared/real/sherloc-cases-sample.json', import.meta.url);
export const SHERLOC_SAMPLE_SHA256 = '51b4bdc16f692fc20877f565fe06965e29029352cd31468e28d301c0487eba38';

export interface SherlocCase {
  external_id: string; title: string; country: string | null; jurisdiction: string; year: number | null;
  crime_type: 'trafficking' | 'smuggling'; summary_en: string; source_url: string; acts: string[]; means: string[]; purposes: string[];
}

export const readSherlocSample = (): SherlocCase[] => JSON.parse(readFileSync(SHERLOC_SAMPLE, 'utf8'));

const CRIME_TYPES = { trafficking: 'trafficking_in_persons', smuggling: 'smuggling_of_migrants' } as const;
// SHERLOC's wording of the Protocol's elements -> the portal's terms (its grouped means stay groups).
const ACTS: Record<string, string> = { recruitment: 'recruitment', transportation: 'transportation', transfer: 'transfer', harbouring: 'harbouring', receipt: 'receipt' };
const MEANS: Record<string, string> = {
  'threat, use of force or coercion': 'threat_force_coercion', 'abuse of power or of a position of vulnerability': 'abuse_of_power_or_vulnerability',
  abduction: 'abduction', fraud: 'fraud', deception: 'deception', 'giving or receiving payments or benefits': 'payments',
};
const PURPOSES: Record<string, string> = {
  'sexual exploitation': 'sexual_exploitation', 'forced labour or services': 'forced_labour', servitude: 'servitude', 'slavery or similar practices': 'slavery', other: 'other',
};

const mapped = (values: string[], table: Record<string, string>) => values.map((value) => {
  const term = table[value];
  if (!term) throw new Error(`SHERLOC term without a mapping: ${value}`);
  return term;
});

/** One SHERLOC record as a record of Ariadne's JSON import (the published English page: its title and fact summary). */
export function sherlocToImport(record: SherlocCase): Record<string, unknown> {
  return {
    externalId: record.external_id,
    title: { en: record.title },
    originalLanguage: 'en',
    ...(record.country ? { country: record.country } : {}),
    jurisdiction: record.jurisdiction,
    ...(record.year === null ? {} : { decisionDate: record.year }),
    crimeTypes: [CRIME_TYPES[record.crime_type]],
    acts: mapped(record.acts, ACTS),
    means: mapped(record.means, MEANS),
    purposes: mapped(record.purposes, PURPOSES),
    factSummary: { en: record.summary_en },
    sources: [{ citation: 'UNODC SHERLOC case law database', url: record.source_url }],
  };
}
