/** OpenAPI paths of this capability's /api routes (merged into src/openapi.ts). */
const country = { name: 'country', in: 'path', required: true, description: 'ISO 3166 alpha-3 code of the country whose database is read', schema: { type: 'string', pattern: '^[A-Z]{3}$' } };
const denied = {
  401: { description: 'Not signed in' },
  403: { description: 'Not a focal point of this country nor a global reviewer' },
  404: { description: 'No such country or case' },
};

export const caseDataApiPaths: Record<string, unknown> = {
  '/api/case-data/{country}/cases': {
    get: {
      summary: 'Cases of a country\'s case-level database (focal points of the country, global reviewers)',
      parameters: [country, ...['q', 'status', 'year', 'exploitation', 'page'].map((name) => ({ name, in: 'query', schema: { type: 'string' } }))],
      responses: { 200: { description: 'One page of cases with their numbers of victims and perpetrators' }, ...denied },
    },
  },
  '/api/case-data/{country}/cases/{id}': {
    get: {
      summary: 'A case with its persons, each as a row of the HTCDS 2.0 file (the standard\'s field names)',
      parameters: [country, { name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: { 200: { description: 'The case' }, ...denied },
    },
  },
  '/api/case-data/{country}/roll-up': {
    get: {
      summary: 'Questionnaire values of a country and year computed from its case-level records',
      parameters: [country, { name: 'year', in: 'query', required: true, schema: { type: 'integer' } }],
      responses: { 200: { description: '{country, year, values: RolledUpValue[]}' }, 422: { description: 'No valid year' }, ...denied },
    },
  },
};
