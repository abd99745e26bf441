import type { ProgrammesMessageKey } from './en.ts';

/** Arabic strings of this capability. */
export const programmesAr: Record<ProgrammesMessageKey, string> = {
};
