import { ValidationError, type FieldError } from '../../core/errors.ts';
import { FACETS, normalizeFacetValue } from './facets.ts';
import type { SearchRequest, SortOrder } from './search.ts';

const SORTS: SortOrder[] = ['relevance', 'date', 'added'];
export const PAGE_SIZE = 20;
const MAX_PAGE = 500;

/**
 * A search as written in a URL (every search is a shareable link): q, sort, page, yearFrom,
 * yearTo, and each facet by name, repeated for several values (?country=BRA&country=NGA).
 */
export function searchRequestFromQuery(query: Record<string, string[]>): SearchRequest {
  const errors: FieldError[] = [];
  const one = (name: string) => query[name]?.[query[name].length - 1]?.trim() ?? '';
  const q = one('q').slice(0, 500);

  const sortText = one('sort') || (q ? 'relevance' : 'date');
  const sort = SORTS.includes(sortText as SortOrder) ? (sortText as SortOrder) : undefined;
  if (!sort) errors.push({ field: 'sort', message: 'error.not_allowed_value' });

  const number = (name: string, min: number, max: number) => {
    const text = one(name);
    if (!text) return undefined;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      errors.push({ field: name, message: 'error.number_between', params: { min, max } });
      return undefined;
    }
    return value;
  };
  const page = number('page', 1, MAX_PAGE) ?? 1;
  const yearFrom = number('yearFrom', 1800, 2100);
  const yearTo = number('yearTo', 1800, 2100);
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) errors.push({ field: 'yearTo', message: 'error.year_range' });

  const filters: Record<string, string[]> = {};
  for (const facet of FACETS) {
    const values = (query[facet.name] ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
    if (!values.length) continue;
    const normalized: string[] = [];
    for (const value of values) {
      const stored = normalizeFacetValue(facet, value);
      if (stored === undefined) errors.push({ field: facet.name, message: 'error.unknown_facet_value', params: { value } });
      else if (!normalized.includes(stored)) normalized.push(stored);
    }
    filters[facet.name] = normalized;
  }
  if (errors.length) throw new ValidationError(errors);
  return { q, filters, yearFrom, yearTo, sort: sort!, page, pageSize: PAGE_SIZE };
}

/** The URL query of a search, to link to it (optionally changed). */
export function searchQueryString(request: SearchRequest, changes: Partial<Pick<SearchRequest, 'page' | 'sort'>> & { filters?: Record<string, string[]> } = {}): string {
  const params = new URLSearchParams();
  if (request.q) params.set('q', request.q);
  const filters = changes.filters ?? request.filters;
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  if (request.yearFrom !== undefined) params.set('yearFrom', String(request.yearFrom));
  if (request.yearTo !== undefined) params.set('yearTo', String(request.yearTo));
  const sort = changes.sort ?? request.sort;
  if (sort !== (request.q ? 'relevance' : 'date')) params.set('sort', sort);
  const page = changes.page ?? request.page;
  if (page > 1) params.set('page', String(page));
  return params.toString();
}
