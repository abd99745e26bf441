import type { Role, RoleGrant } from './roles.ts';
import type { AuditActor } from '../audit/audit-log.ts';

export interface AnonymousActor {
  kind: 'anonymous';
}

export interface UserActor {
  kind: 'user';
  id: number;
  email: string;
  displayName: string;
  grants: RoleGrant[];
}

/**
 * The operator at the server's command line (`ariadne ...`). Whoever can run the CLI can read
 * the database files anyway, so policies let it through; its writes are audited as "cli:<user>".
 */
export interface SystemActor {
  kind: 'system';
  label: string;
}

export type Actor = AnonymousActor | UserActor | SystemActor;

export const ANONYMOUS: AnonymousActor = { kind: 'anonymous' };

export function isSignedIn(actor: Actor): actor is UserActor {
  return actor.kind === 'user';
}

/** True when the actor holds the role at all (for any country, if it is country-scoped). */
export function hasRole(actor: Actor, role: Role): boolean {
  return isSignedIn(actor) && actor.grants.some((grant) => grant.role === role);
}

/** True when the actor holds the role globally or for this country. */
export function hasRoleFor(actor: Actor, role: Role, country: string): boolean {
  return isSignedIn(actor) && actor.grants.some(
    (grant) => grant.role === role && (grant.countries === null || grant.countries.includes(country.toUpperCase())),
  );
}

/** Countries for which the actor holds the role; null means all countries. */
export function countriesFor(actor: Actor, role: Role): string[] | null {
  if (!isSignedIn(actor)) return [];
  const grants = actor.grants.filter((grant) => grant.role === role);
  if (grants.some((grant) => grant.countries === null)) return null;
  return [...new Set(grants.flatMap((grant) => grant.countries ?? []))].sort();
}

export function auditActorOf(actor: Actor): AuditActor {
  if (actor.kind === 'user') return { userId: actor.id, label: actor.email };
  if (actor.kind === 'system') return { userId: null, label: actor.label };
  return { userId: null, label: 'anonymous' };
}
