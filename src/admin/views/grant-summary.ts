import type { RoleGrant } from '../../core/access/roles.ts';
import type { Locale, Translate } from '../../core/i18n/i18n.ts';
import { countryName } from '../../core/geo/countries.ts';

export function grantSummary(t: Translate, locale: Locale, grants: RoleGrant[]): string {
  if (!grants.length) return t('account.no_roles');
  return grants.map((grant) => t(`role.${grant.role}`) + (grant.countries ? ` (${grant.countries.map((code) => countryName(code, locale)).join(', ')})` : '')).join('; ');
}
