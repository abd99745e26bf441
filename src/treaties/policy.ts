import { hasRole, type Actor } from '../core/access/actor.ts';
import type { Policy } from '../core/access/policy.ts';

export type TreatiesAction = 'treaties.view' | 'treaties.addTreaty' | 'treaties.editStatus' | 'treaties.import';

const admin = (actor: Actor) => hasRole(actor, 'admin');
const curator = (actor: Actor) => hasRole(actor, 'admin') || hasRole(actor, 'editor');

/**
 * Treaty status is public information (the depositary publishes it), so anyone reads it.
 * Admins add treaties; admins and editors (who already curate the knowledge portal's
 * legislation) record countries' actions, declarations and reservations, and import files.
 */
export const treatiesPolicy: Policy<TreatiesAction> = {
  'treaties.view': () => true,
  'treaties.addTreaty': admin,
  'treaties.editStatus': curator,
  'treaties.import': curator,
};
