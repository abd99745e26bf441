import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { describeEachDriver, uniqueEmail } from '../support/databases.ts';
import { addUser, startServer, TEST_ACTOR, TEST_PASSWORD, type RunningServer } from '../support/server.ts';
import { TestClient } from '../support/http-client.ts';
import { addQuestion, createCycle, openCycle, updateQuestion, type QuestionInput } from '../../src/implementation-review/bank.ts';
import { addComment, decide, readQuestionnaire, saveAnswers, SubmissionIncomplete } from '../../src/implementation-review/assessment.ts';
import { cycleProgress } from '../../src/implementation-review/progress.ts';
import { listQuestions } from '../../src/implementation-review/repository.ts';
import { createRecord, publishRecord, submitRecord } from '../../src/knowledge/workflow.ts';
import { importTreatyStatus } from '../../src/treaties/transfer.ts';
import { verifyAuditChain } from '../../src/core/audit/verify.ts';
import type { Actor } from '../../src/core/access/actor.ts';
import type { AppError, ValidationError } from '../../src/core/errors.ts';
import { legislationRecord } from '../knowledge/fixtures.ts';

const QUESTIONS: QuestionInput[] = [
  { key: 'a5.offence', article: 'Article 5', position: 10, type: 'yes_no', text: 'Is trafficking in persons a criminal offence?' },
  { key: 'a5.definition', article: 'Article 5', position: 20, type: 'choice', text: 'How close is the definition?', choices: ['All three elements', 'Some elements'] },
  { key: 'a5.convictions', article: 'Article 5', position: 30, type: 'number', text: 'Convictions last year?' },
  { key: 'a6.assistance', article: 'Article 6', position: 40, type: 'text', text: 'Describe assistance to victims.' },
  { key: 'a9.plan', article: 'Article 9', position: 50, type: 'file', text: 'Attach the action plan.', required: false },
];

