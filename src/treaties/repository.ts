import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { TrEventsTable, TrTreatiesTable, TrCountryTextsTable } from './tables.ts';
import { withdrawalEffectiveDate, type TreatyAction, type TreatyEvent } from './parties.ts';

export type TreatyRow = Selectable<TrTreatiesTable>;
export type EventRow = Selectable<TrEventsTable>;
export type CountryTextsRow = Selectable<TrCountryTextsTable>;

export function listTreaties(db: Kysely<Database>): Promise<TreatyRow[]> {
  return db.selectFrom('tr_treaties').selectAll().orderBy('position').orderBy('code').execute();
}

export function findTreaty(db: Kysely<Database>, code: string): Promise<TreatyRow | undefined> {
  return db.selectFrom('tr_treaties').selectAll().where('code', '=', code.toUpperCase()).executeTakeFirst();
}

export async function treatyCodes(db: Kysely<Database>): Promise<Set<string>> {
  return new Set((await db.selectFrom('tr_treaties').select('code').execute()).map((row) => row.code));
}

/** Every recorded action of a treaty (or of all treaties), oldest first. */
export function listEventRows(db: Kysely<Database>, filter: { treaty?: string; country?: string } = {}): Promise<EventRow[]> {
  let query = db.selectFrom('tr_events').selectAll();
  if (filter.treaty) query = query.where('treaty_code', '=', filter.treaty);
  if (filter.country) query = query.where('country', '=', filter.country);
  return query.orderBy('treaty_code').orderBy('country').orderBy('action_date').orderBy('id').execute();
}

/** The rows as events for parties.ts, withdrawals carrying the day they take effect. */
export function toEvents(rows: EventRow[], delayMonths: number): TreatyEvent[] {
  return rows.map((row) => ({
    country: row.country,
    action: row.action as TreatyAction,
    date: row.action_date,
    precision: row.date_precision === 'year' ? 'year' : 'day',
    effective: row.action === 'withdrawal' ? withdrawalEffectiveDate(row.action_date, delayMonths, row.effective_date) : null,
    illustrative: row.illustrative,
  }));
}

export function findCountryTexts(db: Kysely<Database>, treaty: string, country: string): Promise<CountryTextsRow | undefined> {
  return db.selectFrom('tr_country_texts').selectAll().where('treaty_code', '=', treaty).where('country', '=', country).executeTakeFirst();
}
