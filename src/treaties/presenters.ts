import { countryName } from '../core/geo/countries.ts';
import type { EventRow, TreatyRow } from './repository.ts';
import { dateAsWritten } from './event-input.ts';
import type { PartyPeriod } from './parties.ts';

/** A recorded action as it appears in the audit log, the API and exports. */
export function presentEvent(row: EventRow) {
  return {
    id: row.id, treaty: row.treaty_code, country: row.country, action: row.action,
    date: dateAsWritten(row.action_date, row.date_precision), effectiveDate: row.effective_date,
    source: row.source, illustrative: row.illustrative, sample: row.sample,
  };
}

export function presentTreaty(row: TreatyRow) {
  return { code: row.code, name: row.name, shortName: row.short_name, adoptedOn: row.adopted_on, withdrawalDelayMonths: row.withdrawal_delay_months };
}

/** One party in GET /api/treaties/{code}/parties: since is YYYY-MM-DD, or YYYY when only the year is known. */
export function presentParty(period: PartyPeriod) {
  return {
    iso3: period.country, name: countryName(period.country, 'en'), since: dateAsWritten(period.since, period.precision),
    action: period.action, illustrative: period.illustrative,
  };
}
