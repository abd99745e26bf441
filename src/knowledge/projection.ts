import { getCountry, listRegions } from '../core/geo/countries.ts';
import type { CaseData, Kind, LegislationData, PublicationData, RecordData, TextLanguage } from './schemas.ts';

type Localized = Partial<Record<TextLanguage, string>>;

/** A piece of text for the search index, in one language, with its weight (A most important). */
export interface TextPiece { language: TextLanguage; weight: 'A' | 'B' | 'C' | 'D'; text: string }

/** What a published record contributes to search: facets, sort keys, texts. */
export interface Projection {
  title: Localized;
  originalLanguage: TextLanguage;
  year: number | null;
  sortDate: string | null;
  countries: string[];
  facets: string[];
  snippets: Localized;
  texts: TextPiece[];
}

export function project(kind: Kind, data: RecordData): Projection {
  if (kind === 'case') return projectCase(data as CaseData);
  if (kind === 'legislation') return projectLegislation(data as LegislationData);
  return projectPublication(data as PublicationData);
}

/**
 * The sort key of a date known to the year or the month is its first day: such a record sorts
 * within its year (after the dated decisions of that year, newest first). The key is used for
 * ordering only; the record and every page keep the date as given.
 */
export const sortKeyOfPartialDate = (value: string | undefined): string | null => (value ? `${value}-01-01`.slice(0, 10) : null);

function projectCase(data: CaseData): Projection {
  const year = data.decisionDate ? Number(data.decisionDate.slice(0, 4)) : null;
  const countries = data.country ? [data.country] : [];
  const facets = new Set<string>([
    'kind:case', ...(year === null ? [] : [`year:${year}`]), ...geoFacets(countries),
    ...data.crimeTypes.map((value) => `crimeType:${value}`),
    ...data.acts.map((value) => `act:${value}`),
    ...data.means.map((value) => `means:${value}`),
    ...data.purposes.map((value) => `purpose:${value}`),
    ...data.sectors.map((value) => `sector:${value}`),
    `courtLevel:${data.courtLevel}`,
    `scope:${data.scope}`,
    ...data.defendants.map((person) => `verdict:${person.verdict}`),
    ...data.victims.map((person) => `victimSex:${person.sex}`),
    ...data.victims.map((person) => `victimAge:${person.ageGroup}`),
    ...data.defendants.map((person) => `defendantSex:${person.sex}`),
    ...data.defendants.flatMap((person) => (person.nationality ? [`defendantNationality:${person.nationality}`] : [])),
    ...data.evidentialIssues.map((value) => `evidentialIssue:${value}`),
    ...data.crossCuttingIssues.map((value) => `crossCuttingIssue:${value}`),
    ...data.articles.map((value) => `article:${value}`),
    ...languagesOf(data.title, data.factSummary, data.commentary).map((value) => `language:${value}`),
  ]);
  const texts: TextPiece[] = [
    ...pieces(data.title, 'A'),
    ...pieces(data.factSummary, 'B'),
    ...pieces(data.significantFeatures, 'B'),
    ...pieces(data.commentary, 'C'),
    ...plain(data.originalLanguage, 'B', [data.court ?? '', data.caseNumber ?? '', data.jurisdiction ?? '', ...data.keywords]),
    ...plain(data.originalLanguage, 'C', [...data.charges, ...data.defendants.flatMap((person) => person.charges), ...data.sources.map((item) => item.citation)]),
  ];
  return {
    title: data.title, originalLanguage: data.originalLanguage as TextLanguage, year, sortDate: sortKeyOfPartialDate(data.decisionDate), countries,
    facets: [...facets], snippets: firstOf(data.factSummary, data.significantFeatures, data.commentary), texts,
  };
}

