import type { Translate } from '../core/i18n/i18n.ts';
import type { DownloadTable } from '../core/files/write-table.ts';
import type { RequestRow } from './repository.ts';
import { basisLabel, contactRoleLabel, crimeLabel, kindLabel, statusLabel } from './views/labels.ts';

const COLUMNS = ['id', 'kind', 'status', 'requestingCountry', 'requestingAuthority', 'requestedCountry', 'requestedAuthority', 'legalBasis', 'legalBasisDetail',
  'crimeType', 'subject', 'caseReference', 'knowledgeRecordId', 'sentOn', 'receivedOn', 'answeredOn', 'dueOn', 'contactRole', 'contactName', 'contactEmail', 'sample'] as const;

/** The requests as a downloadable table: codes as in the API, labels in the user's language in the header. */
export function requestsTable(rows: RequestRow[], t: Translate, date: string): DownloadTable {
  return {
    filename: `ariadne-cooperation-requests-${date}`,
    sheetName: 'requests',
    columns: COLUMNS.map((key) => ({ key, label: t(`cooperation.field.${key}`) })),
    rows: rows.map((row) => ({
      id: row.id,
      kind: kindLabel(t, row.kind),
      status: statusLabel(t, row.status),
      requestingCountry: row.requesting_country,
      requestingAuthority: row.requesting_authority,
      requestedCountry: row.requested_country,
      requestedAuthority: row.requested_authority,
      legalBasis: basisLabel(t, row.legal_basis),
      legalBasisDetail: row.legal_basis_detail,
      crimeType: crimeLabel(t, row.crime_type),
      subject: row.subject,
      caseReference: row.case_reference,
      knowledgeRecordId: row.knowledge_record_id,
      sentOn: row.sent_on,
      receivedOn: row.received_on,
      answeredOn: row.answered_on,
      dueOn: row.due_on,
      contactRole: row.contact_role ? contactRoleLabel(t, row.contact_role) : null,
      contactName: row.contact_name,
      contactEmail: row.contact_email,
      sample: row.sample ? t('cooperation.sample') : '',
    })),
  };
}
