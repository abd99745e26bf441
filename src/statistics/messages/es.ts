import type { StatisticsMessageKey } from './en.ts';

/** Spanish strings of this capability. */
export const statisticsEs: Record<StatisticsMessageKey, string> = {
};
