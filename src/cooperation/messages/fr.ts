import type { CooperationMessageKey } from './en.ts';

/** French strings of this capability. */
export const cooperationFr: Record<CooperationMessageKey, string> = {
};