describeEachDriver('implementation review', (use) => {
  let server: RunningServer;
  const emails = { admin: uniqueEmail('admin'), reviewer: uniqueEmail('reviewer'), malawi: uniqueEmail('focal.mwi'), niger: uniqueEmail('focal.ner'), analyst: uniqueEmail('analyst') };
  const actors: Record<keyof typeof emails, Actor> = {} as Record<keyof typeof emails, Actor>;
  let cycle1 = 0;
  let lawId = 0;

  before(async () => {
    const { db } = use();
    const roles: Record<keyof typeof emails, [string[], string]> = { admin: [['admin'], ''], reviewer: [['reviewer'], ''], malawi: [['focal_point'], 'MWI'], niger: [['focal_point'], 'NER'], analyst: [['analyst'], ''] };
    for (const [name, email] of Object.entries(emails) as [keyof typeof emails, string][]) {
      const created = await addUser(use(), email, roles[name][0], roles[name][1]);
      actors[name] = { kind: 'user', id: created.id, email, displayName: name, grants: roles[name][0].map((role) => ({ role: role as 'admin', countries: roles[name][1] ? [roles[name][1]] : null })) };
    }
    await importTreatyStatus(db, TEST_ACTOR, { bytes: new TextEncoder().encode('country,treaty,action,date\nMWI,TIP,accession,2005-03-17\nNER,TIP,ratification,2004-09-30\nITA,TIP,ratification,2006-08-02\n'), filename: 'parties.csv' });
    lawId = await createRecord(db, TEST_ACTOR, 'legislation', legislationRecord({ country: 'MWI', title: { en: 'Trafficking in Persons Act (test)' } }));
    await submitRecord(db, TEST_ACTOR, lawId);
    await publishRecord(db, TEST_ACTOR, lawId);
    server = await startServer(use());
  });
  after(async () => { await server.close(); });

  it('lets only admins build a question bank, which freezes when the cycle opens', async () => {
    const { db } = use();
    await assert.rejects(createCycle(db, actors.reviewer, { treatyCode: 'TIP', name: 'x' }), (error: AppError) => error.code === 'forbidden');
    cycle1 = await createCycle(db, actors.admin, { treatyCode: 'TIP', name: 'Phase one' });
    for (const question of QUESTIONS) await addQuestion(db, actors.admin, cycle1, question);
    await assert.rejects(addQuestion(db, actors.admin, cycle1, { ...QUESTIONS[0] }), (error: ValidationError) => error.fields[0].field === 'key');
    await assert.rejects(addQuestion(db, actors.admin, cycle1, { key: 'bad', article: 'A', position: 1, type: 'choice', text: 'One choice?', choices: ['only'] }), (error: ValidationError) => error.fields[0].field === 'choices');
    await assert.rejects(saveAnswers(db, actors.malawi, cycle1, 'MWI', [], { submit: false }), (error: AppError) => error.code === 'not_found', 'not open yet');
    await openCycle(db, actors.admin, cycle1);
    const [first] = await listQuestions(db, cycle1);
    await assert.rejects(updateQuestion(db, actors.admin, first.id, { ...QUESTIONS[0], text: 'changed' }), (error: AppError) => error.code === 'cycle_frozen');
  });

  it('keeps the country apart: other focal points, analysts and anonymous visitors are refused', async () => {
    const { db } = use();
    for (const actor of [actors.niger, actors.analyst]) {
      await assert.rejects(readQuestionnaire(db, actor, cycle1, 'MWI'), (error: AppError) => error.code === 'forbidden');
      await assert.rejects(saveAnswers(db, actor, cycle1, 'MWI', [], { submit: false }), (error: AppError) => error.code === 'forbidden');
    }
    await assert.rejects(readQuestionnaire(db, { kind: 'anonymous' }, cycle1, 'MWI'), (error: AppError) => error.code === 'unauthenticated');
    await assert.rejects(saveAnswers(db, actors.reviewer, cycle1, 'MWI', [], { submit: false }), (error: AppError) => error.code === 'forbidden', 'reviewers do not answer');
    await assert.rejects(saveAnswers(db, actors.admin, cycle1, 'MWI', [], { submit: false }), (error: AppError) => error.code === 'forbidden', 'admins do not answer');

    const niger = new TestClient(server.baseUrl);
    await niger.signIn(emails.niger, TEST_PASSWORD);
    assert.equal((await niger.get(`/review/cycles/${cycle1}/countries/MWI`)).status, 403);
    assert.equal((await niger.get(`/review/cycles/${cycle1}/countries/MWI/export.xlsx`)).status, 403);
    assert.equal((await niger.get(`/review/cycles/${cycle1}`)).status, 403, 'no dashboard for focal points');
    assert.equal((await niger.get(`/review/cycles/${cycle1}/countries/NER`)).status, 200);
    assert.equal((await new TestClient(server.baseUrl).get('/review')).status, 303, 'sent to sign in');
  });

  it('saves drafts with checked answers and legislation, then submits once every required question is answered', async () => {
    const { db } = use();
    const q = new Map((await listQuestions(db, cycle1)).map((question) => [question.key, question.id]));
    await assert.rejects(saveAnswers(db, actors.malawi, cycle1, 'MWI', [
      { questionId: q.get('a5.offence')!, value: 'maybe' }, { questionId: q.get('a5.convictions')!, value: 'twelve' },
      { questionId: q.get('a6.assistance')!, value: 'Shelters.', legislationIds: [999_999] },
    ], { submit: false }), (error: ValidationError) => {
      assert.deepEqual(error.fields.map((field) => `${field.field}:${field.message}`).sort(), [
        `q_${q.get('a5.convictions')}:review.error.number`, `q_${q.get('a5.offence')}:error.not_allowed_value`, `q_${q.get('a6.assistance')}:review.error.not_legislation`,
      ].sort());
      return true;
    });
    assert.equal((await readQuestionnaire(db, actors.malawi, cycle1, 'MWI')).assessment, undefined, 'nothing was saved');

    await saveAnswers(db, actors.malawi, cycle1, 'MWI', [
      { questionId: q.get('a5.offence')!, value: 'yes', legislationIds: [lawId] }, { questionId: q.get('a5.convictions')!, value: '12' },
    ], { submit: false });
    await assert.rejects(saveAnswers(db, actors.malawi, cycle1, 'MWI', [{ questionId: q.get('a5.convictions')!, value: '11' }], { submit: true }), (error: ValidationError) => {
      assert.ok(error instanceof SubmissionIncomplete);
      assert.deepEqual(error.fields.map((field) => field.field).sort(), [`q_${q.get('a5.definition')}`, `q_${q.get('a6.assistance')}`].sort(), 'the optional file question is not required');
      return true;
    });
    const draft = await readQuestionnaire(db, actors.malawi, cycle1, 'MWI');
    assert.equal(draft.assessment?.status, 'draft', 'a refused submission keeps the draft');
    assert.equal(draft.answers.get(q.get('a5.convictions')!)?.value, '11', 'and saves what was sent with it');
    await saveAnswers(db, actors.malawi, cycle1, 'MWI', [{ questionId: q.get('a5.convictions')!, value: '12' }], { submit: false });
    assert.deepEqual(draft.answers.get(q.get('a5.offence')!)?.legislation_ids, [lawId]);
    assert.equal(draft.legislation.get(lawId)?.title, 'Trafficking in Persons Act (test)');

    await assert.rejects(addComment(db, actors.reviewer, cycle1, 'MWI', { questionId: q.get('a5.offence')!, body: 'Too early' }), (error: AppError) => error.code === 'not_submitted');
    const submitted = await saveAnswers(db, actors.malawi, cycle1, 'MWI', [
      { questionId: q.get('a5.definition')!, value: 'All three elements' }, { questionId: q.get('a6.assistance')!, value: 'Shelters run by the social welfare department.' },
      { questionId: q.get('a9.plan')!, file: { filename: 'plan.pdf', bytes: new TextEncoder().encode('%PDF-1.4 plan') } },
    ], { submit: true });
    assert.equal(submitted.status, 'submitted');
    await assert.rejects(saveAnswers(db, actors.malawi, cycle1, 'MWI', [{ questionId: q.get('a5.convictions')!, value: '13' }], { submit: false }), (error: AppError) => error.code === 'not_editable');
  });

  it('lets reviewers comment per answer and return or complete; focal points see the comments', async () => {
    const { db } = use();
    const q = new Map((await listQuestions(db, cycle1)).map((question) => [question.key, question.id]));
    await assert.rejects(addComment(db, actors.malawi, cycle1, 'MWI', { questionId: q.get('a5.offence')!, body: 'self' }), (error: AppError) => error.code === 'forbidden');
    await addComment(db, actors.reviewer, cycle1, 'MWI', { questionId: q.get('a5.convictions')!, body: 'Give the figure by sex of the persons convicted.' });
    await decide(db, actors.reviewer, cycle1, 'MWI', 'return');
    const focal = new TestClient(server.baseUrl);
    await focal.signIn(emails.malawi, TEST_PASSWORD);
    const page = await (await focal.get(`/review/cycles/${cycle1}/countries/MWI`)).text();
    assert.match(page, /Give the figure by sex of the persons convicted\./);
    assert.match(page, /Returned for changes/);
    assert.match(page, new RegExp(`name="q_${q.get('a5.convictions')}" type="text" inputmode="decimal" value="12"`), 'returned: editable again');
    await saveAnswers(db, actors.malawi, cycle1, 'MWI', [{ questionId: q.get('a5.convictions')!, value: '13' }], { submit: true });
    await decide(db, actors.reviewer, cycle1, 'MWI', 'complete');
    await assert.rejects(decide(db, actors.reviewer, cycle1, 'MWI', 'return'), (error: AppError) => error.code === 'wrong_status');

    const progress = await cycleProgress(db, actors.reviewer, cycle1);
    assert.deepEqual(progress.rows.map((row) => [row.country, row.status, row.answered]), [['ITA', 'not_started', 0], ['MWI', 'completed', 5], ['NER', 'not_started', 0]]);
    assert.equal(progress.counts.completed, 1);
    assert.equal(progress.counts.not_started, 2);
    await assert.rejects(cycleProgress(db, actors.malawi, cycle1), (error: AppError) => error.code === 'forbidden');
  });

  it('exports a country\'s answers as XLSX and a printable page, and serves attached files to those allowed', async () => {
    const reviewer = new TestClient(server.baseUrl);
    await reviewer.signIn(emails.reviewer, TEST_PASSWORD);
    const xlsx = await reviewer.get(`/review/cycles/${cycle1}/countries/MWI/export.xlsx`);
    assert.equal(xlsx.status, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0];
    assert.equal(sheet.rowCount, 1 + QUESTIONS.length);
    const rows = Array.from({ length: QUESTIONS.length }, (_, index) => (sheet.getRow(index + 2).values as unknown[]).slice(1));
    assert.deepEqual(rows.map((row) => row[1]), QUESTIONS.map((question) => question.key));
    assert.equal(rows[0][3], 'Yes');
    assert.match(String(rows[0][4]), /Trafficking in Persons Act \(test\) \(\/knowledge\/records\/\d+\)/);
    assert.equal(rows[2][3], '13');
    assert.equal(rows[4][5], 'plan.pdf');
    assert.match(String(rows[2][6]), /Give the figure by sex/);

    const print = await (await reviewer.get(`/review/cycles/${cycle1}/countries/MWI/print`)).text();
    assert.match(print, /Shelters run by the social welfare department\./);
    assert.doesNotMatch(print, /<nav/, 'a document, without the site navigation');

    const fileId = (await use().db.selectFrom('ir_files').select('id').executeTakeFirstOrThrow()).id;
    const file = await reviewer.get(`/review/files/${fileId}`);
    assert.equal(file.status, 200);
    assert.equal(await file.text(), '%PDF-1.4 plan');
    const niger = new TestClient(server.baseUrl);
    await niger.signIn(emails.niger, TEST_PASSWORD);
    assert.equal((await niger.get(`/review/files/${fileId}`)).status, 403);
  });

  it('copies the bank into a new cycle\'s version, whose changes leave the older cycle and its answers as they were', async () => {
    const { db } = use();
    const before = await readQuestionnaire(db, actors.reviewer, cycle1, 'MWI');
    const cycle2 = await createCycle(db, actors.admin, { treatyCode: 'TIP', name: 'Phase two' });
    const v2 = await listQuestions(db, cycle2);
    assert.deepEqual(v2.map((question) => question.key), QUESTIONS.map((question) => question.key));
    assert.equal((await db.selectFrom('ir_cycles').select('version').where('id', '=', cycle2).executeTakeFirstOrThrow()).version, 2);
    const offence = v2.find((question) => question.key === 'a5.offence')!;
    await updateQuestion(db, actors.admin, offence.id, { article: 'Article 5', position: 10, type: 'choice', text: 'Which acts does the offence cover?', choices: ['All acts', 'Some acts'] });
    await addQuestion(db, actors.admin, cycle2, { key: 'a10.training', article: 'Article 10', position: 60, type: 'number', text: 'Officials trained?' });
    await openCycle(db, actors.admin, cycle2);

    const after = await readQuestionnaire(db, actors.reviewer, cycle1, 'MWI');
    assert.deepEqual(after.questions.map((question) => [question.key, question.type, question.text]), before.questions.map((question) => [question.key, question.type, question.text]));
    assert.equal(after.questions.find((question) => question.key === 'a5.offence')?.text, 'Is trafficking in persons a criminal offence?');
    assert.deepEqual([...after.answers.values()].map((answer) => [answer.question_id, answer.value]).sort(), [...before.answers.values()].map((answer) => [answer.question_id, answer.value]).sort());
    assert.equal(after.assessment?.status, 'completed');

    const fresh = await readQuestionnaire(db, actors.malawi, cycle2, 'MWI');
    assert.equal(fresh.assessment, undefined, 'the new cycle starts with no answers');
    assert.equal(fresh.questions.length, QUESTIONS.length + 1);
    await saveAnswers(db, actors.malawi, cycle2, 'MWI', [{ questionId: offence.id, value: 'All acts' }], { submit: false });
    await assert.rejects(saveAnswers(db, actors.malawi, cycle2, 'MWI', [{ questionId: before.questions[0].id, value: 'yes' }], { submit: false }), (error: ValidationError) => error.fields[0].message === 'review.error.unknown_question', 'a question of another version is refused');

    const audit = (await db.selectFrom('audit_log').select('action').where('action', 'like', 'review.%').execute()).map((row) => row.action);
    for (const action of ['review.cycle_create', 'review.question_add', 'review.question_update', 'review.cycle_open', 'review.answers_save', 'review.assessment_submit', 'review.comment_add', 'review.assessment_return', 'review.assessment_complete']) assert.ok(audit.includes(action), action);
    assert.ok((await verifyAuditChain(db)).ok);
  });

  it('lets an admin build, edit, open and close a cycle through the pages, with errors shown beside the form', async () => {
    const admin = new TestClient(server.baseUrl);
    await admin.signIn(emails.admin, TEST_PASSWORD);
    await admin.get('/review');
    const created = await admin.postForm('/review/cycles', { treatyCode: 'SOM', name: 'SOM phase one' });
    assert.equal(created.status, 303);
    const path = created.headers.get('location')!.replace(/\?.*$/, '');
    const cycleId = Number(path.split('/').pop());
    await admin.get(path);
    const invalid = await admin.postForm(`${path}/questions`, { key: 'Bad Key', article: 'Article 6', position: '10', type: 'choice', text: 'Which?', guidance: '', choices: 'only one', required: 'yes' });
    assert.equal(invalid.status, 422);
    const html = await invalid.text();
    assert.match(html, /class="error-summary"/);
    assert.match(html, /value="Bad Key"/);
    assert.match(html, /A choice question needs at least two choices\./);
    assert.equal((await admin.postForm(`${path}/questions`, { key: 'som.6', article: 'Article 6', position: '10', type: 'yes_no', text: 'Criminalized?', guidance: '', choices: '', required: 'yes' })).status, 303);
    const [question] = await listQuestions(use().db, cycleId);
    await admin.get(`/review/questions/${question.id}`);
    assert.equal((await admin.postForm(`/review/questions/${question.id}`, { article: 'Article 6', position: '10', type: 'yes_no', text: 'Is smuggling criminalized?', guidance: 'Art. 6', choices: '' })).status, 303);
    const [edited] = await listQuestions(use().db, cycleId);
    assert.deepEqual([edited.key, edited.text, edited.required], ['som.6', 'Is smuggling criminalized?', false], 'an unticked box makes it optional');
    assert.equal((await admin.postForm(`${path}/open`, {})).status, 303);
    assert.equal((await admin.postForm(`/review/questions/${question.id}`, { article: 'x', position: '1', type: 'text', text: 'x' })).status, 409, 'frozen once open');
    assert.equal((await admin.postForm(`${path}/close`, {})).status, 303);
    await assert.rejects(saveAnswers(use().db, actors.malawi, cycleId, 'MWI', [{ questionId: question.id, value: 'yes' }], { submit: false }), (error: AppError) => error.code === 'cycle_closed');
    const reviewer = new TestClient(server.baseUrl);
    await reviewer.signIn(emails.reviewer, TEST_PASSWORD);
    assert.equal((await reviewer.get(`/review/questions/${question.id}`)).status, 403);
    assert.equal((await reviewer.postForm('/review/cycles', { treatyCode: 'SOM', name: 'x' })).status, 403);
  });
});
