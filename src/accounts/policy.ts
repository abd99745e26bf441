import { hasRole, isSignedIn } from '../core/access/actor.ts';
import type { Policy } from '../core/access/policy.ts';

export type AccountAction =
  | 'account.view'
  | 'account.changePassword'
  | 'account.manageTokens'
  | 'users.list'
  | 'users.create'
  | 'users.update'
  | 'users.disable'
  | 'audit.view';

export const accountPolicy: Policy<AccountAction> = {
  'account.view': (actor) => isSignedIn(actor),
  'account.changePassword': (actor) => isSignedIn(actor),
  'account.manageTokens': (actor) => isSignedIn(actor),
  'users.list': (actor) => hasRole(actor, 'admin'),
  'users.create': (actor) => hasRole(actor, 'admin'),
  'users.update': (actor) => hasRole(actor, 'admin'),
  // An admin cannot disable their own account: there must always be someone who can undo it.
  'users.disable': (actor, target: { id: number }) => hasRole(actor, 'admin') && isSignedIn(actor) && actor.id !== target?.id,
  'audit.view': (actor) => hasRole(actor, 'admin'),
};
