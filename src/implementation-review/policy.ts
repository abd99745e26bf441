import { hasRole, hasRoleFor, type Actor } from '../core/access/actor.ts';
import type { Policy } from '../core/access/policy.ts';

export type ReviewAction =
  | 'review.enter'
  | 'review.viewAssessment'
  | 'review.answer'
  | 'review.comment'
  | 'review.decide'
  | 'review.dashboard'
  | 'review.manageBank';

const admin = (actor: Actor) => hasRole(actor, 'admin');
const reviewer = (actor: Actor) => hasRole(actor, 'reviewer');
const focalPointOf = (actor: Actor, country: unknown) => typeof country === 'string' && hasRoleFor(actor, 'focal_point', country);

/**
 * Self-assessments are the countries' own working documents, closed unless granted:
 * a focal point reads and answers only the questionnaires of the countries of their grant;
 * reviewers read every country's, comment per answer and return or complete them; admins
 * manage the question banks and cycles, and may read (not answer) assessments and the dashboard.
 * The resource of country actions is the ISO3 code.
 */
export const reviewPolicy: Policy<ReviewAction> = {
  'review.enter': (actor) => admin(actor) || reviewer(actor) || hasRole(actor, 'focal_point'),
  'review.viewAssessment': (actor, country: unknown) => admin(actor) || reviewer(actor) || focalPointOf(actor, country),
  'review.answer': (actor, country: unknown) => focalPointOf(actor, country),
  'review.comment': reviewer,
  'review.decide': reviewer,
  'review.dashboard': (actor) => admin(actor) || reviewer(actor),
  'review.manageBank': admin,
};
