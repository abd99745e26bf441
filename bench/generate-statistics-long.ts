/**
 * A realistic synthetic file in the published long format: detected victims by sex and age, by form
 * of exploitation and by citizenship; persons in formal contact, prosecuted and convicted; offences;
 * for many countries and years, with "<5" for small counts, thousands separators above 999, and
 * rows that map to no ISO code ("Abroad", Serbia and Montenegro). ILLUSTRATIVE, NOT UNODC FIGURES.
 *
 *   npx tsx bench/generate-statistics-long.ts [ROWS] > file.csv
 */
import { stringify } from 'csv-stringify/sync';
import { countryName, listCountries, regionName, type Country } from '../src/core/geo/countries.ts';
import { LONG_COLUMNS, type LongRow } from '../src/statistics/long-format.ts';
import { AGE_LABELS, DIMENSION_LABELS, FORM_LABELS, INDICATOR_LABELS, SEX_LABELS, type AgeCode, type FormCode, type IndicatorCode, type SexCode } from '../src/statistics/vocabulary.ts';
import { seededRandom } from './random.ts';


/** A count as the Global Report writes it: "<5" under 5, a comma every three digits. */
export function countText(value: number): string {
  if (value > 0 && value < 5) return '<5';
  return value.toLocaleString('en-US');
}

/** Splits total into parts proportional to the weights, exactly (largest remainders). */
export function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const raw = weights.map((weight) => (total * weight) / sum);
  const parts = raw.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((value, index) => ({ index, fraction: value - Math.floor(value) })).sort((a, b) => b.fraction - a.fraction);
  for (const { index } of order) { if (rest-- <= 0) break; parts[index]++; }
  return parts;
}

export interface GenerateOptions { targetRows?: number; firstYear?: number; lastYear?: number; seed?: number; countries?: string[]; include?: string[]; sourceSuffix?: string }

/** Generated long-format rows, about targetRows of them. */
export function generateLongRows(options: GenerateOptions = {}): LongRow[] {
  const random = seededRandom(options.seed ?? 20240601);
  const firstYear = options.firstYear ?? 2008;
  const lastYear = options.lastYear ?? 2021;
  const targetRows = options.targetRows ?? 47_000;
  const all = listCountries().filter((country) => country.regionCode);
  const pool = options.countries ? all.filter((country) => options.countries!.includes(country.iso3)) : all;
  const rows: LongRow[] = [];
  const years = lastYear - firstYear + 1;
  const perCountryYear = 38;
  const countryCount = Math.min(pool.length, Math.max(1, Math.ceil(targetRows / (perCountryYear * years * 0.85))));
  const shuffled = [...pool].sort(() => random() - 0.5);
  const included = shuffled.filter((country) => options.include?.includes(country.iso3));
  const countries = [...included, ...shuffled.filter((country) => !included.includes(country))].slice(0, countryCount);
  filling: for (const country of countries) {
    const scale = 5 * Math.exp(random() * 6.5); // 5 to 3,000 victims a year
    const neighbours = pool.filter((other) => other.subRegionCode === country.subRegionCode && other.iso3 !== country.iso3);
    const origins = [...neighbours].sort(() => random() - 0.5).slice(0, 3);
    for (let year = firstYear; year <= lastYear; year++) {
      if (random() < 0.15) continue; // not every country reports every year
      const trend = 1 + 0.04 * (year - firstYear);
      addCountryYear(rows, random, country, year, Math.round(scale * trend * (0.7 + random() * 0.6)), origins, options.sourceSuffix ?? '');
      if (rows.length >= targetRows - 2) break filling;
    }
  }
  addUnmappedRows(rows, firstYear);
  return rows;
}

