import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  countriesInRegion,
  countryName,
  findCountryByName,
  getCountry,
  listCountries,
  listRegions,
  regionName,
  sortByName,
  type GeoLocale,
} from '../../../src/core/geo/countries.ts';
import { M49_AREAS, M49_COUNTRIES, SUPPLEMENTARY_COUNTRIES } from '../../../src/core/geo/m49-data.ts';

const LOCALES: GeoLocale[] = ['en', 'fr', 'es', 'ar'];
const iso3s = (list: { iso3: string }[]) => list.map((c) => c.iso3);

describe('m49-data', () => {
  it('has one row per M49 country or area, with unique codes', () => {
    assert.equal(M49_COUNTRIES.length, 248);
    for (const key of ['iso2', 'iso3', 'm49'] as const) {
      assert.equal(new Set(M49_COUNTRIES.map((r) => r[key])).size, M49_COUNTRIES.length, key);
    }
    for (const r of M49_COUNTRIES) {
      assert.match(r.iso2, /^[A-Z]{2}$/);
      assert.match(r.iso3, /^[A-Z]{3}$/);
      assert.match(r.m49, /^\d{3}$/);
    }
  });

  it('has 5 regions, 17 sub-regions, 7 intermediate regions, named in four languages', () => {
    assert.equal(M49_AREAS.filter((a) => a.level === 'region').length, 5);
    assert.equal(M49_AREAS.filter((a) => a.level === 'subRegion').length, 17);
    assert.equal(M49_AREAS.filter((a) => a.level === 'intermediateRegion').length, 7);
    for (const area of M49_AREAS) {
      for (const locale of LOCALES) assert.ok(area.names[locale].trim().length > 0, `${area.code} ${locale}`);
      assert.notEqual(area.names.ar, area.names.en);
    }
  });

  it('gives each row an area code chain that exists and nests', () => {
    const areas = new Map(M49_AREAS.map((a) => [a.code, a]));
    for (const r of M49_COUNTRIES) {
      if (r.iso3 === 'ATA') continue;
      assert.equal(areas.get(r.regionCode!)?.level, 'region', r.iso3);
      assert.equal(areas.get(r.subRegionCode!)?.parentCode, r.regionCode, r.iso3);
      if (r.intermediateRegionCode) {
        assert.equal(areas.get(r.intermediateRegionCode)?.parentCode, r.subRegionCode, r.iso3);
      }
    }
  });

  it('names every supplementary entry in four languages', () => {
    for (const s of SUPPLEMENTARY_COUNTRIES) {
      for (const locale of LOCALES) assert.ok(s.names[locale].length > 0, `${s.iso3} ${locale}`);
    }
  });
});

describe('listCountries', () => {
  it('lists the current M49 countries, sorted by alpha-3', () => {
    const list = listCountries();
    assert.equal(list.length, 248);
    assert.deepEqual(iso3s(list), [...iso3s(list)].sort());
    assert.ok(list.every((c) => !c.historical && c.m49 !== null));
    assert.ok(!iso3s(list).includes('SCG'));
  });

  it('adds historical and non-M49 codes only when asked', () => {
    const all = iso3s(listCountries({ includeHistorical: true }));
    for (const code of ['SCG', 'YUG', 'SUN', 'CSK', 'ANT', 'XKX', 'TWN', 'BRA']) assert.ok(all.includes(code), code);
    assert.equal(new Set(all).size, all.length);
    assert.deepEqual(all, [...all].sort());
    assert.equal(getCountry('SCG')?.historical, true);
    assert.equal(getCountry('XKX')?.historical, false);
  });

  it('names every current country in all four locales, never by its code', () => {
    for (const c of listCountries()) {
      for (const locale of LOCALES) {
        const name = countryName(c.iso3, locale);
        assert.ok(name.length > 1, `${c.iso3} ${locale}`);
        assert.notEqual(name, c.iso3);
        assert.notEqual(name, c.iso2);
      }
      assert.match(countryName(c.iso3, 'ar'), /[\u0600-\u06FF]/, `${c.iso3} ar`);
    }
  });

  it('places every current country except Antarctica in a region and sub-region', () => {
    const without = listCountries().filter((c) => c.regionCode === null || c.subRegionCode === null);
    assert.deepEqual(iso3s(without), ['ATA']);
  });
});

