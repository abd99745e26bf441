import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import type { SystemActor } from '../core/access/actor.ts';
import { addQuestion, createCycle, openCycle, type QuestionType } from './bank.ts';
import { saveAnswers } from './assessment.ts';
import { listQuestions } from './repository.ts';

const SAMPLE_ACTOR: SystemActor = { kind: 'system', label: 'sample-data' };
const SAMPLES = new URL('../../samples/implementation-review/', import.meta.url);

interface SampleBank { treaty: string; cycle: string; questions: { key: string; article: string; type: QuestionType; text: string; guidance?: string; choices?: string[]; required?: boolean }[] }
interface SampleDraft { treaty: string; country: string; answers: Record<string, string> }

/**
 * The sample question banks (TIP and SOM Protocols, our own wording), each in an open cycle
 * marked as a sample, and Malawi's fictional draft self-assessment. Loaded unless a sample
 * cycle exists; returns the number of questions and answers loaded.
 */
export async function loadReviewSamples(db: Kysely<Database>): Promise<number> {
  const present = await db.selectFrom('ir_cycles').select('id').where('sample', '=', true).limit(1).executeTakeFirst();
  if (present) return 0;
  const banks = JSON.parse(readFileSync(new URL('question-banks.json', SAMPLES), 'utf8')) as SampleBank[];
  const cycles = new Map<string, number>();
  let count = 0;
  for (const bank of banks) {
    const cycleId = await createCycle(db, SAMPLE_ACTOR, { treatyCode: bank.treaty, name: bank.cycle }, { sample: true });
    for (const [index, question] of bank.questions.entries()) {
      await addQuestion(db, SAMPLE_ACTOR, cycleId, { ...question, position: (index + 1) * 10, choices: question.choices ?? [], required: question.required ?? true });
      count++;
    }
    await openCycle(db, SAMPLE_ACTOR, cycleId);
    cycles.set(bank.treaty, cycleId);
  }
  const draft = JSON.parse(readFileSync(new URL('mwi-draft.json', SAMPLES), 'utf8')) as SampleDraft;
  const cycleId = cycles.get(draft.treaty)!;
  const byKey = new Map((await listQuestions(db, cycleId)).map((question) => [question.key, question.id]));
  const answers = Object.entries(draft.answers).map(([key, value]) => ({ questionId: byKey.get(key)!, value }));
  const assessment = await saveAnswers(db, SAMPLE_ACTOR, cycleId, draft.country, answers, { submit: false });
  await db.updateTable('ir_assessments').set({ sample: true }).where('id', '=', assessment.id).execute();
  return count + answers.length;
}
