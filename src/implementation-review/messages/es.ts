import type { ReviewMessageKey } from './en.ts';

/** Spanish strings of this capability. */
export const reviewEs: Record<ReviewMessageKey, string> = {
};