describe('getCountry', () => {
  it('accepts alpha-2, alpha-3 and M49 numeric codes, case-insensitive and trimmed', () => {
    const brazil = getCountry('BRA');
    assert.ok(brazil);
    assert.equal(getCountry('076'), brazil);
    assert.equal(getCountry('76'), brazil);
    assert.equal(getCountry('br'), brazil);
    assert.equal(getCountry(' BRA '), brazil);
    assert.deepEqual(brazil, {
      iso2: 'BR',
      iso3: 'BRA',
      m49: '076',
      regionCode: '019',
      subRegionCode: '419',
      intermediateRegionCode: '005',
      historical: false,
    });
  });

  it('returns undefined for unknown or malformed codes', () => {
    for (const code of ['', 'ZZ', 'ZZZ', '999', 'Brazil', 'B1']) assert.equal(getCountry(code), undefined, code);
  });

  it('resolves historical and user-assigned codes', () => {
    assert.equal(getCountry('CS')?.iso3, 'SCG'); // CS was reassigned from Czechoslovakia
    assert.equal(getCountry('200')?.iso3, 'CSK');
    assert.equal(getCountry('yu')?.iso3, 'YUG');
    assert.equal(getCountry('SU')?.iso3, 'SUN');
    assert.equal(getCountry('an')?.iso3, 'ANT');
    assert.equal(getCountry('XK')?.iso3, 'XKX');
    assert.equal(getCountry('XKK')?.iso3, 'XKX');
    assert.equal(getCountry('XKX')?.m49, null);
  });
});

describe('regions', () => {
  it('knows where countries are', () => {
    const bra = getCountry('BRA')!;
    assert.equal(regionName(bra.regionCode!, 'en'), 'Americas');
    assert.equal(regionName(bra.subRegionCode!, 'en'), 'Latin America and the Caribbean');
    assert.equal(regionName(bra.intermediateRegionCode!, 'en'), 'South America');
    const nga = getCountry('NGA')!;
    assert.equal(regionName(nga.subRegionCode!, 'en'), 'Sub-Saharan Africa');
    assert.equal(regionName(nga.intermediateRegionCode!, 'en'), 'Western Africa');
    assert.equal(regionName(getCountry('MDA')!.subRegionCode!, 'en'), 'Eastern Europe');
    assert.equal(regionName(getCountry('AUS')!.subRegionCode!, 'en'), 'Australia and New Zealand');
    assert.equal(getCountry('TUR')!.subRegionCode, '145');
    assert.equal(getCountry('GGY')!.subRegionCode, '154');
  });

  it('names regions in each language', () => {
    assert.equal(regionName('202', 'fr'), 'Afrique subsaharienne');
    assert.equal(regionName('202', 'ar'), 'أفريقيا جنوب الصحراء الكبرى');
    assert.equal(regionName('419', 'es'), 'América Latina y el Caribe');
    assert.equal(regionName('2', 'fr'), 'Afrique');
    assert.equal(regionName('001', 'es'), 'Mundo');
    assert.equal(regionName('999', 'en'), '999');
    for (const r of listRegions()) {
      assert.notEqual(regionName(r.code, 'ar'), regionName(r.code, 'en'), r.code);
      assert.notEqual(regionName(r.code, 'en'), r.code);
    }
  });

  it('lists regions by level with their parents', () => {
    assert.deepEqual(listRegions('region').map((r) => r.code).sort(), ['002', '009', '019', '142', '150']);
    assert.equal(listRegions().length, 29);
    assert.deepEqual(listRegions('intermediateRegion').find((r) => r.code === '011'), {
      code: '011',
      level: 'intermediateRegion',
      parentCode: '202',
    });
    assert.ok(listRegions('subRegion').every((r) => r.parentCode !== null));
  });

  it('finds the countries of a region at any level', () => {
    const africa = iso3s(countriesInRegion('002'));
    assert.ok(africa.includes('NGA'));
    assert.ok(!africa.includes('BRA'));
    assert.equal(africa.length, 60);
    assert.ok(iso3s(countriesInRegion('151')).includes('MDA'));
    assert.ok(iso3s(countriesInRegion('005')).includes('BRA'));
    assert.deepEqual(iso3s(countriesInRegion('053')), ['AUS', 'CCK', 'CXR', 'HMD', 'NFK', 'NZL']);
    assert.equal(countriesInRegion('001').length, 248);
    assert.deepEqual(countriesInRegion('999'), []);
    const regionTotal = listRegions('region').reduce((n, r) => n + countriesInRegion(r.code).length, 0);
    assert.equal(regionTotal, 247); // all but Antarctica
  });
});

