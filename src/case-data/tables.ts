import type { ColumnType, Generated } from 'kysely';

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Kysely's view of this capability's tables (added to Database below); see migrations/0020_case_data.sql. */
export interface CaseDataTables {
  cd_cases: CdCasesTable;
  cd_persons: CdPersonsTable;
}

declare module '../core/db/schema.ts' {
  interface Database extends CaseDataTables {}
}

export interface CdCasesTable {
  id: Generated<number>;
  country: string;
  case_ref: string;
  org_name: string | null;
  org_type: string | null;
  source: string | null;
  status: string | null;
  sample: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Stamp;
  updated_at: Stamp;
}

export interface CdPersonsTable {
  id: Generated<number>;
  case_id: number;
  country: string;
  person_ref: string;
  role: 'Victim' | 'Perpetrator';
  gender: string | null;
  citizenship: string[];
  age: number | null;
  identified_on: string;
  trafficking_status: string | null;
  decision_org: string | null;
  relationship: string | null;
  exploitation: string[];
  sex_exploitation: string[];
  industry: string | null;
  control: string[];
  recruitment: string[];
  recruitment_apps: string[];
  role_in_process: string[];
  prosecuted_on: string | null;
  convicted_on: string | null;
  repatriated_to: string | null;
  repatriated_on: string | null;
  recruitment_country: string | null;
  recruitment_place: string | null;
  recruitment_on: string | null;
  transit_country: string | null;
  transit_place: string | null;
  transit_on: string | null;
  exploitation_country: string | null;
  exploitation_place: string | null;
  exploitation_on: string | null;
  flags: string[];
  sample: ColumnType<boolean, boolean | undefined, boolean>;
}
