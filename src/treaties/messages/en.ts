/** English strings of this capability. */
export const treatiesEn = {
} as const;
export type TreatiesMessageKey = keyof typeof treatiesEn;
