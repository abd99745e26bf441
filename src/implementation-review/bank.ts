import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../core/db/schema.ts';
import { auditActorOf, type Actor } from '../core/access/actor.ts';
import { authorize } from '../core/access/policy.ts';
import { recordAudit } from '../core/audit/audit-log.ts';
import { AppError, notFound, ValidationError } from '../core/errors.ts';
import { optionalText, parseInput, requiredText } from '../core/validation.ts';
import { reviewPolicy } from './policy.ts';
import { findCycle, listQuestions, type CycleRow, type QuestionRow } from './repository.ts';

export const QUESTION_TYPES = ['yes_no', 'choice', 'number', 'text', 'file'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const cycleSchema = z.object({ treatyCode: z.string().trim().toUpperCase().min(1), name: requiredText(200) });

const questionSchema = z.object({
  key: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9_.-]{0,60}$/, 'review.error.key_format'),
  article: requiredText(60),
  position: z.coerce.number().int().min(0).max(100_000),
  type: z.enum(QUESTION_TYPES),
  text: requiredText(2000),
  guidance: optionalText(5000),
  choices: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
  required: z.boolean().default(true),
}).superRefine((question, context) => {
  if (question.type === 'choice' && question.choices.length < 2) context.addIssue({ code: 'custom', path: ['choices'], message: 'review.error.choices_needed' });
  if (question.type !== 'choice' && question.choices.length) context.addIssue({ code: 'custom', path: ['choices'], message: 'review.error.choices_only_choice' });
});
export type QuestionInput = z.input<typeof questionSchema>;

const presentQuestion = (row: QuestionRow) => ({ id: row.id, cycleId: row.cycle_id, key: row.key, article: row.article, position: row.position, type: row.type, text: row.text, guidance: row.guidance, choices: row.choices, required: row.required });

/**
 * A new review cycle of a treaty, with the next version of its question bank: a copy of the
 * latest cycle's questions (same keys), to edit before the cycle opens. The older cycle's
 * questions, and the answers given to them, are not touched.
 */
export async function createCycle(db: Kysely<Database>, actor: Actor, input: z.input<typeof cycleSchema>, options: { sample?: boolean } = {}): Promise<number> {
  authorize(reviewPolicy, actor, 'review.manageBank');
  const data = parseInput(cycleSchema, input);
  return db.transaction().execute(async (trx) => {
    const treaty = await trx.selectFrom('tr_treaties').select('code').where('code', '=', data.treatyCode).executeTakeFirst();
    if (!treaty) throw new ValidationError([{ field: 'treatyCode', message: 'error.not_allowed_value' }]);
    const latest = await trx.selectFrom('ir_cycles').selectAll().where('treaty_code', '=', treaty.code).orderBy('version', 'desc').limit(1).forUpdate().executeTakeFirst();
    const cycle = await trx.insertInto('ir_cycles').values({
      treaty_code: treaty.code, name: data.name, version: (latest?.version ?? 0) + 1, based_on: latest?.id ?? null, sample: options.sample ?? false,
    }).returning(['id', 'version']).executeTakeFirstOrThrow();
    let copied = 0;
    if (latest) {
      const questions = await listQuestions(trx, latest.id);
      if (questions.length) {
        await trx.insertInto('ir_questions').values(questions.map(({ id: _id, cycle_id: _cycle, ...question }) => ({ ...question, cycle_id: cycle.id }))).execute();
      }
      copied = questions.length;
    }
    await recordAudit(trx, auditActorOf(actor), { action: 'review.cycle_create', entityType: 'review.cycle', entityId: cycle.id, after: { treaty: treaty.code, name: data.name, version: cycle.version, basedOn: latest?.id ?? null, questionsCopied: copied } });
    return cycle.id;
  });
}

async function cycleInPreparation(trx: Kysely<Database>, cycleId: number): Promise<CycleRow> {
  const cycle = await findCycle(trx, cycleId);
  if (!cycle) throw notFound();
  if (cycle.status !== 'preparation') throw new AppError('cycle_frozen', 409, 'review.error.cycle_frozen');
  return cycle;
}

