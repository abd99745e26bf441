import type { RequestRow, DocumentInfo } from './repository.ts';
import type { Selectable } from 'kysely';
import type { CoRequestEventsTable } from './tables.ts';

/** The only shape in which a request leaves: API answers, exports and audit entries. */
export function requestJson(row: RequestRow) {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    requestingCountry: row.requesting_country,
    requestingAuthority: row.requesting_authority,
    requestedCountry: row.requested_country,
    requestedAuthority: row.requested_authority,
    legalBasis: row.legal_basis,
    legalBasisDetail: row.legal_basis_detail,
    caseReference: row.case_reference,
    knowledgeRecordId: row.knowledge_record_id,
    crimeType: row.crime_type,
    subject: row.subject,
    sentOn: row.sent_on,
    receivedOn: row.received_on,
    answeredOn: row.answered_on,
    dueOn: row.due_on,
    contact: row.contact_role ? { role: row.contact_role, name: row.contact_name, email: row.contact_email } : null,
    sample: row.sample,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
export type RequestJson = ReturnType<typeof requestJson>;

export function eventJson(row: Selectable<CoRequestEventsTable>) {
  return { kind: row.kind, fromStatus: row.from_status, toStatus: row.to_status, onDate: row.on_date, note: row.note, details: row.details, by: row.actor_label, at: row.at };
}

export function documentJson(row: DocumentInfo) {
  return { id: row.id, filename: row.filename, contentType: row.content_type, sizeBytes: row.size_bytes, sha256: row.sha256, description: row.description, uploadedBy: row.uploaded_by_label, uploadedAt: row.uploaded_at, url: `/cooperation/documents/${row.id}` };
}

/** The fields a user changed, for the history (the audit entry has the values before and after). */
export function changedFields(before: RequestJson, after: RequestJson): string[] {
  return (Object.keys(after) as (keyof RequestJson)[])
    .filter((key) => key !== 'updatedAt' && JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
