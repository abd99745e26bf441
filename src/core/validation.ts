import { z, type ZodTypeAny } from 'zod';
import { ValidationError, type FieldError } from './errors.ts';

/** Parses input with a zod schema; on failure throws a ValidationError naming each field and problem. */
export function parseInput<S extends ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(result.error.issues.map(zodIssueToFieldError));
}

/** One zod issue as a field error: the field's path and a translation key. */
export function zodIssueToFieldError(issue: z.ZodIssue): FieldError {
  const field = issue.path.join('.') || 'input';
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' || issue.received === 'null'
        ? { field, message: 'error.required' }
        : { field, message: 'error.invalid' };
    case 'too_small':
      if (issue.type === 'string') {
        return issue.minimum === 1 ? { field, message: 'error.required' } : { field, message: 'error.too_short', params: { min: Number(issue.minimum) } };
      }
      if (issue.type === 'array') return { field, message: 'error.choose_at_least', params: { min: Number(issue.minimum) } };
      return { field, message: 'error.too_small', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.type === 'string'
        ? { field, message: 'error.too_long', params: { max: Number(issue.maximum) } }
        : { field, message: 'error.too_big', params: { max: Number(issue.maximum) } };
    case 'invalid_string':
      if (issue.validation === 'email') return { field, message: 'error.email' };
      return { field, message: issue.message.startsWith('error.') ? issue.message : 'error.invalid' };
    case 'invalid_enum_value':
      return { field, message: 'error.not_allowed_value' };
    case 'custom':
      return { field, message: issue.message, params: (issue.params ?? {}) as Record<string, string | number> };
    default:
      return { field, message: 'error.invalid' };
  }
}

/** Trimmed text; an empty string counts as missing. */
export const requiredText = (max = 500) => z.string().trim().min(1).max(max);
export const optionalText = (max = 500) => z.string().trim().max(max).optional().transform((value) => value || undefined);

/** Form fields arrive as '' when left empty: treat that as not given. */
export const emptyAsUndefined = <S extends ZodTypeAny>(schema: S) => z.preprocess((value) => (value === '' ? undefined : value), schema);

/**
 * A date known to the year, the month or the day, as the source gives it: `2010`, `2010-03` or
 * `2010-03-05` (a number, as a spreadsheet's year cell, is read as a year). Kept as written, so no
 * day is ever invented for a date known only to the year.
 */
export const partialDateField = z.union([z.number().int(), z.string()])
  .transform((value) => String(value).trim())
  .refine((value) => {
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
    if (!match) return false;
    const [, year, month, day] = match;
    if (month && (Number(month) < 1 || Number(month) > 12)) return false;
    if (!day) return true;
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'error.partial_date_format');

/** How precisely a partial date is known. */
export const datePrecision = (value: string): 'year' | 'month' | 'day' => (value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day');

export const isoDateField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'error.date_format')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'error.date_format');
