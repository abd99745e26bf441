import type { CaseDataMessageKey } from './en.ts';

/** Arabic strings of this capability. */
export const caseDataAr: Record<CaseDataMessageKey, string> = {
};
