import type { TreatiesMessageKey } from './en.ts';

/** Spanish strings of this capability. */
export const treatiesEs: Record<TreatiesMessageKey, string> = {
};
