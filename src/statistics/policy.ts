import { hasRole, hasRoleFor, type Actor } from '../core/access/actor.ts';
import type { Policy } from '../core/access/policy.ts';

export type StatisticsAction =
  | 'statistics.viewPublished'
  | 'statistics.viewQuestionnaire'
  | 'statistics.edit'
  | 'statistics.submit'
  | 'statistics.review'
  | 'statistics.publish'
  | 'statistics.rollUp';

/** The country (ISO3 or the code as stored) a questionnaire action is about. */
export type CountryResource = string;

const focalPointOf = (actor: Actor, country: CountryResource) => typeof country === 'string' && hasRoleFor(actor, 'focal_point', country);
const reviewer = (actor: Actor) => hasRole(actor, 'reviewer');

/**
 * Everyone reads the published, disclosure-controlled aggregates. A focal point reads and writes the
 * questionnaires of their own countries only; reviewers (global) read every questionnaire, accept or
 * return submissions and publish. Loading the published long-format file is for the command line
 * (the SystemActor), so it has no rule here.
 */
export const statisticsPolicy: Policy<StatisticsAction> = {
  'statistics.viewPublished': () => true,
  'statistics.viewQuestionnaire': (actor, country: CountryResource) => focalPointOf(actor, country) || reviewer(actor),
  'statistics.edit': (actor, country: CountryResource) => focalPointOf(actor, country),
  'statistics.submit': (actor, country: CountryResource) => focalPointOf(actor, country),
  'statistics.review': (actor) => reviewer(actor),
  'statistics.publish': (actor) => reviewer(actor),
  'statistics.rollUp': (actor, country: CountryResource) => focalPointOf(actor, country) || reviewer(actor),
};
