import { getCountry } from '../core/geo/countries.ts';
import { ACTIVITY_TYPES, isOneOf, OUTCOME_TYPES, type ActivityType, type OutcomeType } from './vocabulary.ts';

/** What an impact report (and every list behind its figures) is about: a period, programmes and countries. */
export interface ReportFilter {
  from: string;
  to: string;
  /** Programme or initiative codes; a programme includes its initiatives. Empty: all. */
  programmes: string[];
  /** ISO3 codes. Empty: all. */
  countries: string[];
}

/** A list of records behind a figure: the report's filter narrowed to some types. */
export interface ListFilter extends ReportFilter {
  types: string[];
  scope?: 'national' | 'regional';
  /** Officers may list drafts too. */
  includeDrafts?: boolean;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (value: string | undefined) => (value && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : undefined);

/**
 * The filter from a query string: `year=YYYY`, or `from`/`to` dates (by default the last
 * complete year or `defaultYear`, or all time for lists), `programme` and `country` repeated (ISO codes; an unknown code selects nothing).
 */
export const ALL_FROM = '1900-01-01';
export const ALL_TO = '2999-12-31';

export function filterFromQuery(query: Record<string, string[]>, options: { defaultPeriod?: 'lastYear' | 'all'; today?: Date; defaultYear?: number } = {}): ReportFilter {
  const today = options.today ?? new Date();
  const first = (name: string) => query[name]?.[0];
  const year = first('year');
  let from = validDate(first('from'));
  let to = validDate(first('to'));
  if (year && /^\d{4}$/.test(year)) {
    from = `${year}-01-01`;
    to = `${year}-12-31`;
  }
  if (options.defaultPeriod === 'all') {
    from ??= ALL_FROM;
    to ??= ALL_TO;
  }
  const lastYear = options.defaultYear ?? today.getUTCFullYear() - 1;
  from ??= `${lastYear}-01-01`;
  to ??= `${from.slice(0, 4)}-12-31`;
  if (to < from) [from, to] = [to, from];
  const programmes = [...new Set((query.programme ?? []).map((item) => item.trim()).filter((item) => /^[A-Za-z0-9.\-_]{1,40}$/.test(item)))];
  // An unknown country stays in the filter, so that it selects nothing rather than everything.
  const countries = [...new Set((query.country ?? []).flatMap((item) => item.split(',')).map((item) => item.trim()).filter((item) => /^[A-Za-z]{2,3}$/.test(item))
    .map((item) => getCountry(item)?.iso3 ?? item.toUpperCase()))];
  return { from, to, programmes, countries };
}

export function activityTypesFromQuery(query: Record<string, string[]>): ActivityType[] {
  return (query.type ?? []).filter((item): item is ActivityType => isOneOf(ACTIVITY_TYPES, item));
}

export function outcomeTypesFromQuery(query: Record<string, string[]>): OutcomeType[] {
  return (query.type ?? []).filter((item): item is OutcomeType => isOneOf(OUTCOME_TYPES, item));
}

/** The query string of a filter (and the extra parameters of a list), for links between reports and lists. */
export function filterQuery(filter: ReportFilter, extra: { types?: readonly string[]; scope?: string; [name: string]: unknown } = {}): string {
  const params = new URLSearchParams();
  if (filter.from.endsWith('-01-01') && filter.to === `${filter.from.slice(0, 4)}-12-31`) params.set('year', filter.from.slice(0, 4));
  else {
    if (filter.from !== ALL_FROM) params.set('from', filter.from);
    if (filter.to !== ALL_TO) params.set('to', filter.to);
  }
  for (const code of filter.programmes) params.append('programme', code);
  for (const iso3 of filter.countries) params.append('country', iso3);
  for (const type of extra.types ?? []) params.append('type', type);
  if (extra.scope) params.set('scope', extra.scope);
  for (const [name, value] of Object.entries(extra)) {
    if (name !== 'types' && name !== 'scope' && value !== undefined && value !== '') params.set(name, String(value));
  }
  return params.toString();
}
