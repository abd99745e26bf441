/** OpenAPI paths of the administrators' /api routes. */
const errorResponse = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const user = { $ref: '#/components/schemas/User' };

export const adminApiPaths: Record<string, unknown> = {
  '/api/admin/users': {
    get: { summary: 'List users (admin)', parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }, { name: 'role', in: 'query', schema: { type: 'string' } }, { name: 'status', in: 'query', schema: { enum: ['active', 'disabled'] } }], responses: { 200: { description: 'Users' }, 403: errorResponse } },
    post: { summary: 'Create a user (admin)', requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['email', 'displayName', 'password'], properties: { email: { type: 'string' }, displayName: { type: 'string' }, password: { type: 'string', minLength: 10 }, grants: { type: 'object', properties: { roles: { type: 'array', items: { type: 'string' } }, countries: { type: 'string', description: 'ISO codes separated by commas, for country-scoped roles' } } } } } } } }, responses: { 201: { description: 'Created', content: { 'application/json': { schema: user } } }, 422: errorResponse, 403: errorResponse } },
  },
  '/api/admin/audit': { get: { summary: 'Audit log entries, newest first (admin)', parameters: ['actor', 'action', 'entityType', 'entityId', 'from', 'to', 'before'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })), responses: { 200: { description: 'Entries' }, 403: errorResponse } } },
};
