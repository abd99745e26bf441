import type { AppContext } from '../core/http/context.ts';
import { authorize } from '../core/access/policy.ts';
import { notFound } from '../core/errors.ts';
import { programmesPolicy } from './policy.ts';

/** The request's state, once its actor is known to be a programme officer (403 otherwise). */
export function officerState(c: AppContext) {
  const state = c.get('state');
  authorize(programmesPolicy, state.actor, 'programmes.edit');
  return state;
}

/** A positive integer path parameter; anything else is a page that does not exist. */
export function idParam(c: AppContext, name = 'id'): number {
  const id = Number(c.req.param(name));
  if (!Number.isSafeInteger(id) || id < 1) throw notFound();
  return id;
}
