/**
 * Countries and areas: ISO 3166 codes, names in the interface languages, UN M49 regions.
 * The one module the rest of Ariadne should use for any of these.
 *
 *  - The current set is the UN M49 overview (248 countries or areas, see m49-data.ts).
 *  - Also known but left out of listCountries() unless asked for (`includeHistorical`):
 *    withdrawn ISO 3166-3 codes (SCG, YUG, SUN, CSK, ANT), Kosovo's user-assigned XK/XKX,
 *    and ISO 3166-1 codes that M49 does not list separately (TW).
 *  - Country names come from i18n-iso-countries; region names and the names of the
 *    supplementary entries come from m49-data.ts.
 */
import { createRequire } from 'node:module';
import isoCountries, { type LocaleData } from 'i18n-iso-countries';
import {
  M49_AREAS,
  M49_COUNTRIES,
  M49_WORLD_CODE,
  M49_WORLD_NAMES,
  SUPPLEMENTARY_COUNTRIES,
  type LocalizedNames,
} from './m49-data.ts';

export type GeoLocale = 'en' | 'fr' | 'es' | 'ar';

export interface Country {
  iso2: string;
  iso3: string;
  m49: string | null;
  regionCode: string | null;
  subRegionCode: string | null;
  intermediateRegionCode: string | null;
  historical: boolean;
}

export interface Region {
  code: string;
  level: 'region' | 'subRegion' | 'intermediateRegion';
  parentCode: string | null;
}

export const GEO_LOCALES: readonly GeoLocale[] = ['en', 'fr', 'es', 'ar'];

// --- i18n-iso-countries locales -----------------------------------------------------------

const require = createRequire(import.meta.url);
for (const lang of ['en', 'fr', 'es', 'ar', 'ru', 'zh']) {
  isoCountries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as LocaleData);
}

// --- tables -------------------------------------------------------------------------------

interface Entry {
  country: Readonly<Country>;
  /** Names that override i18n-iso-countries (supplementary entries). */
  names: LocalizedNames | null;
  /** Extra names for findCountryByName. */
  aliases: readonly string[];
  /** Listed by listCountries() without includeHistorical. */
  current: boolean;
}

const entries: Entry[] = [];
const byAlpha2 = new Map<string, Entry>();
const byAlpha3 = new Map<string, Entry>();
const byNumeric = new Map<string, Entry>();

function addEntry(entry: Entry, numeric: string | null): void {
  entries.push(entry);
  const { iso2, iso3 } = entry.country;
  // First registration wins: M49 rows, then supplementary rows in table order (so the
  // reassigned alpha-2 "CS" resolves to Serbia and Montenegro, not Czechoslovakia).
  if (!byAlpha2.has(iso2)) byAlpha2.set(iso2, entry);
  if (!byAlpha3.has(iso3)) byAlpha3.set(iso3, entry);
  if (numeric && !byNumeric.has(numeric)) byNumeric.set(numeric, entry);
}

for (const row of M49_COUNTRIES) {
  const country: Country = {
    iso2: row.iso2,
    iso3: row.iso3,
    m49: row.m49,
    regionCode: row.regionCode,
    subRegionCode: row.subRegionCode,
    intermediateRegionCode: row.intermediateRegionCode,
    historical: false,
  };
  addEntry({ country: Object.freeze(country), names: null, aliases: [row.unsdName], current: true }, row.m49);
}

for (const row of SUPPLEMENTARY_COUNTRIES) {
  const country: Country = {
    iso2: row.iso2,
    iso3: row.iso3,
    m49: row.numeric,
    regionCode: null,
    subRegionCode: null,
    intermediateRegionCode: null,
    historical: row.historical,
  };
  addEntry({ country: Object.freeze(country), names: row.names, aliases: row.aliases, current: false }, row.numeric);
}

