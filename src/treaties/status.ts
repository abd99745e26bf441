import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { notFound } from '../core/errors.ts';
import { findTreaty, listEventRows, toEvents, type TreatyRow } from './repository.ts';
import { byCountry, partiesAsOf, partiesPerYear, partyPeriods, statusOn, type CountryStatus, type PartyPeriod, type TreatyEvent } from './parties.ts';
import { STATES } from './states.ts';

export interface TreatyStatus {
  treaty: TreatyRow;
  date: string;
  parties: PartyPeriod[];
  /** Every state (and any other country with a recorded action) and what it is on the date. */
  statusOf: Map<string, CountryStatus>;
  /** States that are not parties on the date (signatories, withdrawn, or no action). */
  notParties: string[];
  /** Parties at the end of each year, from the first recorded action to the date's year. */
  perYear: { year: number; count: number }[];
  /** How many of the listed parties rest on an illustrative (sample) action. */
  illustrativeParties: number;
  /** How many recorded actions of this treaty are illustrative. */
  illustrativeEvents: number;
}

/** The status of a treaty on a date (YYYY-MM-DD), from its recorded actions. */
export async function treatyStatus(db: Kysely<Database>, code: string, date: string): Promise<TreatyStatus> {
  const treaty = await findTreaty(db, code);
  if (!treaty) throw notFound();
  const events = toEvents(await listEventRows(db, { treaty: treaty.code }), treaty.withdrawal_delay_months);
  return statusFromEvents(treaty, events, date);
}

export function statusFromEvents(treaty: TreatyRow, events: TreatyEvent[], date: string): TreatyStatus {
  const eventsByCountry = byCountry(events);
  const periodsByCountry = new Map([...eventsByCountry].map(([country, list]) => [country, partyPeriods(list)]));
  const parties = partiesAsOf(periodsByCountry, date);
  const statusOf = new Map<string, CountryStatus>();
  for (const country of new Set([...STATES, ...eventsByCountry.keys()])) {
    statusOf.set(country, statusOn(eventsByCountry.get(country) ?? [], periodsByCountry.get(country) ?? [], date));
  }
  const notParties = [...statusOf].filter(([, status]) => status !== 'party' && status !== 'withdrawing').map(([country]) => country);
  const firstYear = events.reduce((min, event) => Math.min(min, Number(event.date.slice(0, 4))), Number(date.slice(0, 4)));
  const perYear = partiesPerYear(periodsByCountry, firstYear, Number(date.slice(0, 4)), date);
  return {
    treaty, date, parties, statusOf, notParties, perYear,
    illustrativeParties: parties.filter((party) => party.illustrative).length,
    illustrativeEvents: events.filter((event) => event.illustrative).length,
  };
}

export const today = () => new Date().toISOString().slice(0, 10);
