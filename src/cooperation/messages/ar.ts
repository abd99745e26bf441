import type { CooperationMessageKey } from './en.ts';

/** Arabic strings of this capability. */
export const cooperationAr: Record<CooperationMessageKey, string> = {
};
