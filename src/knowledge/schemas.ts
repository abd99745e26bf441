import { z } from 'zod';
import { findCountryByName, getCountry, listRegions } from '../core/geo/countries.ts';
import { optionalText, partialDateField, requiredText } from '../core/validation.ts';
import { TREATY_ARTICLES, VOCABULARIES } from './vocabularies.ts';

/** The three databases of the portal. */
export const KINDS = ['case', 'legislation', 'publication'] as const;
export type Kind = (typeof KINDS)[number];

const term = <V extends keyof typeof VOCABULARIES>(vocabulary: V) => z.enum(VOCABULARIES[vocabulary] as unknown as [string, ...string[]]);
const terms = <V extends keyof typeof VOCABULARIES>(vocabulary: V) => z.array(term(vocabulary)).max(50).default([]).transform(unique);
const textList = (max: number, items = 100) => z.array(z.string().trim().min(1).max(max)).max(items).default([]).transform(unique);
const year = z.coerce.number().int().min(1800).max(2100);

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

const TEXT_LANGUAGES = VOCABULARIES.textLanguage;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** Text in one or more of the six UN languages: { en: "...", fr: "..." }; empty entries dropped. */
const localized = (max: number) => z.record(z.string(), z.string().max(max)).superRefine((value, ctx) => {
  for (const language of Object.keys(value)) {
    if (!(TEXT_LANGUAGES as readonly string[]).includes(language)) {
      ctx.addIssue({ code: 'custom', path: [language], message: 'error.unknown_text_language', params: { value: language } });
    }
  }
}).transform((value) => Object.fromEntries(Object.entries(value).map(([language, text]) => [language, text.trim()]).filter(([, text]) => text)) as Partial<Record<TextLanguage, string>>);

const localizedRequired = (max: number) => localized(max).refine((value) => Object.keys(value).length > 0, 'error.required');
const localizedOptional = (max: number) => localized(max).default({});

/** An ISO 3166 country (current or historical), kept as alpha-3. */
export const countryCode = z.string().trim().transform((value, ctx) => {
  const country = getCountry(value);
  if (!country) {
    ctx.addIssue({ code: 'custom', message: 'error.unknown_country', params: { value } });
    return z.NEVER;
  }
  return country.iso3;
});

const regionCode = z.string().trim().refine((value) => listRegions().some((region) => region.code === value), 'error.unknown_region');

/** Initials only, never names: "A.B.", "J. M.", "ع.م.". */
const initials = z.string().trim().max(12).regex(/^\p{L}\.?(?:\s?\p{L}\.?){0,3}$/u, 'error.initials_only').optional();

/** Another record of the portal: its numeric id or its external id. */
export const recordRef = z.string().trim().min(1).max(120);

const source = z.object({ citation: requiredText(1000), url: z.string().trim().url().max(2000).optional() });

const victim = z.object({
  initials,
  sex: term('sex').default('unknown'),
  ageGroup: term('ageGroup').default('unknown'),
  age: z.coerce.number().int().min(0).max(120).optional(),
  nationality: countryCode.optional(),
  role: term('victimRole').default('victim'),
}).superRefine(checkAgeGroup);

const defendant = z.object({
  initials,
  sex: term('sex').default('unknown'),
  ageGroup: term('ageGroup').default('unknown'),
  age: z.coerce.number().int().min(0).max(120).optional(),
  nationality: countryCode.optional(),
  role: term('defendantRole').optional(),
  charges: textList(300, 30),
  verdict: term('verdict').default('pending'),
  sentence: z.object({
    prisonMonths: z.coerce.number().int().min(0).max(1200).optional(),
    suspended: z.boolean().optional(),
    fineAmount: z.coerce.number().min(0).max(1e12).optional(),
    fineCurrency: z.string().trim().regex(/^[A-Z]{3}$/, 'error.currency_code').optional(),
  }).optional(),
}).superRefine(checkAgeGroup);

function checkAgeGroup(person: { age?: number; ageGroup: string }, ctx: z.RefinementCtx) {
  if (person.age === undefined) return;
  const expected = person.age < 18 ? 'child' : 'adult';
  if (person.ageGroup !== 'unknown' && person.ageGroup !== expected) {
    ctx.addIssue({ code: 'custom', path: ['ageGroup'], message: 'error.age_group_mismatch', params: { age: person.age } });
  }
}

