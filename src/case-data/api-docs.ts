/** OpenAPI paths of this capability's /api routes (merged into src/openapi.ts). */
export const caseDataApiPaths: Record<string, unknown> = {};