// ISO 3166-1 codes i18n-iso-countries knows that neither table has (Taiwan), and the
// library's own alpha-3 for Kosovo (XKK) as another way in to XKX.
for (const [iso2, iso3] of Object.entries(isoCountries.getAlpha2Codes())) {
  const known = byAlpha2.get(iso2);
  if (known) {
    if (!byAlpha3.has(iso3)) byAlpha3.set(iso3, known);
    continue;
  }
  const numeric = isoCountries.alpha2ToNumeric(iso2) ?? null;
  const country: Country = {
    iso2, iso3, m49: null, regionCode: null, subRegionCode: null, intermediateRegionCode: null, historical: false,
  };
  addEntry({ country: Object.freeze(country), names: null, aliases: [], current: false }, numeric);
}

const byIso3 = (a: Country, b: Country) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0);

const areasByCode = new Map(M49_AREAS.map((area) => [area.code, area]));

// --- lookups ------------------------------------------------------------------------------

function findEntry(code: string): Entry | undefined {
  if (typeof code !== 'string') return undefined;
  const c = code.trim().toUpperCase();
  if (/^\d{1,3}$/.test(c)) return byNumeric.get(c.padStart(3, '0'));
  if (/^[A-Z]{2}$/.test(c)) return byAlpha2.get(c);
  if (/^[A-Z]{3}$/.test(c)) return byAlpha3.get(c);
  return undefined;
}

/** Countries and areas, sorted by alpha-3. By default only the current UN M49 set. */
export function listCountries(opts: { includeHistorical?: boolean } = {}): Country[] {
  return entries
    .filter((e) => e.current || opts.includeHistorical === true)
    .map((e) => e.country)
    .sort(byIso3);
}

/** By ISO alpha-2, ISO alpha-3 or M49 numeric code; case-insensitive, surrounding spaces ignored. */
export function getCountry(code: string): Country | undefined {
  return findEntry(code)?.country;
}

/**
 * The name of a country in `locale`: the UN M49 name in English, i18n-iso-countries' short
 * name in the other languages, falling back to English, then to the code as given.
 */
export function countryName(code: string, locale: GeoLocale): string {
  const entry = findEntry(code);
  if (!entry) return typeof code === 'string' ? code.trim() : String(code);
  if (entry.names) return entry.names[locale] ?? entry.names.en;
  // In English, the UN's own short names ("Republic of Moldova", "Viet Nam"), as in UN reports.
  if (locale === 'en' && entry.aliases[0]) return entry.aliases[0];
  const iso2 = entry.country.iso2;
  return (
    isoCountries.getName(iso2, locale, { select: 'official' }) ??
    isoCountries.getName(iso2, 'en', { select: 'official' }) ??
    code.trim()
  );
}

// --- names --------------------------------------------------------------------------------

/**
 * Lower case, accents and other combining marks dropped (this also drops Arabic short vowels
 * and folds hamza-carrying alefs to a bare alef), typographic apostrophes and punctuation
 * turned into spaces, runs of spaces collapsed.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\u0640/g, '') // Arabic tatweel
    .replace(/\u0649/g, '\u064A') // alef maksura → yeh
    .replace(/\u0629/g, '\u0647') // teh marbuta → heh
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let nameIndex: Map<string, Entry> | undefined;

/** Names are recognised in the six UN languages, though the interface offers fewer. */
const NAME_LOCALES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'] as const;

/** Short forms that courts and databases write and that neither the UN nor the library lists. */
const COMMON_VARIANTS: [string, string][] = [
  ['États-Unis', 'US'], ['Etats Unis', 'US'], ['Соединенные Штаты Америки', 'US'], ['美利坚合众国', 'US'], ['Estados Unidos de América', 'US'], ['U.S.A.', 'US'], ['U.S.', 'US'],
  ['Russia', 'RU'], ['Russie', 'RU'], ['Rusia', 'RU'], ['Россия', 'RU'],
  ['Great Britain', 'GB'], ['England and Wales', 'GB'], ['Scotland', 'GB'], ['Northern Ireland', 'GB'],
  ['Holland', 'NL'], ['Czech Republic', 'CZ'], ['Turkey', 'TR'], ['Swaziland', 'SZ'], ['Macedonia', 'MK'],
  ['Ivory Coast', 'CI'], ['Burma', 'MM'], ['Cape Verde', 'CV'], ['East Timor', 'TL'], ['Vietnam', 'VN'],
  ['South Korea', 'KR'], ['North Korea', 'KP'], ['Laos', 'LA'], ['Syria', 'SY'], ['Iran', 'IR'], ['Moldova', 'MD'],
  ['Tanzania', 'TZ'], ['Bolivia', 'BO'], ['Venezuela', 'VE'], ['Kosovo', 'XK'],
];

