import { statisticsApiPaths } from './statistics/api-docs.ts';
import { caseDataApiPaths } from './case-data/api-docs.ts';
import { programmesApiPaths } from './programmes/api-docs.ts';
import { treatiesApiPaths } from './treaties/api-docs.ts';
import { reviewApiPaths } from './implementation-review/api-docs.ts';
import { cooperationApiPaths } from './cooperation/api-docs.ts';
/**
 * The OpenAPI 3.1 description of the JSON API. Each capability adds its paths here when it
 * adds endpoints; a test checks that every /api route of the app is described.
 */
const errorResponse = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const user = { $ref: '#/components/schemas/User' };

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
      '/api/me': { get: { summary: 'The signed-in user', responses: { 200: { description: 'User', content: { 'application/json': { schema: user } } }, 401: errorResponse } } },
      '/api/admin/users': {
        get: { summary: 'List users (admin)', parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }, { name: 'role', in: 'query', schema: { type: 'string' } }, { name: 'status', in: 'query', schema: { enum: ['active', 'disabled'] } }], responses: { 200: { description: 'Users' }, 403: errorResponse } },
        post: { summary: 'Create a user (admin)', requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['email', 'displayName', 'password'], properties: { email: { type: 'string' }, displayName: { type: 'string' }, password: { type: 'string', minLength: 10 }, grants: { type: 'object', properties: { roles: { type: 'array', items: { type: 'string' } }, countries: { type: 'string', description: 'ISO codes separated by commas, for country-scoped roles' } } } } } } } }, responses: { 201: { description: 'Created', content: { 'application/json': { schema: user } } }, 422: errorResponse, 403: errorResponse } },
      },
      '/api/admin/audit': { get: { summary: 'Audit log entries, newest first (admin)', parameters: ['actor', 'action', 'entityType', 'entityId', 'from', 'to', 'before'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })), responses: { 200: { description: 'Entries' }, 403: errorResponse } } },
      '/api/knowledge/search': {
        get: {
          summary: 'Search the published case law, legislation and bibliography',
          description: 'The same parameters as the search page: q (words, "phrases", -excluded, prefix*), sort (relevance|date|added), page, yearFrom, yearTo, and any facet by name, repeated for several values (values of a facet combine with OR, facets with AND): kind, region, subRegion, country, crimeType, act, means, purpose, sector, courtLevel, scope, verdict, victimSex, victimAge, defendantSex, defendantNationality, evidentialIssue, crossCuttingIssue, article, legislationTheme, legislationStatus, publicationType, researchMethod, language.',
          security: [],
          parameters: [
            { name: 'q', in: 'query', schema: { type: 'string' } },
            { name: 'sort', in: 'query', schema: { enum: ['relevance', 'date', 'added'] } },
            { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
            { name: 'kind', in: 'query', schema: { type: 'array', items: { enum: ['case', 'legislation', 'publication'] } }, explode: true },
            { name: 'country', in: 'query', schema: { type: 'array', items: { type: 'string' } }, explode: true },
          ],
          responses: {
            200: { description: '{total, page, pageSize, facets: {name: [{value, count}]}, results: [{id, url, kind, title, language, year, countries, addedAt, snippetHtml}]}' },
            422: errorResponse,
          },
        },
      },
      '/api/knowledge/records/{id}': {
        get: { summary: 'A published record (persons without initials)', security: [], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { 200: { description: 'The record' }, 404: errorResponse } },
      },
      '/api/openapi.json': { get: { summary: 'This document', security: [], responses: { 200: { description: 'OpenAPI document' } } } },
      ...statisticsApiPaths,
      ...caseDataApiPaths,
      ...programmesApiPaths,
      ...treatiesApiPaths,
      ...reviewApiPaths,
      ...cooperationApiPaths,
    },
  };
}
