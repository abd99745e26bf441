import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppContext, AppDeps, AppEnv, NavProvider, RequestState } from '../core/http/context.ts';
import { formErrors, formText, readForm, failedFormStatus } from '../core/http/forms.ts';
import { renderPage } from '../core/http/render.ts';
import { allows, authorize } from '../core/access/policy.ts';
import { countriesFor } from '../core/access/actor.ts';
import { notFound, ValidationError, type FieldError } from '../core/errors.ts';
import { tableDownload } from '../core/files/write-table.ts';
import { listTreaties } from '../treaties/repository.ts';
import { treatyLabel } from '../treaties/views/labels.ts';
import { reviewPolicy } from './policy.ts';
import { addQuestion, closeCycle, createCycle, openCycle, updateQuestion, type QuestionInput } from './bank.ts';
import { addComment, decide, readAnswerFile, readQuestionnaire, saveAnswers, EDITABLE_STATUSES, SubmissionIncomplete } from './assessment.ts';
import { cycleProgress } from './progress.ts';
import { answersTable } from './export.ts';
import { countryLegislation, findCycle, listCycles, listQuestions } from './repository.ts';
import type { AnswerInput } from './answers.ts';
import { ReviewHomePage } from './views/home-page.tsx';
import { CyclePage } from './views/cycle-page.tsx';
import { QuestionnairePage, type QuestionnairePageProps } from './views/questionnaire-page.tsx';
import { PrintPage } from './views/print-page.tsx';
import type { ShownAnswer } from './views/question-block.tsx';
import { EditQuestionPage, questionToValues } from './views/question-form.tsx';
import type { FormData as SubmittedForm } from '../core/http/forms.ts';

const QUESTION_FIELDS = ['key', 'article', 'position', 'type', 'text', 'guidance', 'choices', 'required'];
/** A question as typed in the bank's form: choices one per line, the required box ticked or not. */
const questionInput = (values: Record<string, string>) => ({ ...values, choices: values.choices.split('\n').map((line) => line.trim()).filter(Boolean), required: values.required === 'yes' }) as unknown as QuestionInput;
const questionValues = (form: SubmittedForm) => Object.fromEntries(QUESTION_FIELDS.map((name) => [name, name === 'required' ? (formText(form, name) === 'yes' ? 'yes' : 'no') : formText(form, name)]));

/** Links this capability adds to the main navigation (each checked against its policy). */
export const reviewNavigation: NavProvider = ({ t, actor }) => (allows(reviewPolicy, actor, 'review.enter') ? [{ href: '/review', label: t('nav.review') }] : []);


