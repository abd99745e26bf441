import { countriesFor, hasRoleFor, type Actor } from '../core/access/actor.ts';
import type { Policy } from '../core/access/policy.ts';

export type CaseDataAction = 'caseData.view' | 'caseData.edit' | 'caseData.import' | 'caseData.export' | 'caseData.rollUp';

/** The national focal points of the country. */
const focalPointOf = (actor: Actor, country: string) => typeof country === 'string' && hasRoleFor(actor, 'focal_point', country);
/** Reviewers hold their role for every country (it is not country-scoped): the global reviewers of national data. */
const globalReviewer = (actor: Actor) => countriesFor(actor, 'reviewer') === null;

/**
 * Case-level data is never public. A country's records are for the focal points of that
 * country, who read and write them, and for global reviewers, who read, export and roll them up.
 * Nobody else, analysts and administrators included: the resource of every rule is the ISO3 code
 * of the country whose database is asked for.
 */
export const caseDataPolicy: Policy<CaseDataAction> = {
  'caseData.view': (actor, country: string) => focalPointOf(actor, country) || globalReviewer(actor),
  'caseData.edit': (actor, country: string) => focalPointOf(actor, country),
  'caseData.import': (actor, country: string) => focalPointOf(actor, country),
  'caseData.export': (actor, country: string) => focalPointOf(actor, country) || globalReviewer(actor),
  'caseData.rollUp': (actor, country: string) => focalPointOf(actor, country) || globalReviewer(actor),
};

/** The countries whose case data the actor may see: null for all (global reviewers and the CLI). */
export function caseDataCountries(actor: Actor): string[] | null {
  if (actor.kind === 'system' || globalReviewer(actor)) return null;
  return countriesFor(actor, 'focal_point') ?? null;
}
