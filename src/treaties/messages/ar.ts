import type { TreatiesMessageKey } from './en.ts';

/** Arabic strings of this capability. */
export const treatiesAr: Record<TreatiesMessageKey, string> = {
};
