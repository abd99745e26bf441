import type { FormData } from '../core/http/forms.ts';
import { formText } from '../core/http/forms.ts';
import type { RequestRow } from './repository.ts';

/** The fields of the request form, named as in the API's JSON. */
export const FORM_FIELDS = ['kind', 'requestingCountry', 'requestingAuthority', 'requestedCountry', 'requestedAuthority', 'legalBasis', 'legalBasisDetail',
  'caseReference', 'knowledgeRecordId', 'crimeType', 'subject', 'dueOn', 'contactRole', 'contactName', 'contactEmail'] as const;

/** What the user typed, as strings, to validate and (on an error) to show back unchanged. */
export function formValues(form: FormData): Record<string, string> {
  return Object.fromEntries(FORM_FIELDS.map((name) => [name, formText(form, name)]));
}

/** A stored request as form values, for its edit form. */
export function rowToValues(row: RequestRow): Record<string, string> {
  return {
    kind: row.kind, requestingCountry: row.requesting_country, requestingAuthority: row.requesting_authority,
    requestedCountry: row.requested_country, requestedAuthority: row.requested_authority, legalBasis: row.legal_basis,
    legalBasisDetail: row.legal_basis_detail ?? '', caseReference: row.case_reference ?? '',
    knowledgeRecordId: row.knowledge_record_id === null ? '' : String(row.knowledge_record_id), crimeType: row.crime_type,
    subject: row.subject, dueOn: row.due_on ?? '', contactRole: row.contact_role ?? '', contactName: row.contact_name ?? '', contactEmail: row.contact_email ?? '',
  };
}
