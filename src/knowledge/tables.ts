import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, NullableTimestamp } from '../core/db/schema.ts';

/** Kysely's view of the knowledge portal's tables; see migrations/0002_knowledge.sql and after. */
export interface KnowledgeTables {
  kn_records: KnRecordsTable;
  kn_versions: KnVersionsTable;
  kn_published: KnPublishedTable;
  kn_links: KnLinksTable;
  kn_attachments: KnAttachmentsTable;
  kn_unpublished: { record_id: number; change_seq: Generated<number> };
  kn_search_text: { record_id: number; title_document: string; document: string };
  kn_search_staging: { token: string; ord: number; title_document: string; document: string; created_at: Generated<Date> };
}

declare module '../core/db/schema.ts' {
  interface Database extends KnowledgeTables {}
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