describe('names', () => {
  it('uses i18n-iso-countries names, falling back to the code', () => {
    assert.equal(countryName('BRA', 'en'), 'Brazil');
    assert.equal(countryName('BRA', 'fr'), 'Brésil');
    assert.equal(countryName('DEU', 'es'), 'Alemania');
    assert.equal(countryName('DEU', 'ar'), 'ألمانيا');
    assert.equal(countryName(' de ', 'fr'), 'Allemagne');
    assert.equal(countryName('ZZZ', 'en'), 'ZZZ');
  });

  it('names historical and user-assigned entries from the table', () => {
    assert.equal(countryName('SCG', 'en'), 'Serbia and Montenegro');
    assert.equal(countryName('SCG', 'fr'), 'Serbie-et-Monténégro');
    assert.equal(countryName('SUN', 'es'), 'Unión de Repúblicas Socialistas Soviéticas');
    assert.equal(countryName('CSK', 'ar'), 'تشيكوسلوفاكيا');
    assert.equal(countryName('XK', 'en'), 'Kosovo under UNSCR 1244');
  });

  it('finds countries by name in four languages, UN forms and aliases', () => {
    const cases: [string, string][] = [
      ['Bolivia (Plurinational State of)', 'BOL'],
      ['Türkiye', 'TUR'],
      ['Turkey', 'TUR'],
      ['TURKIYE', 'TUR'],
      ['United States of America', 'USA'],
      ['Viet Nam', 'VNM'],
      ['Vietnam', 'VNM'],
      ["Côte d'Ivoire", 'CIV'],
      ['Côte d’Ivoire', 'CIV'],
      ['Republic of Moldova', 'MDA'],
      ['Moldavie', 'MDA'],
      ['Estados Unidos', 'USA'],
      ['ألمانيا', 'DEU'],
      ['  brésil ', 'BRA'],
      ['Congo', 'COG'],
      ['Democratic Republic of the Congo', 'COD'],
      ['Serbia and Montenegro', 'SCG'],
      ['USSR', 'SUN'],
      ['Kosovo', 'XKX'],
    ];
    for (const [name, iso3] of cases) assert.equal(findCountryByName(name)?.iso3, iso3, name);
  });

  it('does not guess', () => {
    for (const name of ['Abroad', 'Unknown', '', '   ', 'Europe']) assert.equal(findCountryByName(name), undefined, name);
  });

  it('sorts by name with each locale’s collation', () => {
    const sample = ['DEU', 'AUT', 'ESP', 'EGY', 'ALB'].map((c) => getCountry(c)!);
    assert.deepEqual(iso3s(sortByName(sample, 'en')), ['ALB', 'AUT', 'EGY', 'DEU', 'ESP']);
    assert.deepEqual(iso3s(sortByName(sample, 'fr')), ['ALB', 'DEU', 'AUT', 'EGY', 'ESP']);
    const ar = sortByName(sample, 'ar').map((c) => countryName(c.iso3, 'ar'));
    assert.deepEqual(ar, [...ar].sort(new Intl.Collator('ar').compare));
    assert.equal(sample[0].iso3, 'DEU'); // input left as it was
  });
});
