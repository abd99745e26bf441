import type { ReviewMessageKey } from './en.ts';

/** French strings of this capability. */
export const reviewFr: Record<ReviewMessageKey, string> = {
};
