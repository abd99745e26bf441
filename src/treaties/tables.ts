import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** Kysely's view of this capability's tables (added to Database below). */
export interface TreatiesTables {
  tr_treaties: TrTreatiesTable;
  tr_events: TrEventsTable;
  tr_country_texts: TrCountryTextsTable;
}

declare module '../core/db/schema.ts' {
  interface Database extends TreatiesTables {}
}

export interface TrTreatiesTable {
  code: string;
  name: string;
  short_name: string;
  adopted_on: string | null;
  withdrawal_delay_months: ColumnType<number, number | undefined, number>;
  position: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
}

export interface TrEventsTable {
  id: Generated<number>;
  treaty_code: string;
  country: string;
  action: string;
  action_date: string;
  date_precision: ColumnType<string, string | undefined, string>;
  effective_date: string | null;
  source: string | null;
  sample: ColumnType<boolean, boolean | undefined, boolean>;
  illustrative: ColumnType<boolean, boolean | undefined, boolean>;
  created_by: number | null;
  created_at: CreatedAt;
}

export interface TrCountryTextsTable {
  treaty_code: string;
  country: string;
  declarations: string | null;
  reservations: string | null;
  notes: string | null;
  sample: ColumnType<boolean, boolean | undefined, boolean>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
