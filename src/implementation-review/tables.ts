import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableStamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** Kysely's view of this capability's tables (added to Database below). */
export interface ReviewTables {
  ir_cycles: IrCyclesTable;
  ir_questions: IrQuestionsTable;
  ir_assessments: IrAssessmentsTable;
  ir_answers: IrAnswersTable;
  ir_files: IrFilesTable;
  ir_comments: IrCommentsTable;
}

declare module '../core/db/schema.ts' {
  interface Database extends ReviewTables {}
}

export interface IrCyclesTable {
  id: Generated<number>;
  treaty_code: string;
  name: string;
  version: number;
  status: ColumnType<string, string | undefined, string>;
  based_on: number | null;
  sample: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  opened_at: NullableStamp;
}

export interface IrQuestionsTable {
  id: Generated<number>;
  cycle_id: number;
  key: string;
  article: string;
  position: number;
  type: string;
  text: string;
  guidance: string | null;
  choices: ColumnType<string[], string[] | undefined, string[]>;
  required: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface IrAssessmentsTable {
  id: Generated<number>;
  cycle_id: number;
  country: string;
  status: ColumnType<string, string | undefined, string>;
  sample: ColumnType<boolean, boolean | undefined, boolean>;
  submitted_at: NullableStamp;
  submitted_by: number | null;
  updated_at: Stamp;
}

export interface IrAnswersTable {
  id: Generated<number>;
  assessment_id: number;
  question_id: number;
  value: string | null;
  legislation_ids: ColumnType<number[], number[] | undefined, number[]>;
  updated_by: number | null;
  updated_at: Stamp;
}

export interface IrFilesTable {
  id: Generated<number>;
  answer_id: number;
  filename: string;
  content_type: string;
  size_bytes: number;
  content: Uint8Array;
  uploaded_by: number | null;
  uploaded_at: CreatedAt;
}

export interface IrCommentsTable {
  id: Generated<number>;
  assessment_id: number;
  question_id: number;
  author_id: number | null;
  author_label: string;
  body: string;
  created_at: CreatedAt;
}
