import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
type DefaultFalse = ColumnType<boolean, boolean | undefined, boolean>;
type DefaultList<T> = ColumnType<T[], T[] | undefined, T[]>;
type DefaultZero = ColumnType<number, number | undefined, number>;

/** Kysely's view of this capability's tables (added to Database below); see migrations/0030_programmes.sql. */
export interface ProgrammesTables {
  pm_programmes: {
    id: Generated<number>; code: string; name: string; kind: string; parent_id: number | null; crime_focus: string;
    donors: DefaultList<string>; start_date: string | null; end_date: string | null; countries: DefaultList<string>;
    description: string | null; sample: DefaultFalse; created_at: CreatedAt; updated_at: UpdatedAt;
  };
  pm_projects: {
    id: Generated<number>; programme_id: number; code: string; name: string; start_date: string | null; end_date: string | null; sample: DefaultFalse;
  };
  pm_activities: {
    id: Generated<number>; external_id: string | null; type: string; title: string; start_date: string; end_date: string;
    place: string | null; scope: string; countries: string[]; programme_ids: DefaultList<number>; project_id: number | null;
    partners: DefaultList<string>; topic: string | null; description: string | null;
    female: DefaultZero; male: DefaultZero; unknown_sex: DefaultZero; has_participant_list: DefaultFalse;
    inst_police: DefaultZero; inst_prosecution: DefaultZero; inst_judiciary: DefaultZero; inst_border_immigration: DefaultZero; inst_labour_inspection: DefaultZero;
    inst_social_services: DefaultZero; inst_civil_society: DefaultZero; inst_academia: DefaultZero; inst_other: DefaultZero;
    status: string; sample: DefaultFalse; created_by: number | null; created_at: CreatedAt; updated_at: UpdatedAt;
  };
  pm_activity_countries: {
    activity_id: number; iso3: string; start_date: string; type: string; scope: string; published: boolean; programme_ids: number[];
  };
  pm_participants: {
    id: Generated<number>; activity_id: number; name: string; sex: string; institution_type: string; institution: string | null; country: string | null;
  };
  pm_outcomes: {
    id: Generated<number>; external_id: string | null; type: string; activity_id: number | null; programme_id: number | null; country: string;
    outcome_date: string; quantity: DefaultZero; kn_record_id: number | null; programme_ids: DefaultList<number>; source: string | null; story: string | null;
    status: string; sample: DefaultFalse; created_at: CreatedAt; updated_at: UpdatedAt;
  };
  pm_action_plans: {
    id: Generated<number>; code: string; title: string; kind: string; countries: string[]; start_date: string; end_date: string;
    programme_id: number | null; status: string; sample: DefaultFalse;
  };
  pm_plan_areas: { id: Generated<number>; plan_id: number; position: number; name: string };
  pm_plan_targets: {
    id: Generated<number>; area_id: number; code: string; description: string; indicator: string; unit: string | null;
    baseline: number; target_value: number; due_date: string;
  };
  pm_plan_measurements: { target_id: number; measured_on: string; value: number; note: string | null };
}

declare module '../core/db/schema.ts' {
  interface Database extends ProgrammesTables {}
}
