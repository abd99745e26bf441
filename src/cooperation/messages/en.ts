/** English strings of this capability. */
export const cooperationEn = {
} as const;
export type CooperationMessageKey = keyof typeof cooperationEn;
