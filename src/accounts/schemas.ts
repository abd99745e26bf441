import { z } from 'zod';
import { COUNTRY_SCOPED_ROLES, ROLES, type RoleGrant } from '../core/access/roles.ts';
import { getCountry } from '../core/geo/countries.ts';
import { MIN_PASSWORD_LENGTH } from '../core/auth/passwords.ts';
import { LOCALES } from '../core/i18n/i18n.ts';

export const emailField = z.string().trim().min(1).max(254).email();
export const passwordField = z.string().min(MIN_PASSWORD_LENGTH).max(200);

/** Countries typed as "BRA, NGA" or "br ng": each must be an ISO 3166 code; kept as alpha-3. */
export const countryListField = z.string().max(2000).optional().transform((text, ctx) => {
  const codes = (text ?? '').split(/[\s,;]+/).filter(Boolean);
  const result: string[] = [];
  for (const code of codes) {
    const country = getCountry(code);
    if (!country || country.historical) {
      ctx.addIssue({ code: 'custom', message: 'error.unknown_country', params: { value: code } });
      return z.NEVER;
    }
    if (!result.includes(country.iso3)) result.push(country.iso3);
  }
  return result;
});

export const grantsField = z.object({
  roles: z.array(z.enum(ROLES)).default([]),
  countries: countryListField,
}).transform((value, ctx): RoleGrant[] => {
  const roles = [...new Set(value.roles)];
  const countries = value.countries ?? [];
  if (roles.some((role) => COUNTRY_SCOPED_ROLES.includes(role)) && countries.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['countries'], message: 'error.focal_point_needs_country' });
    return z.NEVER;
  }
  return roles.map((role) => ({ role, countries: COUNTRY_SCOPED_ROLES.includes(role) ? countries : null }));
});

export const createUserInput = z.object({
  email: emailField,
  displayName: z.string().trim().min(1).max(200),
  password: passwordField,
  grants: grantsField.default({ roles: [] }),
});
export type CreateUserInput = z.input<typeof createUserInput>;

export const updateGrantsInput = z.object({ grants: grantsField });

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1),
  newPassword: passwordField,
  confirmPassword: z.string(),
}).superRefine((value, ctx) => {
  if (value.newPassword !== value.confirmPassword) {
    ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'error.passwords_differ' });
  }
});

export const signInInput = z.object({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(200),
});

export const apiTokenInput = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.coerce.number().int().min(1).max(366).optional(),
});

export const localeField = z.enum(LOCALES);
