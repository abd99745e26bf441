import type { CaseData, Kind, RecordData } from './schemas.ts';

/**
 * The record as the public sees it (pages, exports, API): victims and defendants without their
 * initials. Editors and reviewers see the full record through the editorial pages only.
 */
export function publicRecordData(kind: Kind, data: RecordData): RecordData {
  if (kind !== 'case') return data;
  const record = data as CaseData;
  return {
    ...record,
    victims: record.victims.map(({ initials: _initials, ...person }) => person),
    defendants: record.defendants.map(({ initials: _initials, ...person }) => person),
  } as CaseData;
}

export function recordUrl(baseUrl: string, id: number): string {
  return `${baseUrl.replace(/\/$/, '')}/knowledge/records/${id}`;
}
