/** OpenAPI paths of the knowledge portal's /api routes. */
const errorResponse = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

export const knowledgeApiPaths: Record<string, unknown> = {
  '/api/knowledge/search': {
    get: {
      summary: 'Search the published case law, legislation and bibliography',
      description: 'The same parameters as the search page: q (words, "phrases", a OR b, -excluded, prefix*; accents optional), sort (relevance|date|added), page, yearFrom, yearTo, and any facet by name, repeated for several values (values of a facet combine with OR, facets with AND): kind, region, subRegion, country, crimeType, act, means, purpose, sector, courtLevel, scope, verdict, victimSex, victimAge, defendantSex, defendantNationality, evidentialIssue, crossCuttingIssue, article, legislationTheme, legislationStatus, publicationType, researchMethod, language.',
      security: [],
      parameters: [
        { name: 'q', in: 'query', schema: { type: 'string' } },
        { name: 'sort', in: 'query', schema: { enum: ['relevance', 'date', 'added'] } },
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
        { name: 'kind', in: 'query', schema: { type: 'array', items: { enum: ['case', 'legislation', 'publication'] } }, explode: true },
        { name: 'country', in: 'query', schema: { type: 'array', items: { type: 'string' } }, explode: true },
      ],
      responses: {
        200: { description: '{total, page, pageSize, facets: {name: [{value, count}]}, results: [{id, url, kind, title, language, year, countries, addedAt, snippetHtml}], suggestions: [other queries to try when nothing matched]}' },
        422: errorResponse,
      },
    },
  },
  '/api/knowledge/records/{id}': {
    get: { summary: 'A published record (persons without initials)', security: [], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { 200: { description: 'The record' }, 404: errorResponse } },
  },
};