function projectLegislation(data: LegislationData): Projection {
  const countries = [data.country];
  const facets = new Set<string>([
    'kind:legislation', `year:${data.yearAdopted}`, ...geoFacets(countries),
    ...data.crimeTypes.map((value) => `crimeType:${value}`),
    ...data.themes.map((value) => `legislationTheme:${value}`),
    ...data.provisions.flatMap((provision) => provision.themes.map((value) => `legislationTheme:${value}`)),
    ...data.provisions.flatMap((provision) => provision.articles.map((value) => `article:${value}`)),
    `legislationStatus:${data.status}`,
    ...languagesOf(data.title, data.summary).map((value) => `language:${value}`),
  ]);
  const texts: TextPiece[] = [
    ...pieces(data.title, 'A'),
    ...pieces(data.summary, 'B'),
    ...data.provisions.flatMap((provision) => [...pieces(provision.heading, 'B'), ...pieces(provision.text, 'C')]),
    ...plain(data.originalLanguage, 'B', [data.officialCitation ?? '', ...data.keywords]),
  ];
  const provisionText = data.provisions.map((provision) => provision.text);
  return {
    title: data.title, originalLanguage: data.originalLanguage as TextLanguage, year: data.yearAdopted, sortDate: `${data.yearAdopted}-01-01`, countries,
    facets: [...facets], snippets: firstOf(data.summary, ...provisionText), texts,
  };
}

function projectPublication(data: PublicationData): Projection {
  const facets = new Set<string>([
    'kind:publication', `year:${data.year}`, ...geoFacets(data.countries),
    ...data.regions.flatMap(regionFacets),
    ...data.crimeTypes.map((value) => `crimeType:${value}`),
    `publicationType:${data.type}`,
    ...(data.method ? [`researchMethod:${data.method}`] : []),
    ...languagesOf(data.title, data.abstract).map((value) => `language:${value}`),
  ]);
  const texts: TextPiece[] = [
    ...pieces(data.title, 'A'),
    ...pieces(data.abstract, 'B'),
    ...plain(data.originalLanguage, 'B', [...data.authors, data.publisher ?? '', ...data.keywords]),
  ];
  return {
    title: data.title, originalLanguage: data.originalLanguage as TextLanguage, year: data.year, sortDate: `${data.year}-01-01`, countries: data.countries,
    facets: [...facets], snippets: firstOf(data.abstract), texts,
  };
}

/** Country, M49 region and sub-region facets of the countries. */
function geoFacets(countries: string[]): string[] {
  return countries.flatMap((code) => {
    const country = getCountry(code);
    return [
      `country:${code}`,
      ...(country?.regionCode ? [`region:${country.regionCode}`] : []),
      ...(country?.subRegionCode ? [`subRegion:${country.subRegionCode}`] : []),
    ];
  });
}

/** An M49 area and the areas that contain it, as region and sub-region facets (intermediate regions count under their sub-region). */
function regionFacets(code: string): string[] {
  const facets: string[] = [];
  let area = listRegions().find((region) => region.code === code);
  while (area) {
    if (area.level === 'region') facets.push(`region:${area.code}`);
    if (area.level === 'subRegion') facets.push(`subRegion:${area.code}`);
    const parent = area.parentCode;
    area = parent ? listRegions().find((region) => region.code === parent) : undefined;
  }
  return facets;
}

function pieces(text: Localized | undefined, weight: TextPiece['weight']): TextPiece[] {
  return Object.entries(text ?? {}).filter(([, value]) => value).map(([language, value]) => ({ language: language as TextLanguage, weight, text: value! }));
}

function plain(language: string, weight: TextPiece['weight'], values: string[]): TextPiece[] {
  const text = values.filter(Boolean).join('\n');
  return text ? [{ language: language as TextLanguage, weight, text }] : [];
}

function languagesOf(...texts: (Localized | undefined)[]): string[] {
  return [...new Set(texts.flatMap((text) => Object.keys(text ?? {})))];
}

/** For each language, the first of the texts that exists in it. */
function firstOf(...texts: (Localized | undefined)[]): Localized {
  const result: Localized = {};
  for (const text of texts) {
    for (const [language, value] of Object.entries(text ?? {})) {
      if (value && !result[language as TextLanguage]) result[language as TextLanguage] = value;
    }
  }
  return result;
}

/** The text search configuration of PostgreSQL for a language (Chinese has none: 'simple'). */
export const TEXT_SEARCH_CONFIG: Record<TextLanguage, string> = {
  en: 'english', fr: 'french', es: 'spanish', ru: 'russian', ar: 'arabic', zh: 'simple',
};
