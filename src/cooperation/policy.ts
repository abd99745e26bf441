import { hasRole, hasRoleFor, type Actor } from '../core/access/actor.ts';
import type { Policy } from '../core/access/policy.ts';
import { findTransition, type Side } from './transitions.ts';
import { isOpen } from './vocabulary.ts';

/** What a rule needs to know of a request. */
export interface RequestParties { requesting_country: string; requested_country: string; status: string }

export type CooperationAction =
  | 'cooperation.use'
  | 'cooperation.create'
  | 'cooperation.view'
  | 'cooperation.edit'
  | 'cooperation.attach'
  | 'cooperation.transition';

const authority = (actor: Actor, country: string) => hasRoleFor(actor, 'central_authority', country);

/** The sides of the request this actor speaks for (both, for an authority of both countries). */
export function sidesOf(actor: Actor, request: Pick<RequestParties, 'requesting_country' | 'requested_country'>): Set<Side> {
  const sides = new Set<Side>();
  if (authority(actor, request.requesting_country)) sides.add('requesting');
  if (authority(actor, request.requested_country)) sides.add('requested');
  return sides;
}

/** The requesting side sees its request from the first draft; the requested side once it is sent. */
function partyView(actor: Actor, request: RequestParties): boolean {
  const sides = sidesOf(actor, request);
  return sides.has('requesting') || (sides.has('requested') && request.status !== 'drafted');
}

/**
 * Cooperation requests are never public. Central authorities see the requests their countries
 * are party to (drafts: the requesting side only) and act for their side; admins see every
 * request, to oversee the service, but act for no country. Every other role sees nothing.
 */
export const cooperationPolicy: Policy<CooperationAction> = {
  'cooperation.use': (actor) => hasRole(actor, 'admin') || hasRole(actor, 'central_authority'),
  'cooperation.create': (actor) => hasRole(actor, 'central_authority'),
  'cooperation.view': (actor, request: RequestParties) => hasRole(actor, 'admin') || partyView(actor, request),
  'cooperation.edit': (actor, request: RequestParties) =>
    sidesOf(actor, request).has('requesting') && (request.status === 'drafted' || isOpen(request.status)),
  'cooperation.attach': (actor, request: RequestParties) => partyView(actor, request) && request.status !== 'withdrawn',
  'cooperation.transition': (actor, { request, to }: { request: RequestParties; to: string }) => {
    const transition = findTransition(request.status, to);
    return transition !== undefined && sidesOf(actor, request).has(transition.by);
  },
};
