/** Today's date in UTC as YYYY-MM-DD: the day deadlines and status dates are compared with. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The date `days` after (or before, if negative) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}
