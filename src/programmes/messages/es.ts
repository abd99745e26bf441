import type { ProgrammesMessageKey } from './en.ts';

/** Spanish strings of this capability. */
export const programmesEs: Record<ProgrammesMessageKey, string> = {
};
