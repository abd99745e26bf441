import { z } from 'zod';
import { getCountry } from '../core/geo/countries.ts';
import { emptyAsUndefined, isoDateField, optionalText, requiredText, zodIssueToFieldError } from '../core/validation.ts';
import { ValidationError, type FieldError } from '../core/errors.ts';
import { CONTACT_ROLES, CRIME_TYPES, LEGAL_BASES, LEGAL_BASES_NEEDING_DETAIL, REQUEST_KINDS } from './vocabulary.ts';

/** An ISO 3166 code (alpha-3, alpha-2 or numeric), stored as alpha-3. */
const country = z.string().trim().min(1).transform((value, context) => {
  const found = getCountry(value);
  if (!found) {
    context.addIssue({ code: 'custom', message: 'cooperation.error.unknown_country', params: { value } });
    return z.NEVER;
  }
  return found.iso3;
});

/** A request as entered (form or API): the same fields for creating and editing. */
export const requestInput = z.object({
  kind: z.enum(REQUEST_KINDS),
  requestingCountry: country,
  requestingAuthority: requiredText(300),
  requestedCountry: country,
  requestedAuthority: requiredText(300),
  legalBasis: z.enum(LEGAL_BASES),
  legalBasisDetail: optionalText(500),
  caseReference: optionalText(200),
  knowledgeRecordId: emptyAsUndefined(z.coerce.number().int().positive().optional()),
  crimeType: z.enum(CRIME_TYPES),
  subject: requiredText(2000),
  dueOn: emptyAsUndefined(isoDateField.optional()),
  contactRole: emptyAsUndefined(z.enum(CONTACT_ROLES).optional()),
  contactName: optionalText(200),
  contactEmail: emptyAsUndefined(z.string().trim().email().max(200).optional()),
});

/**
 * Parses a request, with the checks across fields made even when other fields are wrong, so
 * that the user sees every problem at once (zod's refinements would wait for the rest to pass).
 */
export function parseRequestInput(raw: unknown): RequestInput {
  const result = requestInput.safeParse(raw);
  const problems: FieldError[] = result.success ? [] : result.error.issues.map(zodIssueToFieldError);
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = (name: string) => (typeof value[name] === 'string' ? (value[name] as string).trim() : '');
  const from = getCountry(text('requestingCountry'))?.iso3;
  if (from && from === getCountry(text('requestedCountry'))?.iso3) problems.push({ field: 'requestedCountry', message: 'cooperation.error.same_country' });
  if ((LEGAL_BASES_NEEDING_DETAIL as readonly string[]).includes(text('legalBasis')) && !text('legalBasisDetail')) {
    problems.push({ field: 'legalBasisDetail', message: 'cooperation.error.legal_basis_detail' });
  }
  if (text('contactRole') && !text('contactName')) problems.push({ field: 'contactName', message: 'cooperation.error.contact_name' });
  if (problems.length || !result.success) throw new ValidationError(problems);
  return result.data;
}
export type RequestInput = z.infer<typeof requestInput>;

/** A status change: the new status, the day it happened (today if not given), a note. */
export const statusChangeInput = z.object({
  to: z.string().min(1),
  onDate: emptyAsUndefined(isoDateField.optional()),
  note: optionalText(2000),
});
export type StatusChangeInput = z.infer<typeof statusChangeInput>;

/** The list's filters (page and API query). */
export const listFilters = z.object({
  status: emptyAsUndefined(z.enum(['open', 'closed', 'drafted', 'sent', 'received', 'in_execution', 'executed', 'refused', 'withdrawn']).optional()),
  kind: emptyAsUndefined(z.enum(REQUEST_KINDS).optional()),
  crimeType: emptyAsUndefined(z.enum(CRIME_TYPES).optional()),
  direction: emptyAsUndefined(z.enum(['outgoing', 'incoming']).optional()),
  country: emptyAsUndefined(z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'cooperation.error.unknown_country').optional()),
  from: emptyAsUndefined(z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'cooperation.error.unknown_country').optional()),
  to: emptyAsUndefined(z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'cooperation.error.unknown_country').optional()),
  deadline: emptyAsUndefined(z.enum(['overdue', 'due_soon']).optional()),
  q: optionalText(200),
  page: emptyAsUndefined(z.coerce.number().int().min(1).max(100_000).optional()),
});
export type ListFilters = z.infer<typeof listFilters>;
