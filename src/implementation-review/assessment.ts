import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { allows, authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { createHash } from 'node:crypto';
import { AppError, notFound, ValidationError, type FieldError } from '../core/errors.ts';
import { getCountry } from '../core/geo/countries.ts';
import { requiredText, parseInput } from '../core/validation.ts';
import { z } from 'zod';
import { reviewPolicy } from './policy.ts';
import { checkFile, checkValue, fieldOf, type AnswerInput } from './answers.ts';
import { findAssessment, findCycle, listAnswers, listComments, listFiles, listQuestions, publishedLegislation, type AssessmentRow, type CycleRow } from './repository.ts';

export const EDITABLE_STATUSES = ['draft', 'returned'];

function countryCode(iso3: string): string {
  const country = getCountry(iso3);
  if (!country || country.iso3 !== iso3.toUpperCase()) throw notFound();
  return country.iso3;
}

/** A cycle that focal points may see: opened (or closed) cycles only. */
async function visibleCycle(db: Kysely<Database>, actor: Actor, cycleId: number): Promise<CycleRow> {
  const cycle = await findCycle(db, cycleId);
  if (!cycle) throw notFound();
  if (cycle.status === 'preparation' && !allows(reviewPolicy, actor, 'review.manageBank')) throw notFound();
  return cycle;
}

/** Everything the questionnaire page shows for one country in one cycle. */
export async function readQuestionnaire(db: Kysely<Database>, actor: Actor, cycleId: number, iso3: string) {
  const country = countryCode(iso3);
  authorize(reviewPolicy, actor, 'review.viewAssessment', country);
  const cycle = await visibleCycle(db, actor, cycleId);
  const questions = await listQuestions(db, cycle.id);
  const assessment = await findAssessment(db, cycle.id, country);
  const answers = assessment ? await listAnswers(db, assessment.id) : [];
  const legislation = await publishedLegislation(db, [...new Set(answers.flatMap((answer) => answer.legislation_ids))]);
  return {
    cycle, country, questions, assessment, legislation,
    answers: new Map(answers.map((answer) => [answer.question_id, answer])),
    files: assessment ? await listFiles(db, assessment.id) : [],
    comments: assessment ? await listComments(db, assessment.id) : [],
  };
}

/**
 * Saves a focal point's answers (a draft), and with `submit` hands the questionnaire to the
 * reviewers once every required question is answered; if some are not, the draft is still
 * saved and SubmissionIncomplete names them. Only the focal points of the country,
 * only while the cycle is open and the questionnaire a draft or returned. One transaction,
 * audited with the answers before and after.
 */
export async function saveAnswers(db: Kysely<Database>, actor: Actor, cycleId: number, iso3: string, inputs: AnswerInput[], options: { submit: boolean }): Promise<AssessmentRow> {
  const country = countryCode(iso3);
  authorize(reviewPolicy, actor, 'review.answer', country);
  const result = await db.transaction().execute(async (trx) => {
    const cycle = await findCycle(trx, cycleId);
    if (!cycle || cycle.status === 'preparation') throw notFound();
    if (cycle.status !== 'open') throw new AppError('cycle_closed', 409, 'review.error.cycle_closed');
    const questions = new Map((await listQuestions(trx, cycle.id)).map((question) => [question.id, question]));
    let assessment = await findAssessment(trx, cycle.id, country);
    if (assessment && !EDITABLE_STATUSES.includes(assessment.status)) throw new AppError('not_editable', 409, 'review.error.not_editable');
    const errors: FieldError[] = [];
    const legislationIds = [...new Set(inputs.flatMap((input) => input.legislationIds ?? []))];
    const published = await publishedLegislation(trx, legislationIds);
    const checked = inputs.flatMap((input) => {
      const question = questions.get(input.questionId);
      if (!question) { errors.push({ field: fieldOf(input.questionId), message: 'review.error.unknown_question' }); return []; }
      const { value, error } = checkValue(question, input.value);
      if (error) errors.push(error);
      const unknown = (input.legislationIds ?? []).filter((id) => !published.has(id));
      if (unknown.length) errors.push({ field: fieldOf(question.id), message: 'review.error.not_legislation', params: { ids: unknown.join(', ') } });
      let file: { filename: string; bytes: Uint8Array; contentType: string } | undefined;
      if (input.file && question.type === 'file') {
        const result = checkFile(question.id, input.file);
        if (result.error) errors.push(result.error);
        else file = { ...input.file, contentType: result.contentType! };
      }
      return [{ question, value, legislationIds: [...new Set(input.legislationIds ?? [])].sort((a, b) => a - b), file }];
    });
    if (errors.length) throw new ValidationError(errors);

    if (!assessment) {
      assessment = await trx.insertInto('ir_assessments').values({ cycle_id: cycle.id, country }).returningAll().executeTakeFirstOrThrow();
    }
    const existing = new Map((await listAnswers(trx, assessment.id)).map((answer) => [answer.question_id, answer]));
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const by = actor.kind === 'user' ? actor.id : null;
    for (const { question, value, legislationIds: ids, file } of checked) {
      const old = existing.get(question.id);
      const changed = (old?.value ?? null) !== value || JSON.stringify(old?.legislation_ids ?? []) !== JSON.stringify(ids) || file;
      if (!changed) continue;
      const row = await trx.insertInto('ir_answers').values({ assessment_id: assessment.id, question_id: question.id, value, legislation_ids: ids, updated_by: by })
        .onConflict((oc) => oc.columns(['assessment_id', 'question_id']).doUpdateSet({ value, legislation_ids: ids, updated_by: by, updated_at: new Date() }))
        .returning('id').executeTakeFirstOrThrow();
      before[question.key] = old ? { value: old.value, legislation: old.legislation_ids } : null;
      after[question.key] = { value, legislation: ids };
      if (file) {
        await trx.insertInto('ir_files').values({ answer_id: row.id, filename: file.filename.slice(0, 200), content_type: file.contentType, size_bytes: file.bytes.byteLength, content: file.bytes, uploaded_by: by }).execute();
        after[question.key] = { value, legislation: ids, file: { name: file.filename, bytes: file.bytes.byteLength, sha256: createHash('sha256').update(file.bytes).digest('hex') } };
      }
    }
    const by_ = auditActorOf(actor);
    if (Object.keys(after).length || assessment.status === 'returned') {
      await trx.updateTable('ir_assessments').set({ status: 'draft', updated_at: new Date() }).where('id', '=', assessment.id).execute();
      await recordAudit(trx, by_, { action: 'review.answers_save', entityType: 'review.assessment', entityId: assessment.id, before: { status: assessment.status, answers: before }, after: { status: 'draft', answers: after } });
    }
    if (options.submit) {
      const answered = new Set((await trx.selectFrom('ir_answers').leftJoin('ir_files', 'ir_files.answer_id', 'ir_answers.id')
        .select(['ir_answers.question_id', 'ir_answers.value', 'ir_files.id as file_id']).where('ir_answers.assessment_id', '=', assessment.id).execute())
        .filter((row) => row.value !== null || row.file_id !== null).map((row) => row.question_id));
      const missing = [...questions.values()].filter((question) => question.required && !answered.has(question.id));
      if (missing.length) return { assessment: (await findAssessment(trx, cycle.id, country))!, missing: missing.map((question) => ({ field: fieldOf(question.id), message: 'review.error.answer_required' })) };
      await trx.updateTable('ir_assessments').set({ status: 'submitted', submitted_at: new Date(), submitted_by: by, updated_at: new Date() }).where('id', '=', assessment.id).execute();
      await recordAudit(trx, by_, { action: 'review.assessment_submit', entityType: 'review.assessment', entityId: assessment.id, before: { status: 'draft' }, after: { status: 'submitted', cycle: cycle.id, country } });
    }
    return { assessment: (await findAssessment(trx, cycle.id, country))!, missing: [] };
  });
  if (result.missing.length) throw new SubmissionIncomplete(result.missing);
  return result.assessment;
}

/** Submission refused for unanswered required questions; the answers sent with it were saved as a draft. */
export class SubmissionIncomplete extends ValidationError {}

const commentSchema = z.object({ questionId: z.coerce.number().int().positive(), body: requiredText(5000) });

/** A reviewer's comment on one answer of a submitted (or returned, or completed) questionnaire. */
export async function addComment(db: Kysely<Database>, actor: Actor, cycleId: number, iso3: string, input: { questionId: number | string; body: string }): Promise<number> {
  const country = countryCode(iso3);
  authorize(reviewPolicy, actor, 'review.comment');
  const data = parseInput(commentSchema, input);
  return db.transaction().execute(async (trx) => {
    const assessment = await findAssessment(trx, cycleId, country);
    if (!assessment) throw notFound();
    if (assessment.status === 'draft') throw new AppError('not_submitted', 409, 'review.error.not_submitted');
    const question = await trx.selectFrom('ir_questions').select(['id', 'key']).where('id', '=', data.questionId).where('cycle_id', '=', cycleId).executeTakeFirst();
    if (!question) throw new ValidationError([{ field: 'questionId', message: 'review.error.unknown_question' }]);
    const row = await trx.insertInto('ir_comments').values({
      assessment_id: assessment.id, question_id: question.id, author_id: actor.kind === 'user' ? actor.id : null, author_label: auditActorOf(actor).label, body: data.body,
    }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(trx, auditActorOf(actor), { action: 'review.comment_add', entityType: 'review.comment', entityId: row.id, after: { assessment: assessment.id, question: question.key, body: data.body } });
    return row.id;
  });
}

/** A reviewer returns a submitted questionnaire to the focal points, or completes its review. */
export async function decide(db: Kysely<Database>, actor: Actor, cycleId: number, iso3: string, decision: 'return' | 'complete'): Promise<void> {
  const country = countryCode(iso3);
  authorize(reviewPolicy, actor, 'review.decide');
  await db.transaction().execute(async (trx) => {
    const assessment = await findAssessment(trx, cycleId, country);
    if (!assessment) throw notFound();
    if (assessment.status !== 'submitted') throw new AppError('wrong_status', 409, 'review.error.not_submitted');
    const status = decision === 'return' ? 'returned' : 'completed';
    await trx.updateTable('ir_assessments').set({ status, updated_at: new Date() }).where('id', '=', assessment.id).execute();
    await recordAudit(trx, auditActorOf(actor), { action: `review.assessment_${decision}`, entityType: 'review.assessment', entityId: assessment.id, before: { status: assessment.status }, after: { status } });
  });
}

/** An attached file, for those who may read the questionnaire it belongs to. */
export async function readAnswerFile(db: Kysely<Database>, actor: Actor, fileId: number) {
  if (!Number.isSafeInteger(fileId)) throw notFound();
  const file = await db.selectFrom('ir_files').innerJoin('ir_answers', 'ir_answers.id', 'ir_files.answer_id').innerJoin('ir_assessments', 'ir_assessments.id', 'ir_answers.assessment_id')
    .select(['ir_files.filename', 'ir_files.content_type', 'ir_files.content', 'ir_assessments.country']).where('ir_files.id', '=', fileId).executeTakeFirst();
  if (!file) throw notFound();
  authorize(reviewPolicy, actor, 'review.viewAssessment', file.country);
  return file;
}
