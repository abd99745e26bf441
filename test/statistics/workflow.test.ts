import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver } from '../support/databases.ts';
import {
  acceptQuestionnaire, publishedValuesOf, publishQuestionnaire, readQuestionnaire, returnQuestionnaire, saveValues, submitQuestionnaire,
} from '../../src/statistics/questionnaire.ts';
import { listRevisionValues } from '../../src/statistics/repository.ts';
import { verifyAuditChain } from '../../src/core/audit/verify.ts';
import type { Actor } from '../../src/core/access/actor.ts';
import type { StatValue } from '../../src/statistics/values.ts';

const focal: Actor = { kind: 'user', id: 1, email: 'focal@example.org', displayName: 'F', grants: [{ role: 'focal_point', countries: ['NER'] }] };
const otherFocal: Actor = { kind: 'user', id: 2, email: 'other@example.org', displayName: 'O', grants: [{ role: 'focal_point', countries: ['MWI'] }] };
const reviewer: Actor = { kind: 'user', id: 3, email: 'reviewer@example.org', displayName: 'R', grants: [{ role: 'reviewer', countries: null }] };
const total = (value: number): StatValue => ({ indicator: 'convicted', dimension: 'total', category: 'total', sex: 'total', age: 'total', state: 'number', value, source: 'Courts', notes: '' });

describeEachDriver('statistics workflow', (use) => {
  it('goes draft, submitted, returned with a comment, accepted, published; a revision keeps the earlier one public until published', async () => {
    const { db } = use();
    await saveValues(db, focal, 'NER', 2019, { values: [total(14)] });
    await assert.rejects(saveValues(db, otherFocal, 'NER', 2019, { values: [total(1)] }), (error: { code: string }) => error.code === 'forbidden');
    await assert.rejects(readQuestionnaire(db, otherFocal, 'NER', 2019), (error: { code: string }) => error.code === 'forbidden');
    await assert.rejects(acceptQuestionnaire(db, reviewer, 'NER', 2019), (error: { code: string }) => error.code === 'wrong_status');
    await submitQuestionnaire(db, focal, 'NER', 2019);
    await assert.rejects(saveValues(db, focal, 'NER', 2019, { values: [total(15)] }), (error: { code: string }) => error.code === 'wrong_status', 'locked while submitted');
    await assert.rejects(acceptQuestionnaire(db, focal, 'NER', 2019), (error: { code: string }) => error.code === 'forbidden');
    await assert.rejects(returnQuestionnaire(db, reviewer, 'NER', 2019, ' '), (error: { code: string }) => error.code === 'validation_failed');
    await returnQuestionnaire(db, reviewer, 'NER', 2019, 'Convictions of 2019 only, please');
    assert.equal((await readQuestionnaire(db, focal, 'NER', 2019)).countryYear?.review_comment, 'Convictions of 2019 only, please');
    await saveValues(db, focal, 'NER', 2019, { values: [total(12)] });
    await submitQuestionnaire(db, focal, 'NER', 2019);
    await acceptQuestionnaire(db, reviewer, 'NER', 2019);
    assert.deepEqual(await publishedValuesOf(db, 'NER', 2019), [], 'accepted is not yet public');
    assert.equal(await publishQuestionnaire(db, reviewer, 'NER', 2019), 1);
    assert.equal((await publishedValuesOf(db, 'NER', 2019))[0].value, 12);
    // A revision: the published figure stays until the new one is published; both are kept.
    await saveValues(db, focal, 'NER', 2019, { values: [total(13)] });
    assert.equal((await publishedValuesOf(db, 'NER', 2019))[0].value, 12);
    await submitQuestionnaire(db, focal, 'NER', 2019);
    await acceptQuestionnaire(db, reviewer, 'NER', 2019);
    assert.equal(await publishQuestionnaire(db, reviewer, 'NER', 2019, 'court data corrected'), 2);
    const view = await readQuestionnaire(db, reviewer, 'NER', 2019);
    assert.deepEqual(view.revisions.map((revision) => revision.revision), [2, 1]);
    assert.equal((await listRevisionValues(db, view.countryYear!.id, 1))[0].value, 12);
    assert.equal((await publishedValuesOf(db, 'NER', 2019))[0].value, 13);
    const actions = await db.selectFrom('audit_log').select('action').where('entity_id', '=', 'NER-2019').orderBy('seq').execute();
    assert.deepEqual(actions.map((row) => row.action), [
      'statistics.save', 'statistics.submit', 'statistics.return', 'statistics.save', 'statistics.submit', 'statistics.accept', 'statistics.publish',
      'statistics.save', 'statistics.submit', 'statistics.accept', 'statistics.publish',
    ]);
    assert.ok((await verifyAuditChain(db)).ok);
  });

  it('refuses a submission with a broken sum or an unexplained big change', async () => {
    const { db } = use();
    await saveValues(db, focal, 'NER', 2020, { values: [total(40)] });
    await assert.rejects(submitQuestionnaire(db, focal, 'NER', 2020), (error: { code: string; fields: { message: string }[] }) =>
      error.code === 'validation_failed' && error.fields[0].message === 'statistics.warning.big_change');
    await saveValues(db, focal, 'NER', 2020, { values: [{ ...total(40), notes: 'A new specialised court opened' }] });
    await submitQuestionnaire(db, focal, 'NER', 2020);
  });
});
