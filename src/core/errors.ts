/** A field that failed validation; `message` is a translation key, `params` fill it in. */
export interface FieldError {
  field: string;
  message: string;
  params?: Record<string, string | number>;
}

/**
 * An error a user or a script can act on. `code` is stable (API clients match on it);
 * `message` is a translation key.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503,
    message: string,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

export class ValidationError extends AppError {
  constructor(fields: FieldError[]) {
    super('validation_failed', 422, 'error.validation_failed', {}, fields);
  }
}

export const notFound = () => new AppError('not_found', 404, 'error.not_found');
export const forbidden = () => new AppError('forbidden', 403, 'error.forbidden');
export const unauthenticated = () => new AppError('unauthenticated', 401, 'error.unauthenticated');
