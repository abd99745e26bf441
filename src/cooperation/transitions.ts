import type { RequestStatus } from './vocabulary.ts';

export type Side = 'requesting' | 'requested';
export type DateColumn = 'sent_on' | 'received_on' | 'answered_on';

export interface Transition {
  from: RequestStatus;
  to: RequestStatus;
  /** The side whose central authority may make the change. */
  by: Side;
  /** The date the change records (the day it happened, which may be before the day it is entered). */
  sets?: DateColumn;
  /** A refusal or a withdrawal gives its grounds. */
  needsNote?: boolean;
}

/**
 * The life of a request. The requesting side drafts, sends and may withdraw it; the requested
 * side acknowledges receipt, executes it or refuses it. Executed, refused and withdrawn are final.
 */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'drafted', to: 'sent', by: 'requesting', sets: 'sent_on' },
  { from: 'drafted', to: 'withdrawn', by: 'requesting' },
  { from: 'sent', to: 'received', by: 'requested', sets: 'received_on' },
  { from: 'sent', to: 'refused', by: 'requested', sets: 'answered_on', needsNote: true },
  { from: 'sent', to: 'withdrawn', by: 'requesting', needsNote: true },
  { from: 'received', to: 'in_execution', by: 'requested' },
  { from: 'received', to: 'executed', by: 'requested', sets: 'answered_on' },
  { from: 'received', to: 'refused', by: 'requested', sets: 'answered_on', needsNote: true },
  { from: 'received', to: 'withdrawn', by: 'requesting', needsNote: true },
  { from: 'in_execution', to: 'executed', by: 'requested', sets: 'answered_on' },
  { from: 'in_execution', to: 'refused', by: 'requested', sets: 'answered_on', needsNote: true },
  { from: 'in_execution', to: 'withdrawn', by: 'requesting', needsNote: true },
];

export function findTransition(from: string, to: string): Transition | undefined {
  return TRANSITIONS.find((transition) => transition.from === from && transition.to === to);
}

/** The changes these sides may make to a request in this status. */
export function transitionsFor(from: string, sides: ReadonlySet<Side>): Transition[] {
  return TRANSITIONS.filter((transition) => transition.from === from && sides.has(transition.by));
}
