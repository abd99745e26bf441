import type { UserRecord } from './repository.ts';

/**
 * The only shape in which a user leaves the service: for JSON, audit entries and pages.
 * The password hash is never part of it.
 */
export function presentUser(user: UserRecord) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale,
    disabled: user.disabledAt !== null,
    roles: user.grants.map((grant) => ({ role: grant.role, countries: grant.countries })),
  };
}
