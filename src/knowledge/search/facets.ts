import { countryName, getCountry, listRegions, regionName } from '../../core/geo/countries.ts';
import type { Locale, Translate } from '../../core/i18n/i18n.ts';
import { isTerm, termKey, TREATY_ARTICLES, type VocabularyName } from '../vocabularies.ts';
import type { Kind } from '../schemas.ts';

/**
 * The facets of the search page. `vocabulary` gives the allowed values and their labels;
 * `kinds` the databases a facet applies to (shown only when one of them is searched).
 */
export interface FacetDefinition {
  name: string;
  vocabulary?: VocabularyName | 'article';
  values?: 'country' | 'region' | 'subRegion' | 'year' | 'kind';
  kinds: readonly Kind[];
}

const ALL = ['case', 'legislation', 'publication'] as const;
const CASES = ['case'] as const;

export const FACETS: readonly FacetDefinition[] = [
  { name: 'kind', values: 'kind', kinds: ALL },
  { name: 'region', values: 'region', kinds: ALL },
  { name: 'subRegion', values: 'subRegion', kinds: ALL },
  { name: 'country', values: 'country', kinds: ALL },
  { name: 'year', values: 'year', kinds: ALL },
  { name: 'crimeType', vocabulary: 'crimeType', kinds: ALL },
  { name: 'act', vocabulary: 'act', kinds: CASES },
  { name: 'means', vocabulary: 'means', kinds: CASES },
  { name: 'purpose', vocabulary: 'purpose', kinds: CASES },
  { name: 'sector', vocabulary: 'sector', kinds: CASES },
  { name: 'courtLevel', vocabulary: 'courtLevel', kinds: CASES },
  { name: 'scope', vocabulary: 'scope', kinds: CASES },
  { name: 'verdict', vocabulary: 'verdict', kinds: CASES },
  { name: 'victimSex', vocabulary: 'sex', kinds: CASES },
  { name: 'victimAge', vocabulary: 'ageGroup', kinds: CASES },
  { name: 'defendantSex', vocabulary: 'sex', kinds: CASES },
  { name: 'defendantNationality', values: 'country', kinds: CASES },
  { name: 'evidentialIssue', vocabulary: 'evidentialIssue', kinds: CASES },
  { name: 'crossCuttingIssue', vocabulary: 'crossCuttingIssue', kinds: CASES },
  { name: 'article', vocabulary: 'article', kinds: ['case', 'legislation'] },
  { name: 'legislationTheme', vocabulary: 'legislationTheme', kinds: ['legislation'] },
  { name: 'legislationStatus', vocabulary: 'legislationStatus', kinds: ['legislation'] },
  { name: 'publicationType', vocabulary: 'publicationType', kinds: ['publication'] },
  { name: 'researchMethod', vocabulary: 'researchMethod', kinds: ['publication'] },
  { name: 'language', vocabulary: 'textLanguage', kinds: ALL },
];

export const FACET_NAMES = FACETS.map((facet) => facet.name);
const BY_NAME = new Map(FACETS.map((facet) => [facet.name, facet]));

export function facetDefinition(name: string): FacetDefinition | undefined {
  return BY_NAME.get(name);
}

/** The stored form of a value (countries as alpha-3), or undefined when the value is not valid for the facet. */
export function normalizeFacetValue(facet: FacetDefinition, value: string): string | undefined {
  const text = value.trim();
  switch (facet.values) {
    case 'kind': return (ALL as readonly string[]).includes(text) ? text : undefined;
    case 'country': return getCountry(text)?.iso3;
    case 'region': return listRegions('region').some((region) => region.code === text) ? text : undefined;
    case 'subRegion': return listRegions('subRegion').some((region) => region.code === text) ? text : undefined;
    case 'year': return /^\d{4}$/.test(text) ? text : undefined;
  }
  if (facet.vocabulary === 'article') return (TREATY_ARTICLES as readonly string[]).includes(text) ? text : undefined;
  if (facet.vocabulary) return isTerm(facet.vocabulary, text) ? text : undefined;
  return undefined;
}

export function facetValueLabel(facet: FacetDefinition, value: string, t: Translate, locale: Locale): string {
  switch (facet.values) {
    case 'kind': return t(`knowledge.kind.${value}`);
    case 'country': return countryName(value, locale);
    case 'region':
    case 'subRegion': return regionName(value, locale);
    case 'year': return value;
  }
  return t(termKey(facet.vocabulary!, value));
}
