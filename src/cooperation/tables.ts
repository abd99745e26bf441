/** Kysely's view of this capability's tables (added to Database in core/db/schema.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface CooperationTables {}
