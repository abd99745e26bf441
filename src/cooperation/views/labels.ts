import { countryName, getCountry, type GeoLocale } from '../../core/geo/countries.ts';
import type { Translate } from '../../core/i18n/i18n.ts';

export const kindLabel = (t: Translate, kind: string) => t(`cooperation.kind.${kind}`);
export const statusLabel = (t: Translate, status: string) => t(`cooperation.status.${status}`);
export const crimeLabel = (t: Translate, crime: string) => t(`cooperation.crime.${crime}`);
export const basisLabel = (t: Translate, basis: string) => t(`cooperation.basis.${basis}`);
export const contactRoleLabel = (t: Translate, role: string) => t(`cooperation.contact_role.${role}`);
/** The button that moves a request to this status. */
export const actionLabel = (t: Translate, to: string) => t(`cooperation.action.${to}`);

/** A country's name in the page's language, or its code if it is not a known country. */
export function countryLabel(locale: GeoLocale, iso3: string): string {
  return getCountry(iso3) ? countryName(iso3, locale) : iso3;
}

/** "Italy → Nigeria": the direction a request travels. */
export function corridorLabel(locale: GeoLocale, from: string, to: string): string {
  return `${countryLabel(locale, from)} → ${countryLabel(locale, to)}`;
}

/** The field labels of the request form, also used in error summaries. */
export function fieldLabels(t: Translate): Record<string, string> {
  const names = ['kind', 'requestingCountry', 'requestingAuthority', 'requestedCountry', 'requestedAuthority', 'legalBasis', 'legalBasisDetail',
    'caseReference', 'knowledgeRecordId', 'crimeType', 'subject', 'dueOn', 'contactRole', 'contactName', 'contactEmail', 'onDate', 'note', 'file', 'to', 'form'];
  return Object.fromEntries(names.map((name) => [name, t(`cooperation.field.${name}`)]));
}
