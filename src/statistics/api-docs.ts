/** OpenAPI paths of this capability's /api routes (merged into src/openapi.ts). */
const errorResponse = { description: 'Error: {"error": {"code", "message", "fields"}}' };
const cell = {
  description: 'A disclosure-controlled cell: {status: "published", lo, hi} (lo < hi when it adds up "<5" inputs), or {status: "small", display: "<5"} / {status: "suppressed", display: "x"}',
  type: 'object',
};

export const statisticsApiPaths: Record<string, unknown> = {
  '/api/statistics/analysis': {
    get: {
      summary: 'Published crime statistics for an area and years: victims by sex and age, by form, trends, justice, flows, coverage, per country (disclosure-controlled)',
      parameters: [
        { name: 'area', in: 'query', schema: { type: 'string' }, description: '001 (world), an M49 region or sub-region code, or an ISO3 country code' },
        { name: 'from', in: 'query', schema: { type: 'integer' } },
        { name: 'to', in: 'query', schema: { type: 'integer' } },
      ],
      responses: { 200: { description: 'The analysis; every count is a cell', content: { 'application/json': { schema: { type: 'object', additionalProperties: true, example: { cell } } } } } },
    },
  },
  '/api/statistics/questionnaire/{iso3}/{year}': {
    get: {
      summary: 'A country-year questionnaire (focal points of that country and reviewers): status, values with state, source and notes, validation errors and warnings',
      parameters: [
        { name: 'iso3', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'year', in: 'path', required: true, schema: { type: 'integer' } },
      ],
      responses: { 200: { description: 'The questionnaire', content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } } }, 401: errorResponse, 403: errorResponse, 404: errorResponse },
    },
  },
};
