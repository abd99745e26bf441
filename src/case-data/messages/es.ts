import type { CaseDataMessageKey } from './en.ts';

/** Spanish strings of this capability. */
export const caseDataEs: Record<CaseDataMessageKey, string> = {
};
