import { CAPABILITIES } from './capabilities.ts';

/**
 * The OpenAPI 3.1 description of the JSON API: the shared schemas here, the paths from each
 * capability's `apiPaths`; a test checks that every /api route of the app is described.
 */

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'Ariadne API', version: '0.1.0', description: 'Authenticate with `Authorization: Bearer <token>` (create a token on your account page). Calls made with the session cookie must send the page\'s CSRF token in `X-CSRF-Token`.' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object', required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: {
            code: { type: 'string', description: 'Stable: validation_failed, unauthenticated, invalid_token, forbidden, not_found, csrf_failed, too_many_attempts, payload_too_large, internal_error' },
            message: { type: 'string', description: 'In the language of the request' },
            fields: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } } },
          } } },
        },
        User: {
          type: 'object',
          properties: {
            id: { type: 'integer' }, email: { type: 'string' }, displayName: { type: 'string' }, locale: { type: ['string', 'null'] }, disabled: { type: 'boolean' },
            roles: { type: 'array', items: { type: 'object', properties: { role: { type: 'string' }, countries: { type: ['array', 'null'], items: { type: 'string' } } } } },
          },
        },
      },
    },
    security: [{ bearer: [] }],
    paths: {
      '/api/openapi.json': { get: { summary: 'This document', security: [], responses: { 200: { description: 'OpenAPI document' } } } },
      ...(Object.assign({}, ...CAPABILITIES.map((capability) => capability.apiPaths ?? {})) as Record<string, unknown>),
    },
  };
}
