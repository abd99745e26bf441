import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver } from '../support/databases.ts';
import { createRecord, publishRecord, readForEditing, returnRecord, saveRecord, submitRecord, unpublishRecord } from '../../src/knowledge/workflow.ts';
import { searchPublished, type SearchRequest } from '../../src/knowledge/search/search.ts';
import { getPublished, publishedLinks } from '../../src/knowledge/repository.ts';
import { verifyAuditChain } from '../../src/core/audit/verify.ts';
import { AppError, ValidationError } from '../../src/core/errors.ts';
import type { Actor } from '../../src/core/access/actor.ts';
import { caseRecord, EDITOR, legislationRecord } from './fixtures.ts';

const EDITOR_ACTOR = EDITOR;

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({ q: '', filters: {}, sort: 'relevance', page: 1, pageSize: 20, ...overrides });
const editorUser: Actor = { kind: 'user', id: 1, email: 'e@example.org', displayName: 'E', grants: [{ role: 'editor', countries: null }] };
const reviewerUser: Actor = { kind: 'user', id: 2, email: 'r@example.org', displayName: 'R', grants: [{ role: 'reviewer', countries: null }] };

describeEachDriver('knowledge workflow', (use) => {
  it('keeps drafts, submitted and returned records out of search until a reviewer publishes', async () => {
    const { db } = use();
    const id = await createRecord(db, editorUser, 'case', caseRecord({ externalId: 'wf-1', title: { en: 'Zanzibar clove plantation servitude case' } }));
    const find = async () => (await searchPublished(db, request({ q: 'zanzibar' }), 'en')).total;
    assert.equal(await find(), 0, 'draft not found');
    await submitRecord(db, editorUser, id);
    assert.equal(await find(), 0, 'submitted not found');
    await returnRecord(db, reviewerUser, id, 'Add the court level of the appeal');
    assert.equal(await find(), 0, 'returned not found');
    const returned = await readForEditing(db, editorUser, id);
    assert.equal(returned.state.status, 'returned');
    assert.equal(returned.state.reviewComment, 'Add the court level of the appeal');
    await submitRecord(db, editorUser, id);
    await publishRecord(db, reviewerUser, id);
    assert.equal(await find(), 1, 'published is found');
  });

  it('keeps the published version public while a new draft is edited, and every version', async () => {
    const { db } = use();
    const id = await createRecord(db, editorUser, 'case', caseRecord({ title: { en: 'Quetzaltenango textile workshop case' } }));
    await submitRecord(db, editorUser, id);
    await publishRecord(db, reviewerUser, id);
    await saveRecord(db, editorUser, id, caseRecord({ title: { en: 'Quetzaltenango garment workshop case' } }), 'renamed');
    assert.equal((await searchPublished(db, request({ q: 'textile' }), 'en')).total, 1, 'the published version is still public');
    assert.equal((await searchPublished(db, request({ q: 'garment' }), 'en')).total, 0, 'the draft is not');
    const editing = await readForEditing(db, editorUser, id);
    assert.equal(editing.state.status, 'draft');
    assert.equal(editing.state.publishedVersion, 1);
    assert.deepEqual(editing.versions.map((version) => version.version), [2, 1]);
    await submitRecord(db, editorUser, id);
    await publishRecord(db, reviewerUser, id);
    assert.equal((await searchPublished(db, request({ q: 'garment' }), 'en')).total, 1);
    assert.equal((await searchPublished(db, request({ q: 'textile' }), 'en')).total, 0);
    assert.equal((await getPublished(db, id))!.version, 2);
    await unpublishRecord(db, reviewerUser, id);
    assert.equal((await searchPublished(db, request({ q: 'garment' }), 'en')).total, 0, 'unpublished is gone');
    assert.ok((await verifyAuditChain(db)).ok);
  });

  it('refuses what the roles do not allow, and wrong transitions', async () => {
    const { db } = use();
    await assert.rejects(createRecord(db, reviewerUser, 'case', caseRecord()), (error: AppError) => error.code === 'forbidden');
    await assert.rejects(createRecord(db, { kind: 'anonymous' }, 'case', caseRecord()), (error: AppError) => error.code === 'unauthenticated');
    const id = await createRecord(db, editorUser, 'case', caseRecord());
    await assert.rejects(publishRecord(db, editorUser, id), (error: AppError) => error.code === 'forbidden');
    await assert.rejects(publishRecord(db, reviewerUser, id), (error: AppError) => error.code === 'wrong_status', 'a draft must be submitted first');
    await assert.rejects(returnRecord(db, reviewerUser, id, ''), (error: AppError) => error.code === 'validation_failed' || error.code === 'wrong_status');
  });

  it('validates records against the vocabularies and names each field', async () => {
    const { db } = use();
    await assert.rejects(createRecord(db, EDITOR, 'case', caseRecord({ acts: ['kidnapping'], country: 'Atlantis', decisionDate: '2019-02-30', victims: [{ initials: 'John Smith' }] })), (error: ValidationError) => {
      const fields = error.fields.map((field) => field.field).sort();
      assert.deepEqual(fields, ['acts.0', 'country', 'decisionDate', 'victims.0.initials']);
      return true;
    });
    await assert.rejects(createRecord(db, EDITOR, 'case', caseRecord({ inclusion: { allElementsPresent: false } })), (error: ValidationError) => error.fields[0].field === 'inclusion.reason');
  });

  it('links a case to the legislation it applied, by external id, and refuses unknown references', async () => {
    const { db } = use();
    const law = await createRecord(db, EDITOR, 'legislation', legislationRecord({ externalId: 'THA-ATIP-2008' }));
    await submitRecord(db, EDITOR, law);
    await publishRecord(db, EDITOR, law);
    await assert.rejects(createRecord(db, EDITOR, 'case', caseRecord({ legislationApplied: ['NO-SUCH-LAW'] })), (error: ValidationError) => error.fields[0].field === 'legislationApplied.0');
    const id = await createRecord(db, EDITOR, 'case', caseRecord({ legislationApplied: ['THA-ATIP-2008'] }));
    await submitRecord(db, EDITOR, id);
    await publishRecord(db, EDITOR, id);
    const links = await publishedLinks(db, law);
    assert.deepEqual(links.incoming.map((link) => [link.record_id, link.relation]), [[id, 'applies_legislation']]);
  });
});