function buildNameIndex(): Map<string, Entry> {
  const index = new Map<string, Entry>();
  const add = (name: string | undefined, entry: Entry) => {
    if (!name) return;
    const key = normalizeName(name);
    if (key && !index.has(key)) index.set(key, entry);
  };
  // Priority: UN names and supplementary names first, then each library locale.
  for (const entry of entries) {
    if (entry.names) for (const locale of GEO_LOCALES) add(entry.names[locale], entry);
    for (const alias of entry.aliases) add(alias, entry);
  }
  for (const [name, alpha2] of COMMON_VARIANTS) add(name, byAlpha2.get(alpha2)!);
  for (const locale of NAME_LOCALES) {
    const all = isoCountries.getNames(locale, { select: 'all' });
    for (const [iso2, names] of Object.entries(all)) {
      const entry = byAlpha2.get(iso2);
      if (entry) for (const name of names) add(name, entry);
    }
  }
  return index;
}

/**
 * The country whose name in one of the six UN languages (or a known alias, such as the UN's
 * "Bolivia (Plurinational State of)", or a common short form such as "États-Unis") is `name`;
 * accent- and case-insensitive.
 */
export function findCountryByName(name: string): Country | undefined {
  if (typeof name !== 'string') return undefined;
  const key = normalizeName(name);
  if (!key) return undefined;
  nameIndex ??= buildNameIndex();
  return nameIndex.get(key)?.country;
}

const collators = new Map<GeoLocale, Intl.Collator>();

/** A sorted copy, by countryName in `locale`, with that locale's collation. */
export function sortByName(countries: Country[], locale: GeoLocale): Country[] {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base' });
    collators.set(locale, collator);
  }
  const c = collator;
  return countries
    .map((country) => ({ country, name: countryName(country.iso3, locale) }))
    .sort((a, b) => c.compare(a.name, b.name) || byIso3(a.country, b.country))
    .map((x) => x.country);
}

// --- regions ------------------------------------------------------------------------------

function normalizeRegionCode(code: string): string {
  const c = typeof code === 'string' ? code.trim() : '';
  return /^\d{1,3}$/.test(c) ? c.padStart(3, '0') : c;
}

/** M49 regions, sub-regions and intermediate regions in the UNSD order; one level if given. */
export function listRegions(level?: Region['level']): Region[] {
  return M49_AREAS.filter((area) => level === undefined || area.level === level).map((area) => ({
    code: area.code,
    level: area.level,
    parentCode: area.parentCode,
  }));
}

/** The name of an M49 area (001 World included) in `locale`; the code itself if unknown. */
export function regionName(code: string, locale: GeoLocale): string {
  const c = normalizeRegionCode(code);
  const names = c === M49_WORLD_CODE ? M49_WORLD_NAMES : areasByCode.get(c)?.names;
  if (!names) return c;
  return names[locale] ?? names.en;
}

/**
 * Current countries in a region, sub-region or intermediate region (001 World: all of
 * them), sorted by alpha-3; empty for an unknown code.
 */
export function countriesInRegion(code: string): Country[] {
  const c = normalizeRegionCode(code);
  if (c === M49_WORLD_CODE) return listCountries();
  if (!areasByCode.has(c)) return [];
  return listCountries().filter(
    (country) => country.regionCode === c || country.subRegionCode === c || country.intermediateRegionCode === c,
  );
}
