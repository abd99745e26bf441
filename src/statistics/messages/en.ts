/** English strings of this capability. */
export const statisticsEn = {
} as const;
export type StatisticsMessageKey = keyof typeof statisticsEn;