import { startServer } from '../support/server.ts';
describeEachDriver('knowledge drafts stay private everywhere', (use) => {
  it('keeps a draft and a returned record out of pages, API, feeds, exports and facet counts', async () => {
    const { db } = use();
    const server = await startServer(use());
    try {
      const draft = await createRecord(db, EDITOR_ACTOR, 'case', caseRecord({ title: { en: 'Xylophone draft case' }, country: 'ISL' }));
      const returned = await createRecord(db, EDITOR_ACTOR, 'case', caseRecord({ title: { en: 'Xylophone returned case' }, country: 'ISL' }));
      await submitRecord(db, EDITOR_ACTOR, returned);
      await returnRecord(db, EDITOR_ACTOR, returned, 'Not yet');
      for (const id of [draft, returned]) {
        assert.equal((await fetch(`${server.baseUrl}/knowledge/records/${id}`)).status, 404);
        assert.equal((await fetch(`${server.baseUrl}/api/knowledge/records/${id}`)).status, 404);
      }
      const feed = await (await fetch(`${server.baseUrl}/knowledge/feed.atom?q=xylophone`)).text();
      assert.match(feed, /<feed/);
      assert.doesNotMatch(feed, /Xylophone/);
      const exported = await (await fetch(`${server.baseUrl}/knowledge/export.json?q=xylophone`)).json();
      assert.deepEqual(exported, []);
      const api = await (await fetch(`${server.baseUrl}/api/knowledge/search?country=ISL`)).json();
      assert.equal(api.total, 0);
      assert.equal((api.facets.country ?? []).find((item: { value: string }) => item.value === 'ISL'), undefined);
      const page = await (await fetch(`${server.baseUrl}/knowledge/countries/ISL`)).text();
      assert.doesNotMatch(page, /Xylophone/);
    } finally {
      await server.close();
    }
  });
});
