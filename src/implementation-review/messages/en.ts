/** English strings of this capability. */
export const reviewEn = {
} as const;
export type ReviewMessageKey = keyof typeof reviewEn;
