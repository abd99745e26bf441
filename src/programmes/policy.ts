import { hasRole, type Actor } from '../core/access/actor.ts';
import type { Policy } from '../core/access/policy.ts';

export type ProgrammesAction =
  | 'programmes.viewReports'
  | 'programmes.viewUnpublished'
  | 'programmes.viewParticipants'
  | 'programmes.edit'
  | 'programmes.import';

const officer = (actor: Actor) => hasRole(actor, 'programme_officer');

/**
 * Published reports, the aggregate figures and published activities, outcomes and action plans
 * are public. Programme officers record and edit; only they see drafts and participant lists
 * (names of the people trained).
 */
export const programmesPolicy: Policy<ProgrammesAction> = {
  'programmes.viewReports': () => true,
  'programmes.viewUnpublished': officer,
  'programmes.viewParticipants': officer,
  'programmes.edit': officer,
  'programmes.import': officer,
};
