/** English strings of this capability. */
export const programmesEn = {
} as const;
export type ProgrammesMessageKey = keyof typeof programmesEn;
