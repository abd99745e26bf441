import type { Actor } from './actor.ts';
import { forbidden, unauthenticated } from '../errors.ts';

/** A rule: may this actor do the action (to this resource)? Pure, no I/O. */
export type Rule<R = undefined> = (actor: Actor, resource: R) => boolean;

/**
 * A capability's policy: a table of action -> rule. An action that is not in the table is
 * denied, so access is closed unless a rule opens it. The command-line operator (SystemActor)
 * is let through: see actor.ts.
 */
export type Policy<Actions extends string> = { [A in Actions]: Rule<any> };

export function allows<Actions extends string>(policy: Policy<Actions>, actor: Actor, action: Actions, resource?: unknown): boolean {
  if (actor.kind === 'system') return true;
  const rule = Object.prototype.hasOwnProperty.call(policy, action) ? policy[action] : undefined;
  return rule ? rule(actor, resource) === true : false;
}

export function authorize<Actions extends string>(policy: Policy<Actions>, actor: Actor, action: Actions, resource?: unknown): void {
  if (allows(policy, actor, action, resource)) return;
  throw actor.kind === 'anonymous' ? unauthenticated() : forbidden();
}