/** The answers in a questionnaire form (multipart): q_<id> values, leg_<id> and legids_<id> legislation, file_<id> files. */
async function readAnswers(c: AppContext, questionIds: number[]): Promise<{ inputs: AnswerInput[]; errors: FieldError[]; intent: string }> {
  const body = await c.req.parseBody({ all: true });
  const list = (name: string) => [body[name] ?? []].flat();
  const errors: FieldError[] = [];
  const inputs = await Promise.all(questionIds.map(async (questionId) => {
    const value = list(`q_${questionId}`).find((item): item is string => typeof item === 'string');
    const tokens = [...list(`leg_${questionId}`).filter((item): item is string => typeof item === 'string'),
      ...list(`legids_${questionId}`).filter((item): item is string => typeof item === 'string').flatMap((text) => text.split(/[\s,;]+/))].map((token) => token.trim().replace(/^#/, '')).filter(Boolean);
    const bad = tokens.filter((token) => !/^\d{1,12}$/.test(token));
    if (bad.length) errors.push({ field: `q_${questionId}`, message: 'review.error.legislation_id', params: { value: bad.join(', ').slice(0, 80) } });
    const file = list(`file_${questionId}`).find((item): item is File => item instanceof File && item.size > 0);
    return { questionId, value, legislationIds: tokens.filter((token) => !bad.includes(token)).map(Number), file: file ? { filename: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined };
  }));
  return { inputs, errors, intent: typeof body.intent === 'string' ? body.intent : 'save' };
}

/** Pages and /api routes of this capability. */
export function reviewRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const { db } = deps;

  const entered = (c: AppContext): RequestState => {
    const state = c.get('state');
    authorize(reviewPolicy, state.actor, 'review.enter');
    return state;
  };
  const treatyOptions = async (state: RequestState) => (await listTreaties(db)).map((treaty) => ({ code: treaty.code, label: treatyLabel(state.t, treaty) }));
  const labelOf = async (state: RequestState, code: string) => (await treatyOptions(state)).find((treaty) => treaty.code === code)?.label ?? code;

  async function renderHome(c: AppContext, values?: Record<string, string>, errors?: FieldError[], status: ContentfulStatusCode = 200) {
    const state = entered(c);
    const cycles = await listCycles(db);
    const focal = countriesFor(state.actor, 'focal_point');
    const openCycles = cycles.filter((cycle) => cycle.status !== 'preparation');
    const assessments = focal?.length ? await db.selectFrom('ir_assessments').select(['cycle_id', 'country', 'status']).where('country', 'in', focal).execute() : [];
    const own = (focal ?? []).flatMap((country) => openCycles.map((cycle) => ({
      cycle, country, status: assessments.find((row) => row.cycle_id === cycle.id && row.country === country)?.status ?? 'not_started',
    })));
    return renderPage(c, <ReviewHomePage state={state} cycles={cycles} own={own} canDashboard={allows(reviewPolicy, state.actor, 'review.dashboard')}
      canManage={allows(reviewPolicy, state.actor, 'review.manageBank')} treaties={await treatyOptions(state)} values={values} errors={errors} />, status);
  }

  app.get('/review', (c) => renderHome(c));

  app.post('/review/cycles', async (c) => {
    const state = entered(c);
    authorize(reviewPolicy, state.actor, 'review.manageBank');
    const form = await readForm(c);
    const values = { treatyCode: formText(form, 'treatyCode'), name: formText(form, 'name') };
    try {
      const id = await createCycle(db, state.actor, values);
      return c.redirect(`/review/cycles/${id}?done=cycle_created`, 303);
    } catch (error) {
      return renderHome(c, values, formErrors(error, 'name'), failedFormStatus(error));
    }
  });

  async function renderCycle(c: AppContext, extra: { questionValues?: Record<string, string>; questionErrors?: FieldError[]; actionErrors?: FieldError[] } = {}, status: ContentfulStatusCode = 200) {
    const state = entered(c);
    const progress = await cycleProgress(db, state.actor, Number(c.req.param('id')));
    return renderPage(c, <CyclePage state={state} cycle={progress.cycle} treatyLabel={await labelOf(state, progress.cycle.treaty_code)} progress={progress}
      questions={await listQuestions(db, progress.cycle.id)} canManage={allows(reviewPolicy, state.actor, 'review.manageBank')} notice={c.req.query('done')} {...extra} />, status);
  }

  app.get('/review/cycles/:id', (c) => renderCycle(c));

  app.post('/review/cycles/:id/questions', async (c) => {
    const state = entered(c);
    const form = await readForm(c);
    const values = questionValues(form);
    try {
      await addQuestion(db, state.actor, Number(c.req.param('id')), questionInput(values));
      return c.redirect(`/review/cycles/${c.req.param('id')}?done=question_added#add-question`, 303);
    } catch (error) {
      return renderCycle(c, { questionValues: values, questionErrors: formErrors(error, 'key') }, failedFormStatus(error));
    }
  });

  for (const [action, run, done] of [['open', openCycle, 'cycle_opened'], ['close', closeCycle, 'cycle_closed']] as const) {
    app.post(`/review/cycles/:id/${action}`, async (c) => {
      const state = entered(c);
      try {
        await run(db, state.actor, Number(c.req.param('id')));
        return c.redirect(`/review/cycles/${c.req.param('id')}?done=${done}`, 303);
      } catch (error) {
        return renderCycle(c, { actionErrors: formErrors(error) }, failedFormStatus(error));
      }
    });
  }

  async function editableQuestion(c: AppContext) {
    const state = entered(c);
    authorize(reviewPolicy, state.actor, 'review.manageBank');
    const id = Number(c.req.param('id'));
    const question = Number.isSafeInteger(id) ? await db.selectFrom('ir_questions').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
    if (!question) throw notFound();
    return { state, question };
  }

  app.get('/review/questions/:id', async (c) => {
    const { state, question } = await editableQuestion(c);
    return renderPage(c, <EditQuestionPage state={state} question={question} values={questionToValues(question)} />);
  });

  app.post('/review/questions/:id', async (c) => {
    const { state, question } = await editableQuestion(c);
    const values = { ...questionValues(await readForm(c)), key: question.key };
    try {
      await updateQuestion(db, state.actor, question.id, questionInput(values));
      return c.redirect(`/review/cycles/${question.cycle_id}?done=question_saved`, 303);
    } catch (error) {
      return renderPage(c, <EditQuestionPage state={state} question={question} values={values} errors={formErrors(error, 'text')} />, failedFormStatus(error));
    }
  });

  async function renderQuestionnaire(c: AppContext, extra: Partial<QuestionnairePageProps> = {}, status: ContentfulStatusCode = 200) {
    const state = entered(c);
    const questionnaire = await readQuestionnaire(db, state.actor, Number(c.req.param('id')), c.req.param('iso3') ?? '');
    const editable = questionnaire.cycle.status === 'open' && EDITABLE_STATUSES.includes(questionnaire.assessment?.status ?? 'draft');
    const canEdit = editable && allows(reviewPolicy, state.actor, 'review.answer', questionnaire.country);
    return renderPage(c, <QuestionnairePage state={state} questionnaire={questionnaire} treatyLabel={await labelOf(state, questionnaire.cycle.treaty_code)}
      canEdit={canEdit} canComment={allows(reviewPolicy, state.actor, 'review.comment')} canDecide={allows(reviewPolicy, state.actor, 'review.decide')}
      legislationOptions={canEdit ? await countryLegislation(db, questionnaire.country) : []} notice={c.req.query('done')} {...extra} />, status);
  }

  app.get('/review/cycles/:id/countries/:iso3', (c) => renderQuestionnaire(c));

  app.post('/review/cycles/:id/countries/:iso3', async (c) => {
    const state = entered(c);
    const cycleId = Number(c.req.param('id'));
    const iso3 = c.req.param('iso3').toUpperCase();
    authorize(reviewPolicy, state.actor, 'review.answer', iso3);
    const cycle = await findCycle(db, cycleId);
    if (!cycle) throw notFound();
    const questions = await listQuestions(db, cycle.id);
    const { inputs, errors, intent } = await readAnswers(c, questions.map((question) => question.id));
    const sent = new Map<number, ShownAnswer>(inputs.map((input) => [input.questionId, { value: input.value ?? '', legislationIds: input.legislationIds ?? [] }]));
    try {
      if (errors.length) throw new ValidationError(errors);
      await saveAnswers(db, state.actor, cycle.id, iso3, inputs, { submit: intent === 'submit' });
      return c.redirect(`/review/cycles/${cycle.id}/countries/${iso3}?done=${intent === 'submit' ? 'submitted' : 'saved'}`, 303);
    } catch (error) {
      const notice = error instanceof SubmissionIncomplete ? 'saved_not_submitted' : undefined;
      return renderQuestionnaire(c, { errors: formErrors(error), sent, notice }, failedFormStatus(error));
    }
  });

  app.post('/review/cycles/:id/countries/:iso3/comments', async (c) => {
    const state = entered(c);
    const form = await readForm(c);
    const input = { questionId: formText(form, 'questionId'), body: formText(form, 'body') };
    try {
      await addComment(db, state.actor, Number(c.req.param('id')), c.req.param('iso3').toUpperCase(), input);
      return c.redirect(`/review/cycles/${c.req.param('id')}/countries/${c.req.param('iso3').toUpperCase()}?done=commented#question-${Number(input.questionId)}`, 303);
    } catch (error) {
      const [first] = formErrors(error, 'body');
      return renderQuestionnaire(c, { commentError: { questionId: Number(input.questionId), error: first, body: input.body } }, failedFormStatus(error));
    }
  });

  for (const decision of ['return', 'complete'] as const) {
    app.post(`/review/cycles/:id/countries/:iso3/${decision}`, async (c) => {
      const state = entered(c);
      await decide(db, state.actor, Number(c.req.param('id')), c.req.param('iso3').toUpperCase(), decision);
      return c.redirect(`/review/cycles/${c.req.param('id')}/countries/${c.req.param('iso3').toUpperCase()}?done=${decision === 'return' ? 'returned' : 'completed'}`, 303);
    });
  }

  app.get('/review/cycles/:id/countries/:iso3/print', async (c) => {
    const state = entered(c);
    const questionnaire = await readQuestionnaire(db, state.actor, Number(c.req.param('id')), c.req.param('iso3'));
    return renderPage(c, <PrintPage state={state} questionnaire={questionnaire} treatyLabel={await labelOf(state, questionnaire.cycle.treaty_code)} />);
  });

  app.get('/review/cycles/:id/countries/:iso3/export.xlsx', async (c) => {
    const state = entered(c);
    const questionnaire = await readQuestionnaire(db, state.actor, Number(c.req.param('id')), c.req.param('iso3'));
    return tableDownload(answersTable(questionnaire, state.t), 'xlsx');
  });

  app.get('/review/files/:id', async (c) => {
    const state = entered(c);
    const file = await readAnswerFile(db, state.actor, Number(c.req.param('id')));
    return c.body(file.content as unknown as ArrayBuffer, 200, {
      'Content-Type': file.content_type,
      'Content-Disposition': `attachment; filename="${file.filename.replace(/["\\\r\n]/g, '')}"`,
      'Content-Security-Policy': 'sandbox; default-src \'none\'',
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    });
  });

  return app;
}
