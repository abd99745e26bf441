import type { TreatiesMessageKey } from './en.ts';

/** French strings of this capability. */
export const treatiesFr: Record<TreatiesMessageKey, string> = {
};
