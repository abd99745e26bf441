import type { ImportProblem } from '../core/files/import-problems.ts';
import type { CdPersonsTable } from './tables.ts';

/** A case's own fields (the recording agency, source and status), as stored. */
export interface CaseFields {
  case_ref: string;
  org_name: string | null;
  org_type: string | null;
  source: string | null;
  status: string | null;
}

/** A person's fields as stored, without the keys the database assigns. */
export type PersonFields = Omit<CdPersonsTable, 'id' | 'case_id' | 'country' | 'sample'>;

/** A problem with one cell (or the header: row 1) of a file, or one field of a form; message is a translation key. */
export type CellProblem = ImportProblem;

/** Columns of PersonFields that hold lists (text[]). */
export const PERSON_LIST_FIELDS = ['citizenship', 'exploitation', 'sex_exploitation', 'control', 'recruitment', 'recruitment_apps', 'role_in_process', 'flags'] as const;

/** The stored person columns in the order the bulk loader and the repository use. */
export const PERSON_FIELD_NAMES = [
  'person_ref', 'role', 'gender', 'citizenship', 'age', 'identified_on', 'trafficking_status', 'decision_org', 'relationship',
  'exploitation', 'sex_exploitation', 'industry', 'control', 'recruitment', 'recruitment_apps', 'role_in_process',
  'prosecuted_on', 'convicted_on', 'repatriated_to', 'repatriated_on',
  'recruitment_country', 'recruitment_place', 'recruitment_on', 'transit_country', 'transit_place', 'transit_on',
  'exploitation_country', 'exploitation_place', 'exploitation_on', 'flags',
] as const satisfies readonly (keyof PersonFields)[];