export const caseInput = z.object({
  externalId: z.string().trim().max(100).regex(/^[\p{L}\p{N}._:/-]+$/u, 'error.external_id').optional(),
  title: localizedRequired(500),
  originalLanguage: term('textLanguage'),
  country: countryCode.optional(),
  /** The country was not given but derived from the jurisdiction's name (and the record says so). */
  countryFromJurisdiction: z.boolean().default(false),
  jurisdiction: optionalText(200),
  court: optionalText(300),
  courtLevel: term('courtLevel').default('not_stated'),
  courtType: term('courtType').optional(),
  caseNumber: optionalText(120),
  /** As precise as the source: `2010`, `2010-03` or `2010-03-05`; absent when not stated. */
  decisionDate: partialDateField.optional(),
  crimeTypes: z.array(term('crimeType')).min(1).max(3).transform(unique),
  acts: terms('act'),
  means: terms('means'),
  purposes: terms('purpose'),
  scope: term('scope').default('unknown'),
  sectors: terms('sector'),
  victims: z.array(victim).max(1000).default([]),
  defendants: z.array(defendant).max(500).default([]),
  charges: textList(300, 50),
  proceduralHistory: z.array(z.object({ ref: recordRef, relation: z.enum(['earlier', 'later']), note: optionalText(500) })).max(20).default([]),
  factSummary: localizedOptional(20_000),
  commentary: localizedOptional(20_000),
  significantFeatures: localizedOptional(5_000),
  crossCuttingIssues: terms('crossCuttingIssue'),
  evidentialIssues: terms('evidentialIssue'),
  keywords: textList(100, 50),
  sources: z.array(source).max(50).default([]),
  legislationApplied: z.array(recordRef).max(50).default([]).transform(unique),
  articles: z.array(z.enum(TREATY_ARTICLES)).max(50).default([]).transform(unique),
  /** The editors' assessment that all elements of the offence are present; absent when not assessed. */
  inclusion: z.object({ allElementsPresent: z.boolean(), reason: optionalText(2000) })
    .refine((value) => value.allElementsPresent || value.reason, { path: ['reason'], message: 'error.inclusion_reason' }).optional(),
  sample: z.boolean().default(false),
}).superRefine((value, ctx) => {
  if (!value.country && !value.jurisdiction) ctx.addIssue({ code: 'custom', path: ['country'], message: 'error.country_or_jurisdiction' });
  if (!value.title[value.originalLanguage as TextLanguage]) ctx.addIssue({ code: 'custom', path: ['title', value.originalLanguage], message: 'error.original_language_text' });
}).transform(deriveCountryFromJurisdiction);

/**
 * SHERLOC often names the jurisdiction ("United States of America") without a country code: the
 * country is then taken from that name, in any of the six UN languages, and flagged as derived.
 * A jurisdiction that names no country stays as text only (editors find those records listed).
 */
function deriveCountryFromJurisdiction<T extends { country?: string; jurisdiction?: string; countryFromJurisdiction: boolean }>(value: T): T {
  if (value.country) return value;
  const country = value.jurisdiction ? findCountryByName(value.jurisdiction) : undefined;
  return country ? { ...value, country: country.iso3, countryFromJurisdiction: true } : { ...value, countryFromJurisdiction: false };
}

const provision = z.object({
  number: requiredText(40),
  heading: localizedOptional(500),
  text: localizedRequired(50_000),
  articles: z.array(z.enum(TREATY_ARTICLES)).max(30).default([]).transform(unique),
  themes: terms('legislationTheme'),
});

export const legislationInput = z.object({
  externalId: z.string().trim().max(100).regex(/^[\p{L}\p{N}._:/-]+$/u, 'error.external_id').optional(),
  country: countryCode,
  title: localizedRequired(500),
  originalLanguage: term('textLanguage'),
  officialCitation: optionalText(500),
  yearAdopted: year,
  yearsAmended: z.array(year).max(50).default([]).transform(unique),
  yearInForce: year.optional(),
  yearRepealed: year.optional(),
  status: term('legislationStatus'),
  crimeTypes: z.array(term('crimeType')).min(1).max(3).transform(unique),
  themes: terms('legislationTheme'),
  summary: localizedOptional(20_000),
  provisions: z.array(provision).max(500).default([]),
  keywords: textList(100, 50),
  sources: z.array(source).max(50).default([]),
  sample: z.boolean().default(false),
}).superRefine((value, ctx) => {
  if (value.yearRepealed !== undefined && value.yearRepealed < value.yearAdopted) ctx.addIssue({ code: 'custom', path: ['yearRepealed'], message: 'error.year_before_adoption' });
  if (value.yearInForce !== undefined && value.yearInForce < value.yearAdopted) ctx.addIssue({ code: 'custom', path: ['yearInForce'], message: 'error.year_before_adoption' });
  if (value.status === 'repealed' && value.yearRepealed === undefined) ctx.addIssue({ code: 'custom', path: ['yearRepealed'], message: 'error.required' });
  if (!value.title[value.originalLanguage as TextLanguage]) ctx.addIssue({ code: 'custom', path: ['title', value.originalLanguage], message: 'error.original_language_text' });
});

export const publicationInput = z.object({
  externalId: z.string().trim().max(100).regex(/^[\p{L}\p{N}._:/-]+$/u, 'error.external_id').optional(),
  authors: z.array(z.string().trim().min(1).max(300)).min(1).max(100),
  title: localizedRequired(1000),
  originalLanguage: term('textLanguage'),
  year,
  publisher: optionalText(300),
  type: term('publicationType'),
  countries: z.array(countryCode).max(250).default([]).transform(unique),
  regions: z.array(regionCode).max(40).default([]).transform(unique),
  method: term('researchMethod').optional(),
  crimeTypes: z.array(term('crimeType')).max(3).default([]).transform(unique),
  keywords: textList(100, 50),
  abstract: localizedOptional(20_000),
  url: z.string().trim().url().max(2000).optional(),
  sample: z.boolean().default(false),
}).superRefine((value, ctx) => {
  if (!value.title[value.originalLanguage as TextLanguage]) ctx.addIssue({ code: 'custom', path: ['title', value.originalLanguage], message: 'error.original_language_text' });
});

export type CaseData = z.infer<typeof caseInput>;
export type LegislationData = z.infer<typeof legislationInput>;
export type PublicationData = z.infer<typeof publicationInput>;
export type RecordData = CaseData | LegislationData | PublicationData;

export const INPUT_SCHEMAS = { case: caseInput, legislation: legislationInput, publication: publicationInput } as const;
