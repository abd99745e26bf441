import type { CaseDataMessageKey } from './en.ts';

/** French strings of this capability. */
export const caseDataFr: Record<CaseDataMessageKey, string> = {
};