function addCountryYear(rows: LongRow[], random: () => number, country: Country, year: number, victims: number, origins: Country[], sourceSuffix: string) {
  const place = {
    Iso3_code: country.iso3, Country: countryName(country.iso3, 'en'),
    Region: regionName(country.regionCode!, 'en'), Subregion: country.subRegionCode ? regionName(country.subRegionCode, 'en') : '',
  };
  const source = (random() < 0.5 ? 'Ministry of Interior' : random() < 0.5 ? 'Office of the Prosecutor General' : 'National Police') + sourceSuffix;
  const push = (indicator: IndicatorCode, dimension: keyof typeof DIMENSION_LABELS, category: string, sex: SexCode, age: AgeCode, value: number) => {
    rows.push({
      ...place, Indicator: INDICATOR_LABELS[indicator], Dimension: DIMENSION_LABELS[dimension], Category: category,
      Sex: SEX_LABELS[sex], Age: AGE_LABELS[age], Year: String(year), 'Unit of measurement': 'Counts', txtVALUE: countText(value), Source: source,
    });
  };
  // Detected victims by sex and age: women, girls, men, boys.
  const [women, girls, men, boys] = split(victims, [0.4 + random() * 0.2, 0.1 + random() * 0.15, 0.15 + random() * 0.2, 0.05 + random() * 0.1]);
  push('detected_victims', 'total', 'Total', 'total', 'total', victims);
  push('detected_victims', 'total', 'Total', 'total', 'minor', girls + boys);
  push('detected_victims', 'total', 'Total', 'total', 'adult', women + men);
  push('detected_victims', 'total', 'Total', 'female', 'total', women + girls);
  push('detected_victims', 'total', 'Total', 'female', 'minor', girls);
  push('detected_victims', 'total', 'Total', 'female', 'adult', women);
  push('detected_victims', 'total', 'Total', 'male', 'total', men + boys);
  push('detected_victims', 'total', 'Total', 'male', 'minor', boys);
  push('detected_victims', 'total', 'Total', 'male', 'adult', men);
  // By form of exploitation, the other forms split into sub-forms.
  const [sexual, labour, other] = split(victims, [0.35 + random() * 0.3, 0.2 + random() * 0.3, 0.05 + random() * 0.15]);
  push('detected_victims', 'form', FORM_LABELS.sexual_exploitation, 'total', 'total', sexual);
  push('detected_victims', 'form', FORM_LABELS.forced_labour, 'total', 'total', labour);
  push('detected_victims', 'form', FORM_LABELS.other_forms, 'total', 'total', other);
  const subForms: FormCode[] = ['forced_criminality', 'begging', 'forced_marriage', 'mixed', 'other'];
  split(other, subForms.map(() => random())).forEach((value, index) => push('detected_victims', 'form', FORM_LABELS[subForms[index]], 'total', 'total', value));
  const [sexualFemale, sexualMale] = split(sexual, [0.9, 0.1]);
  push('detected_victims', 'form', FORM_LABELS.sexual_exploitation, 'female', 'total', sexualFemale);
  push('detected_victims', 'form', FORM_LABELS.sexual_exploitation, 'male', 'total', sexualMale);
  // By citizenship: own country and a few neighbours, the rest as other countries.
  const shares = [0.4 + random() * 0.4, ...origins.map(() => random() * 0.3), 0.05];
  const byOrigin = split(victims, shares);
  push('detected_victims', 'citizenship', 'Own country', 'total', 'total', byOrigin[0]);
  origins.forEach((origin, index) => push('detected_victims', 'citizenship', countryName(origin.iso3, 'en'), 'total', 'total', byOrigin[index + 1]));
  push('detected_victims', 'citizenship', 'Other countries', 'total', 'total', byOrigin[byOrigin.length - 1]);
  // The criminal justice chain: formal contact > prosecuted > convicted, by sex.
  let persons = Math.round(victims * (0.3 + random() * 0.5));
  for (const indicator of ['formal_contact', 'prosecuted', 'convicted'] as const) {
    const [female, male] = split(persons, [0.3 + random() * 0.2, 0.6]);
    push(indicator, 'total', 'Total', 'total', 'total', persons);
    push(indicator, 'total', 'Total', 'female', 'total', female);
    push(indicator, 'total', 'Total', 'male', 'total', male);
    const [adults, minors] = split(persons, [0.95, 0.05]);
    push(indicator, 'total', 'Total', 'total', 'adult', adults);
    push(indicator, 'total', 'Total', 'total', 'minor', minors);
    persons = Math.round(persons * (0.4 + random() * 0.4));
  }
  push('offences', 'total', 'Total', 'total', 'total', Math.round(victims * (0.5 + random())));
}

/** Rows whose country or category maps to no current ISO code, as the published files have. */
function addUnmappedRows(rows: LongRow[], year: number) {
  const base = { 'Unit of measurement': 'Counts', Source: 'Ministry of Interior', Year: String(year) };
  rows.push({ ...base, Iso3_code: 'SCG', Country: 'Serbia and Montenegro', Region: 'Europe', Subregion: 'Southern Europe', Indicator: INDICATOR_LABELS.detected_victims, Dimension: 'Total', Category: 'Total', Sex: 'Total', Age: 'Total', txtVALUE: '1,017' });
  rows.push({ ...base, Iso3_code: 'SCG', Country: 'Serbia and Montenegro', Region: 'Europe', Subregion: 'Southern Europe', Indicator: INDICATOR_LABELS.detected_victims, Dimension: 'by citizenship', Category: 'Abroad', Sex: 'Total', Age: 'Total', txtVALUE: '<5' });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const target = Number(process.argv[2] ?? 47_000);
  const rows = generateLongRows({ targetRows: target });
  process.stdout.write(stringify([[...LONG_COLUMNS], ...rows.map((row) => LONG_COLUMNS.map((column) => row[column]))]));
}
