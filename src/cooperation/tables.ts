import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

/** Kysely's view of this capability's tables (added to Database below). */
export interface CooperationTables {
  co_requests: CoRequestsTable;
  co_request_events: CoRequestEventsTable;
  co_documents: CoDocumentsTable;
}

declare module '../core/db/schema.ts' {
  interface Database extends CooperationTables {}
}

export interface CoRequestsTable {
  id: Generated<number>;
  kind: string;
  requesting_country: string;
  requesting_authority: string;
  requested_country: string;
  requested_authority: string;
  legal_basis: string;
  legal_basis_detail: string | null;
  case_reference: string | null;
  knowledge_record_id: number | null;
  crime_type: string;
  subject: string;
  status: Generated<string>;
  sent_on: string | null;
  received_on: string | null;
  answered_on: string | null;
  due_on: string | null;
  contact_role: string | null;
  contact_name: string | null;
  contact_email: string | null;
  sample: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CoRequestEventsTable {
  id: Generated<number>;
  request_id: number;
  kind: 'created' | 'status' | 'edited' | 'document';
  from_status: string | null;
  to_status: string | null;
  on_date: string | null;
  note: string | null;
  details: ColumnType<unknown, string | null | undefined, never>;
  actor_user_id: number | null;
  actor_label: string;
  at: CreatedAt;
}

export interface CoDocumentsTable {
  id: Generated<number>;
  request_id: number;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: Uint8Array;
  description: string | null;
  uploaded_by: number | null;
  uploaded_by_label: string;
  uploaded_at: CreatedAt;
}
