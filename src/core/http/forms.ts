import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, ValidationError, type FieldError } from '../errors.ts';

export type FormData = Record<string, string | string[]>;

/** The submitted form; repeated names (checkboxes) become arrays. Files are ignored here. */
export async function readForm(c: Context): Promise<FormData> {
  const body = await c.req.parseBody({ all: true });
  const form: FormData = {};
  for (const [key, value] of Object.entries(body)) {
    const name = key.endsWith('[]') ? key.slice(0, -2) : key;
    if (Array.isArray(value)) form[name] = value.filter((item): item is string => typeof item === 'string');
    else if (typeof value === 'string') form[name] = value;
  }
  return form;
}

export function formText(form: FormData, name: string): string {
  const value = form[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

export function formList(form: FormData, name: string): string[] {
  const value = form[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** A local path to go back to after a form; anything else (another site, "//host") becomes "/". */
export function safeLocalPath(value: string | undefined): string {
  return value && /^\/(?![/\\])/.test(value) ? value : '/';
}

/**
 * The errors of a failed form submission, to show beside the form the user filled in (so
 * nothing typed is lost). An error that is not about one field is shown on `fallbackField`.
 * Anything else (a bug, a lost connection) is rethrown to the error page.
 */
export function formErrors(error: unknown, fallbackField = 'form'): FieldError[] {
  if (error instanceof ValidationError) return error.fields;
  if (error instanceof AppError && error.status < 500 && error.status !== 403 && error.status !== 404) {
    return [{ field: fallbackField, message: error.message, params: error.params }];
  }
  throw error;
}

/** The status of a page showing a refused form again: the error's own (4xx), else 422. */
export const failedFormStatus = (error: unknown): ContentfulStatusCode => (error instanceof AppError && error.status < 500 ? error.status : 422) as ContentfulStatusCode;
