import { hasRole, type Actor } from '../core/access/actor.ts';
import type { Policy } from '../core/access/policy.ts';

export type KnowledgeAction =
  | 'knowledge.search'
  | 'knowledge.viewDrafts'
  | 'knowledge.edit'
  | 'knowledge.import'
  | 'knowledge.submit'
  | 'knowledge.publish'
  | 'knowledge.return'
  | 'knowledge.unpublish'
  | 'knowledge.viewPersonDetails';

const editor = (actor: Actor) => hasRole(actor, 'editor');
const reviewer = (actor: Actor) => hasRole(actor, 'reviewer');

/**
 * Everyone, signed in or not, searches and reads what is published. Editors write drafts and
 * submit them; reviewers publish or return them. The initials of victims and defendants are
 * for the editorial team only: public pages and exports show the persons without them.
 */
export const knowledgePolicy: Policy<KnowledgeAction> = {
  'knowledge.search': () => true,
  'knowledge.viewDrafts': (actor) => editor(actor) || reviewer(actor),
  'knowledge.edit': editor,
  'knowledge.import': editor,
  'knowledge.submit': editor,
  'knowledge.publish': reviewer,
  'knowledge.return': reviewer,
  'knowledge.unpublish': reviewer,
  'knowledge.viewPersonDetails': (actor) => editor(actor) || reviewer(actor),
};
