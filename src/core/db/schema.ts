import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { StatisticsTables } from '../../statistics/tables.ts';
import type { CaseDataTables } from '../../case-data/tables.ts';
import type { ProgrammesTables } from '../../programmes/tables.ts';
import type { TreatiesTables } from '../../treaties/tables.ts';
import type { ReviewTables } from '../../implementation-review/tables.ts';
import type { CooperationTables } from '../../cooperation/tables.ts';

/**
 * Kysely's view of the tables. The foundation's and the knowledge portal's are here; each later
 * capability declares its own in src/<capability>/tables.ts, next to its migration.
 */
export interface Database extends StatisticsTables, CaseDataTables, ProgrammesTables, TreatiesTables, ReviewTables, CooperationTables {
  schema_migrations: SchemaMigrationsTable;
  app_secrets: AppSecretsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_failures: LoginFailuresTable;
  audit_log: AuditLogTable;
  kn_records: KnRecordsTable;
  kn_versions: KnVersionsTable;
  kn_published: KnPublishedTable;
  kn_links: KnLinksTable;
  kn_attachments: KnAttachmentsTable;
  kn_unpublished: { record_id: number; change_seq: Generated<number> };
  kn_search_text: { record_id: number; title_document: string; document: string };
  kn_search_staging: { token: string; ord: number; title_document: string; document: string; created_at: Generated<Date> };
}

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: CreatedAt;
}

export interface AppSecretsTable {
  name: string;
  value: string;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  password_hash: string;
  locale: string | null;
  disabled_at: NullableTimestamp;
  password_changed_at: ColumnType<Date, Date | string | undefined, Date | string>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;

export interface UserRolesTable {
  user_id: number;
  role: string;
  country_code: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  token_prefix: string;
  created_at: CreatedAt;
  last_used_at: NullableTimestamp;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string | null;
  at: ColumnType<Date, Date | string | undefined, never>;
}

export interface AuditLogTable {
  seq: number;
  at: ColumnType<Date, Date | string, never>;
  actor_user_id: number | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
}

export interface KnRecordsTable {
  id: Generated<number>;
  kind: string;
  external_id: string | null;
  status: string;
  latest_version: number;
  published_version: number | null;
  review_comment: string | null;
  sample: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  first_published_at: NullableTimestamp;
  published_at: NullableTimestamp;
}

export interface KnVersionsTable {
  record_id: number;
  version: number;
  data: unknown;
  saved_by: number | null;
  saved_by_label: string;
  saved_at: CreatedAt;
  note: string | null;
}

export interface KnPublishedTable {
  record_id: number;
  kind: string;
  version: number;
  title: unknown;
  original_language: string;
  year: number | null;
  sort_date: string | null;
  countries: string[];
  facets: string[];
  snippets: unknown;
  first_published_at: Date | string;
  published_at: Date | string;
  change_seq: Generated<number>;
}

export interface KnLinksTable {
  from_record: number;
  to_record: number;
  relation: string;
}

export interface KnAttachmentsTable {
  id: Generated<number>;
  record_id: number;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  text_content: string | null;
  language: string | null;
  uploaded_by: number | null;
  uploaded_at: CreatedAt;
}
