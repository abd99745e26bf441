import type { StatisticsMessageKey } from './en.ts';

/** Arabic strings of this capability. */
export const statisticsAr: Record<StatisticsMessageKey, string> = {
};
