import type { ReviewMessageKey } from './en.ts';

/** Arabic strings of this capability. */
export const reviewAr: Record<ReviewMessageKey, string> = {
};
