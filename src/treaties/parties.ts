/**
 * Who is a party to a treaty on a given day, worked out from the actions recorded for each
 * country. Pure functions over events, so that every date can be asked and tested.
 *
 * The rules (also in ARCHITECTURE.md):
 *  - A state becomes a party on the date of its ratification, accession, acceptance, approval
 *    or succession (the definition; entry into force 30 days later is not modelled).
 *  - A withdrawal (denunciation) is notified on its date and takes effect on its effective date
 *    (by default the treaty's delay, one year, after notification); the state is a party up to
 *    the day before that date.
 *  - A joining act while the state is already a party changes nothing (a succession after a
 *    ratification, a duplicate entry): `since` stays the first act of the period.
 *  - A joining act after a withdrawal has taken effect starts a new period: the state is a
 *    party again from that date, and `since` is the new act's date.
 *  - A joining act after a withdrawal was notified but before it took effect is read as the
 *    withdrawal being revoked: the state stays a party without a gap, with its original `since`.
 *  - A withdrawal by a state that is not a party changes nothing.
 *  - Signature alone never makes a party.
 * Events on the same day are applied joining acts first, then withdrawals.
 */

export const JOINING_ACTIONS = ['ratification', 'accession', 'acceptance', 'approval', 'succession'] as const;
export const ACTIONS = ['signature', ...JOINING_ACTIONS, 'withdrawal'] as const;
export type TreatyAction = (typeof ACTIONS)[number];
export type JoiningAction = (typeof JOINING_ACTIONS)[number];

export const isAction = (value: string): value is TreatyAction => (ACTIONS as readonly string[]).includes(value);
export const isJoining = (action: string): action is JoiningAction => (JOINING_ACTIONS as readonly string[]).includes(action);

export interface TreatyEvent {
  country: string;
  action: TreatyAction;
  /** YYYY-MM-DD; for year-only events, 31 December of the year. */
  date: string;
  precision: 'day' | 'year';
  /** Withdrawals: the day the withdrawal takes effect (already resolved from the treaty's delay). */
  effective?: string | null;
  illustrative: boolean;
}

/** A span during which a state was a party: from `since` to the day before `until` (open if null). */
export interface PartyPeriod {
  country: string;
  since: string;
  precision: 'day' | 'year';
  action: JoiningAction;
  until: string | null;
  illustrative: boolean;
}

export type CountryStatus = 'party' | 'withdrawing' | 'signatory' | 'withdrawn' | 'none';

/** The date a withdrawal takes effect: its own effective date, or its date plus the treaty's delay. */
export function withdrawalEffectiveDate(date: string, delayMonths: number, effective?: string | null): string {
  if (effective) return effective;
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + delayMonths, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

const order = (event: TreatyEvent) => (event.action === 'withdrawal' ? 2 : event.action === 'signature' ? 0 : 1);

/** The periods of party status of one country, from its events in any order. */
export function partyPeriods(events: TreatyEvent[]): PartyPeriod[] {
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : order(a) - order(b)));
  const periods: PartyPeriod[] = [];
  let current: PartyPeriod | null = null;
  for (const event of sorted) {
    if (current?.until && current.until <= event.date) {
      periods.push(current);
      current = null;
    }
    if (isJoining(event.action)) {
      if (!current) current = { country: event.country, since: event.date, precision: event.precision, action: event.action, until: null, illustrative: event.illustrative };
      else if (current.until) current.until = null;
    } else if (event.action === 'withdrawal' && current && !current.until) {
      current.until = event.effective ?? event.date;
      current.illustrative ||= event.illustrative;
    }
  }
  if (current) periods.push(current);
  return periods;
}

/** Events grouped by country (one pass), for the functions below. */
export function byCountry(events: TreatyEvent[]): Map<string, TreatyEvent[]> {
  const groups = new Map<string, TreatyEvent[]>();
  for (const event of events) {
    const list = groups.get(event.country);
    if (list) list.push(event);
    else groups.set(event.country, [event]);
  }
  return groups;
}

export const periodCovers = (period: PartyPeriod, date: string) => period.since <= date && (period.until === null || date < period.until);

/** The parties on `date`: each with the period it is in, sorted by country code. */
export function partiesAsOf(periodsByCountry: Map<string, PartyPeriod[]>, date: string): PartyPeriod[] {
  const parties: PartyPeriod[] = [];
  for (const periods of periodsByCountry.values()) {
    const period = periods.find((item) => periodCovers(item, date));
    if (period) parties.push(period);
  }
  return parties.sort((a, b) => (a.country < b.country ? -1 : a.country > b.country ? 1 : 0));
}

/** What a country is on `date`: a party (perhaps with a withdrawal pending), a signatory, withdrawn, or none of these. */
export function statusOn(events: TreatyEvent[], periods: PartyPeriod[], date: string): CountryStatus {
  const period = periods.find((item) => periodCovers(item, date));
  if (period) {
    const pending = period.until !== null && events.some((event) => event.action === 'withdrawal' && event.date >= period.since && event.date <= date);
    return pending ? 'withdrawing' : 'party';
  }
  if (periods.some((item) => item.until !== null && item.until <= date)) return 'withdrawn';
  if (events.some((event) => event.action === 'signature' && event.date <= date)) return 'signatory';
  return 'none';
}

/** The number of parties at the end of each year from `fromYear` to `toYear` (31 December, or `lastDate` for the last year). */
export function partiesPerYear(periodsByCountry: Map<string, PartyPeriod[]>, fromYear: number, toYear: number, lastDate?: string): { year: number; count: number }[] {
  const result: { year: number; count: number }[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const date = year === toYear && lastDate ? lastDate : `${year}-12-31`;
    let count = 0;
    for (const periods of periodsByCountry.values()) if (periods.some((period) => periodCovers(period, date))) count++;
    result.push({ year, count });
  }
  return result;
}
