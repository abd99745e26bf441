const errorResponse = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

/** OpenAPI paths of this capability's /api routes (merged into src/openapi.ts). */
export const treatiesApiPaths: Record<string, unknown> = {
  '/api/treaties/{code}/parties': {
    get: {
      summary: 'The parties to a treaty on a date',
      description: 'A state is a party from the date of its ratification, accession, acceptance, approval or succession until a withdrawal takes effect (one year after notification unless recorded otherwise). `since` is YYYY-MM-DD, or YYYY when the source gives only the year. `illustrative` is true for sample actions that no source states.',
      security: [],
      parameters: [
        { name: 'code', in: 'path', required: true, schema: { type: 'string', examples: ['UNTOC', 'TIP', 'SOM', 'FIREARMS'] } },
        { name: 'date', in: 'query', schema: { type: 'string', format: 'date' }, description: 'YYYY-MM-DD; today when absent' },
      ],
      responses: {
        200: {
          description: 'Parties on the date',
          content: { 'application/json': { schema: {
            type: 'object', required: ['treaty', 'date', 'count', 'parties'],
            properties: {
              treaty: { type: 'string' }, date: { type: 'string', format: 'date' }, count: { type: 'integer' },
              parties: { type: 'array', items: { type: 'object', required: ['iso3', 'name', 'since', 'action'], properties: {
                iso3: { type: 'string' }, name: { type: 'string' }, since: { type: 'string' },
                action: { enum: ['ratification', 'accession', 'acceptance', 'approval', 'succession'] }, illustrative: { type: 'boolean' },
              } } },
            },
          } } },
        },
        404: errorResponse,
        422: errorResponse,
      },
    },
  },
};
