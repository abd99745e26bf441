import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { IrAnswersTable, IrAssessmentsTable, IrCommentsTable, IrCyclesTable, IrQuestionsTable } from './tables.ts';

export type CycleRow = Selectable<IrCyclesTable>;
export type QuestionRow = Selectable<IrQuestionsTable>;
export type AssessmentRow = Selectable<IrAssessmentsTable>;
export type AnswerRow = Selectable<IrAnswersTable>;
export type CommentRow = Selectable<IrCommentsTable>;
export interface FileInfo { id: number; answer_id: number; filename: string; content_type: string; size_bytes: number }

export function listCycles(db: Kysely<Database>): Promise<CycleRow[]> {
  return db.selectFrom('ir_cycles').selectAll().orderBy('treaty_code').orderBy('version', 'desc').execute();
}

export function findCycle(db: Kysely<Database>, id: number): Promise<CycleRow | undefined> {
  return Number.isSafeInteger(id) ? db.selectFrom('ir_cycles').selectAll().where('id', '=', id).executeTakeFirst() : Promise.resolve(undefined);
}

/** A cycle's questions in the order of the questionnaire (by position, which follows the articles). */
export function listQuestions(db: Kysely<Database>, cycleId: number): Promise<QuestionRow[]> {
  return db.selectFrom('ir_questions').selectAll().where('cycle_id', '=', cycleId).orderBy('position').orderBy('id').execute();
}

export function findAssessment(db: Kysely<Database>, cycleId: number, country: string): Promise<AssessmentRow | undefined> {
  return db.selectFrom('ir_assessments').selectAll().where('cycle_id', '=', cycleId).where('country', '=', country).executeTakeFirst();
}

export function listAnswers(db: Kysely<Database>, assessmentId: number): Promise<AnswerRow[]> {
  return db.selectFrom('ir_answers').selectAll().where('assessment_id', '=', assessmentId).execute();
}

export function listFiles(db: Kysely<Database>, assessmentId: number): Promise<FileInfo[]> {
  return db.selectFrom('ir_files').innerJoin('ir_answers', 'ir_answers.id', 'ir_files.answer_id')
    .select(['ir_files.id', 'ir_files.answer_id', 'ir_files.filename', 'ir_files.content_type', 'ir_files.size_bytes'])
    .where('ir_answers.assessment_id', '=', assessmentId).orderBy('ir_files.id').execute();
}

export function listComments(db: Kysely<Database>, assessmentId: number): Promise<CommentRow[]> {
  return db.selectFrom('ir_comments').selectAll().where('assessment_id', '=', assessmentId).orderBy('created_at').orderBy('id').execute();
}

/** Titles of published legislation in the knowledge portal, by record id (only those published). */
export async function publishedLegislation(db: Kysely<Database>, ids: number[]): Promise<Map<number, { title: string; countries: string[] }>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('kn_published').select(['record_id', 'title', 'original_language', 'countries'])
    .where('kind', '=', 'legislation').where('record_id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.record_id, { title: titleOf(row.title, row.original_language), countries: row.countries }]));
}

/** The published legislation of a country, to offer in the questionnaire. */
export async function countryLegislation(db: Kysely<Database>, country: string): Promise<{ id: number; title: string }[]> {
  const rows = await db.selectFrom('kn_published').select(['record_id', 'title', 'original_language'])
    .where('kind', '=', 'legislation').where(sql<boolean>`countries @> array[${country}]::text[]`).orderBy('sort_date', 'desc').limit(200).execute();
  return rows.map((row) => ({ id: row.record_id, title: titleOf(row.title, row.original_language) }));
}

function titleOf(title: unknown, language: string): string {
  const texts = (title ?? {}) as Record<string, string>;
  return texts[language] ?? texts.en ?? Object.values(texts)[0] ?? '';
}
