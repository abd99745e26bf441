/** English strings of this capability. */
export const caseDataEn = {
} as const;
export type CaseDataMessageKey = keyof typeof caseDataEn;
