import type { ColumnType, Generated } from 'kysely';

type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** Kysely's view of this capability's tables (added to Database below); see migrations/0010_statistics.sql. */
export interface StatisticsTables {
  st_country_years: StCountryYearsTable;
  st_values: StValuesTable;
  st_revisions: StRevisionsTable;
  st_revision_values: StRevisionValuesTable;
}

declare module '../core/db/schema.ts' {
  interface Database extends StatisticsTables {}
}

export type QuestionnaireStatus = 'draft' | 'submitted' | 'returned' | 'accepted' | 'published';
export type ValueState = 'number' | 'not_available' | 'not_applicable' | 'suppressed';

export interface StCountryYearsTable {
  id: Generated<number>;
  country: string;
  year: number;
  iso_mapped: Defaulted<boolean>;
  country_name: string;
  region_label: Defaulted<string>;
  subregion_label: Defaulted<string>;
  status: QuestionnaireStatus;
  published_revision: number | null;
  review_comment: string | null;
  sample: Defaulted<boolean>;
  updated_by_label: string;
  updated_at: Stamp;
}

/** The columns one stored value has, in the working copy and in every revision. */
export interface StValueColumns {
  indicator: string;
  dimension: string;
  category: string;
  sex: string;
  age: string;
  state: ValueState;
  value: number | null;
  value_text: string | null;
  category_label: string | null;
  category_mapped: Defaulted<boolean>;
  unit: Defaulted<string>;
  source: Defaulted<string>;
  notes: Defaulted<string>;
}

export interface StValuesTable extends StValueColumns {
  country_year_id: number;
}

export interface StRevisionsTable {
  country_year_id: number;
  revision: number;
  origin: 'questionnaire' | 'import';
  published_by_label: string;
  published_at: Stamp;
  note: string | null;
}

export interface StRevisionValuesTable extends StValueColumns {
  country_year_id: number;
  revision: number;
}
