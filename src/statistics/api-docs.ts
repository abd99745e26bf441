/** OpenAPI paths of this capability's /api routes (merged into src/openapi.ts). */
export const statisticsApiPaths: Record<string, unknown> = {};
