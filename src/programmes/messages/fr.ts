import type { ProgrammesMessageKey } from './en.ts';

/** French strings of this capability. */
export const programmesFr: Record<ProgrammesMessageKey, string> = {
};
