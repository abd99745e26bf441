const filterParameters = [
  { name: 'year', in: 'query', schema: { type: 'integer' }, description: 'A calendar year (overrides from/to)' },
  { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
  { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
  { name: 'programme', in: 'query', schema: { type: 'array', items: { type: 'string' } }, explode: true, description: 'Programme or initiative codes (GLOT59, GLOT92, GLO.ACT, TRACK4TIP, STARSOM...); a programme includes its initiatives' },
  { name: 'country', in: 'query', schema: { type: 'array', items: { type: 'string' } }, explode: true, description: 'ISO 3166 alpha-3 codes' },
];
const figure = { type: 'object', properties: { value: { type: 'integer' }, records: { type: 'string', format: 'uri', description: 'The list of records behind the figure' } } };

/** OpenAPI paths of this capability's /api routes (merged into src/openapi.ts). */
export const programmesApiPaths: Record<string, unknown> = {
  '/api/programmes/impact': {
    get: {
      summary: 'The impact figures of a period, programmes and countries, computed from the published records',
      description: 'Without year or from/to, the last complete year. Every figure carries the address of the records behind it. Countries supported count each country once, however many regional activities cover it; people trained are split into female, male and unknown (participants of events without a breakdown).',
      security: [],
      parameters: filterParameters,
      responses: {
        200: {
          description: 'Figures, activities by type and country, timeline, participants by institution type, examples per country',
          content: { 'application/json': { schema: { type: 'object', properties: {
            figures: { type: 'object', additionalProperties: figure, properties: {
              trained: { ...figure, properties: { ...figure.properties, female: { type: 'integer' }, male: { type: 'integer' }, unknown: { type: 'integer' } } },
            } },
            activitiesByType: { type: 'array' }, activitiesByCountry: { type: 'object', additionalProperties: { type: 'integer' } },
            timeline: { type: 'array' }, participantsByInstitution: { type: 'array' }, examples: { type: 'array' },
          } } } },
        },
      },
    },
  },
  '/api/programmes/activities': {
    get: {
      summary: 'Published activities matching a filter, 100 a page, with the totals of all of them',
      security: [],
      parameters: [
        ...filterParameters,
        { name: 'type', in: 'query', schema: { type: 'array', items: { type: 'string' } }, explode: true },
        { name: 'scope', in: 'query', schema: { enum: ['national', 'regional'] } },
        { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
      ],
      responses: { 200: { description: '{page, pageSize, totals: {activities, participants, female, male, unknown, countries}, activities: [...]}' } },
    },
  },
};
