import type { Interval } from '../disclosure.ts';
import { boundsOf } from '../values.ts';
import type { CubeCountryYear } from './published-cube.ts';

export type CoverageKind = 'total' | 'bySex' | 'byAge' | 'byForm' | 'byCitizenship';

/** What analysis reads of a published country-year beyond single values: worked out once per loaded revision. */
export interface CountryYearFacts {
  /** The indicator and breakdown pairs the country reported (a number or "<5"). */
  coverage: { indicator: string; kind: CoverageKind }[];
  /** Detected victims by citizenship category (a country, own country or other), totals excluded. */
  citizenship: { category: string; bounds: Interval }[];
}

// A loaded country-year never changes (a new revision is a new object), so its facts can be kept with it.
const factsByCountryYear = new WeakMap<CubeCountryYear, CountryYearFacts>();
const CITIZENSHIP = 'detected_victims|citizenship|';
const TOTALS = '|total|total';

export function factsOf(countryYear: CubeCountryYear): CountryYearFacts {
  let facts = factsByCountryYear.get(countryYear);
  if (facts) return facts;
  const coverage = new Map<string, { indicator: string; kind: CoverageKind }>();
  const reported = (indicator: string, kind: CoverageKind) => { coverage.set(`${indicator}|${kind}`, { indicator, kind }); };
  const citizenship: CountryYearFacts['citizenship'] = [];
  for (const [valueKey, value] of countryYear.values) {
    if (valueKey.startsWith(CITIZENSHIP) && valueKey.endsWith(TOTALS)) {
      const bounds = boundsOf(value);
      const category = valueKey.slice(CITIZENSHIP.length, -TOTALS.length);
      if (bounds && category !== 'total') citizenship.push({ category, bounds });
    }
    if (value.state !== 'number' && value.state !== 'suppressed') continue;
    const [indicator, dimension, category, sex, age] = valueKey.split('|');
    if (dimension === 'form') reported(indicator, 'byForm');
    else if (dimension === 'citizenship') reported(indicator, 'byCitizenship');
    else if (dimension === 'total' && category === 'total') {
      if (sex === 'total' && age === 'total') reported(indicator, 'total');
      if (sex === 'female' || sex === 'male') reported(indicator, 'bySex');
      if (age === 'minor' || age === 'adult') reported(indicator, 'byAge');
    }
  }
  facts = { coverage: [...coverage.values()], citizenship };
  factsByCountryYear.set(countryYear, facts);
  return facts;
}
