import type { StatisticsMessageKey } from './en.ts';

/** French strings of this capability. */
export const statisticsFr: Record<StatisticsMessageKey, string> = {
};
