export const ROLES = ['admin', 'editor', 'reviewer', 'focal_point', 'programme_officer', 'analyst', 'researcher', 'central_authority'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that only make sense for particular countries. */
export const COUNTRY_SCOPED_ROLES: readonly Role[] = ['focal_point', 'central_authority'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A role held globally (countries = null) or for the listed ISO alpha-3 countries. */
export interface RoleGrant {
  role: Role;
  countries: string[] | null;
}