const questionValues = (data: z.output<typeof questionSchema>) => ({
  key: data.key, article: data.article, position: data.position, type: data.type, text: data.text, guidance: data.guidance ?? null, choices: data.choices, required: data.required,
});

/** Adds a question to a cycle that has not opened yet (admins). */
export async function addQuestion(db: Kysely<Database>, actor: Actor, cycleId: number, input: QuestionInput): Promise<number> {
  authorize(reviewPolicy, actor, 'review.manageBank');
  const data = parseInput(questionSchema, input);
  return db.transaction().execute(async (trx) => {
    await cycleInPreparation(trx, cycleId);
    const taken = await trx.selectFrom('ir_questions').select('id').where('cycle_id', '=', cycleId).where('key', '=', data.key).executeTakeFirst();
    if (taken) throw new ValidationError([{ field: 'key', message: 'review.error.key_taken' }]);
    const row = await trx.insertInto('ir_questions').values({ cycle_id: cycleId, ...questionValues(data) }).returningAll().executeTakeFirstOrThrow();
    await recordAudit(trx, auditActorOf(actor), { action: 'review.question_add', entityType: 'review.question', entityId: row.id, after: presentQuestion(row) });
    return row.id;
  });
}

/** Changes a question of a cycle that has not opened yet (admins); its key stays. */
export async function updateQuestion(db: Kysely<Database>, actor: Actor, questionId: number, input: Omit<QuestionInput, 'key'>): Promise<void> {
  authorize(reviewPolicy, actor, 'review.manageBank');
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('ir_questions').selectAll().where('id', '=', questionId).executeTakeFirst();
    if (!before) throw notFound();
    await cycleInPreparation(trx, before.cycle_id);
    const data = parseInput(questionSchema, { ...input, key: before.key });
    const after = await trx.updateTable('ir_questions').set(questionValues(data)).where('id', '=', questionId).returningAll().executeTakeFirstOrThrow();
    await recordAudit(trx, auditActorOf(actor), { action: 'review.question_update', entityType: 'review.question', entityId: questionId, before: presentQuestion(before), after: presentQuestion(after) });
  });
}

/** Opens a cycle to the focal points; from then on its questions do not change (admins). */
export async function openCycle(db: Kysely<Database>, actor: Actor, cycleId: number): Promise<void> {
  authorize(reviewPolicy, actor, 'review.manageBank');
  await db.transaction().execute(async (trx) => {
    await cycleInPreparation(trx, cycleId);
    const count = (await listQuestions(trx, cycleId)).length;
    if (!count) throw new AppError('no_questions', 409, 'review.error.no_questions');
    await trx.updateTable('ir_cycles').set({ status: 'open', opened_at: new Date() }).where('id', '=', cycleId).execute();
    await recordAudit(trx, auditActorOf(actor), { action: 'review.cycle_open', entityType: 'review.cycle', entityId: cycleId, before: { status: 'preparation' }, after: { status: 'open', questions: count } });
  });
}

/** Closes an open cycle (admins): answers can no longer change; the cycle stays readable. */
export async function closeCycle(db: Kysely<Database>, actor: Actor, cycleId: number): Promise<void> {
  authorize(reviewPolicy, actor, 'review.manageBank');
  await db.transaction().execute(async (trx) => {
    const cycle = await findCycle(trx, cycleId);
    if (!cycle) throw notFound();
    if (cycle.status !== 'open') throw new AppError('wrong_status', 409, 'review.error.not_open');
    await trx.updateTable('ir_cycles').set({ status: 'closed' }).where('id', '=', cycleId).execute();
    await recordAudit(trx, auditActorOf(actor), { action: 'review.cycle_close', entityType: 'review.cycle', entityId: cycleId, before: { status: 'open' }, after: { status: 'closed' } });
  });
}
