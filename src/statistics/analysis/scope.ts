import { getCountry, listRegions, regionName, type GeoLocale } from '../../core/geo/countries.ts';

/** Where an analysis looks: the world, an M49 region or sub-region, or one country. */
export type Area = { kind: 'world' } | { kind: 'region'; code: string } | { kind: 'country'; iso3: string };

export function parseArea(value: string | undefined): Area {
  const text = (value ?? '').trim();
  if (!text || text === '001' || text === 'world') return { kind: 'world' };
  if (/^\d{3}$/.test(text) && listRegions().some((region) => region.code === text)) return { kind: 'region', code: text };
  const country = /^[A-Za-z]{3}$/.test(text) ? getCountry(text) : undefined;
  if (country && !country.historical) return { kind: 'country', iso3: country.iso3 };
  return { kind: 'world' };
}

export const areaParam = (area: Area) => (area.kind === 'world' ? '001' : area.kind === 'region' ? area.code : area.iso3);

/** Whether a country (ISO3 as stored) belongs to the area; unmapped entities belong to the world only. */
export function inArea(area: Area, country: string, isoMapped: boolean): boolean {
  if (area.kind === 'world') return true;
  if (!isoMapped) return false;
  if (area.kind === 'country') return country === area.iso3;
  const entry = getCountry(country);
  return !!entry && (entry.regionCode === area.code || entry.subRegionCode === area.code || entry.intermediateRegionCode === area.code);
}

/** The M49 region (Africa, Americas, Asia, Europe, Oceania) of a country, for flows. */
export function regionOf(country: string): string | null {
  return getCountry(country)?.regionCode ?? null;
}

export function areaName(area: Area, locale: GeoLocale, countryName: (iso3: string) => string): string {
  if (area.kind === 'world') return regionName('001', locale);
  if (area.kind === 'region') return regionName(area.code, locale);
  return countryName(area.iso3);
}

/** Regions and sub-regions to choose from, in the UNSD order. */
export function areaChoices(): { code: string; level: string }[] {
  return listRegions().filter((region) => region.level !== 'intermediateRegion').map((region) => ({ code: region.code, level: region.level }));
}
