/** OpenAPI paths of the account's /api routes. */
const errorResponse = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const user = { $ref: '#/components/schemas/User' };

export const accountsApiPaths: Record<string, unknown> = {
  '/api/me': { get: { summary: 'The signed-in user', responses: { 200: { description: 'User', content: { 'application/json': { schema: user } } }, 401: errorResponse } } },
};
