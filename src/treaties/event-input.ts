import { findCountryByName, getCountry } from '../core/geo/countries.ts';
import type { FieldError } from '../core/errors.ts';
import { ACTIONS, isAction, type TreatyAction } from './parties.ts';

/** An action as typed in a form or a file row, before it is checked. */
export interface RawEvent {
  country: string;
  treaty: string;
  action: string;
  date: string;
  effective_date?: string;
  source?: string;
  illustrative?: string;
}

/** A checked action, ready to store. */
export interface EventInput {
  country: string;
  treaty: string;
  action: TreatyAction;
  date: string;
  precision: 'day' | 'year';
  effectiveDate: string | null;
  source: string | null;
  illustrative: boolean;
}

/** A YYYY-MM-DD that names a day of the calendar (not 2019-02-30 or 2019-13-01). */
export const isRealDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** ISO alpha-3 code or English short name (UN or ISO spelling); the alpha-3 code, or undefined. */
export function resolveCountry(value: string): string | undefined {
  const text = value.trim();
  if (/^[A-Za-z]{3}$/.test(text)) return getCountry(text)?.iso3;
  return findCountryByName(text)?.iso3;
}

/**
 * Checks one action. `date` is YYYY-MM-DD, or YYYY when the source gives only the year (kept
 * as 31 December with precision "year"). Returns the errors by field name.
 */
export function checkEvent(raw: RawEvent, treaties: ReadonlySet<string>): { event?: EventInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const countryText = (raw.country ?? '').trim();
  const country = countryText ? resolveCountry(countryText) : undefined;
  if (!countryText) errors.push({ field: 'country', message: 'error.required' });
  else if (!country) errors.push({ field: 'country', message: 'treaties.error.unknown_country', params: { value: countryText.slice(0, 80) } });
  const treaty = (raw.treaty ?? '').trim().toUpperCase();
  if (!treaty) errors.push({ field: 'treaty', message: 'error.required' });
  else if (!treaties.has(treaty)) errors.push({ field: 'treaty', message: 'treaties.error.unknown_treaty', params: { value: treaty.slice(0, 40) } });
  const action = (raw.action ?? '').trim().toLowerCase();
  if (!action) errors.push({ field: 'action', message: 'error.required' });
  else if (!isAction(action)) errors.push({ field: 'action', message: 'treaties.error.unknown_action', params: { value: action.slice(0, 40), allowed: ACTIONS.join(', ') } });
  const dateText = (raw.date ?? '').trim();
  let date: string | undefined;
  let precision: 'day' | 'year' = 'day';
  if (!dateText) errors.push({ field: 'date', message: 'error.required' });
  else if (/^\d{4}$/.test(dateText) && Number(dateText) >= 1900) { date = `${dateText}-12-31`; precision = 'year'; }
  else if (isRealDate(dateText)) date = dateText;
  else errors.push({ field: 'date', message: 'treaties.error.date' });
  const effectiveText = (raw.effective_date ?? '').trim();
  let effectiveDate: string | null = null;
  if (effectiveText) {
    if (action !== 'withdrawal') errors.push({ field: 'effective_date', message: 'treaties.error.effective_only_withdrawal' });
    else if (!isRealDate(effectiveText)) errors.push({ field: 'effective_date', message: 'error.date_format' });
    else if (date && effectiveText < date) errors.push({ field: 'effective_date', message: 'treaties.error.effective_before_notice' });
    else effectiveDate = effectiveText;
  }
  const source = (raw.source ?? '').trim();
  if (source.length > 500) errors.push({ field: 'source', message: 'error.too_long', params: { max: 500 } });
  const flag = (raw.illustrative ?? '').trim().toLowerCase();
  if (flag && !['yes', 'no', 'true', 'false', '1', '0'].includes(flag)) errors.push({ field: 'illustrative', message: 'treaties.error.yes_no' });
  if (errors.length || !country || !date || !isAction(action)) return { errors };
  return {
    errors,
    event: { country, treaty, action, date, precision, effectiveDate, source: source || null, illustrative: ['yes', 'true', '1'].includes(flag) },
  };
}

/** How a stored date is written back in files and the API: the year alone for year-only dates. */
export const dateAsWritten = (date: string, precision: string) => (precision === 'year' ? date.slice(0, 4) : date);
