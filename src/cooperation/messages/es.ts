import type { CooperationMessageKey } from './en.ts';

/** Spanish strings of this capability. */
export const cooperationEs: Record<CooperationMessageKey, string> = {
};
