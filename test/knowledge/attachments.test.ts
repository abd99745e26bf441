import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver } from '../support/databases.ts';
import { startServer, type RunningServer } from '../support/server.ts';
import { addAttachment } from '../../src/knowledge/attachments.ts';
import { createRecord, publishRecord, submitRecord } from '../../src/knowledge/workflow.ts';
import { searchPublished } from '../../src/knowledge/search/search.ts';
import { caseRecord, EDITOR } from './fixtures.ts';

/** A one-page PDF whose text is `text` (Helvetica, no compression). */
export function tinyPdf(text: string): Uint8Array {
  const stream = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
  return new TextEncoder().encode(`%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 600 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj
4 0 obj<</Length ${stream.length}>>stream
${stream}
endstream endobj
5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj
trailer<</Root 1 0 R>>
%%EOF`);
}

describeEachDriver('knowledge attachments', (use) => {
  let server: RunningServer;
  before(async () => { server = await startServer(use()); });
  after(async () => { await server.close(); });

  it('makes the text of an attached judgment searchable once published, and serves it safely', async () => {
    const { db } = use();
    const id = await createRecord(db, EDITOR, 'case', caseRecord({ title: { en: 'Attachment case' } }));
    const attachment = await addAttachment(db, EDITOR, id, { filename: 'judgment.pdf', bytes: tinyPdf('The court heard the testimony of the quarryman witness'), language: 'en' });
    const anonymousBefore = await fetch(`${server.baseUrl}/knowledge/attachments/${attachment}`);
    assert.equal(anonymousBefore.status, 404, 'the attachment of a draft is not public');
    assert.equal((await searchPublished(db, { q: 'quarryman', filters: {}, sort: 'relevance', page: 1, pageSize: 10 }, 'en')).total, 0);
    await submitRecord(db, EDITOR, id);
    await publishRecord(db, EDITOR, id);
    const found = await searchPublished(db, { q: 'quarryman', filters: {}, sort: 'relevance', page: 1, pageSize: 10 }, 'en');
    assert.deepEqual(found.results.map((hit) => hit.id), [id]);
    const response = await fetch(`${server.baseUrl}/knowledge/attachments/${attachment}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(response.headers.get('content-security-policy') ?? '', /sandbox/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5)), '%PDF-');
  });

  it('refuses files that are not PDF or UTF-8 text', async () => {
    const { db } = use();
    const id = await createRecord(db, EDITOR, 'case', caseRecord());
    await assert.rejects(addAttachment(db, EDITOR, id, { filename: 'page.html', bytes: new TextEncoder().encode('<script>alert(1)</script>') }), (error: { code: string }) => error.code === 'unsupported_format');
    await assert.rejects(addAttachment(db, EDITOR, id, { filename: 'fake.pdf', bytes: new TextEncoder().encode('<html>') }), (error: { code: string }) => error.code === 'file_unreadable');
    await assert.rejects(addAttachment(db, EDITOR, id, { filename: 'latin1.txt', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) }), (error: { code: string }) => error.code === 'file_not_utf8');
  });
});

import { TestClient } from '../support/http-client.ts';
import { addUser, TEST_PASSWORD } from '../support/server.ts';
import { uniqueEmail } from '../support/databases.ts';

describeEachDriver('knowledge attachments in the editorial pages', (use) => {
  let server: RunningServer;
  before(async () => { server = await startServer(use()); });
  after(async () => { await server.close(); });

  it('lets an editor attach a PDF from the record page, and refuses a bad file with the reason', async () => {
    const { db } = use();
    const email = uniqueEmail('editor');
    await addUser(use(), email, ['editor']);
    const id = await createRecord(db, EDITOR, 'case', caseRecord({ title: { en: 'Upload case' } }));
    const editor = new TestClient(server.baseUrl);
    await editor.signIn(email, TEST_PASSWORD);
    await editor.get(`/knowledge/editor/records/${id}`);
    const upload = (name: string, bytes: Uint8Array, type: string) => {
      const form = new FormData();
      form.set('_csrf', editor.csrfToken!);
      form.set('language', 'en');
      form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name, { type }));
      return editor.request('POST', `/knowledge/editor/records/${id}/attachments`, form);
    };
    const good = await upload('judgment.pdf', tinyPdf('Judgment of the court'), 'application/pdf');
    assert.equal(good.status, 303);
    const page = await (await editor.get(`/knowledge/editor/records/${id}?done=attached`)).text();
    assert.match(page, /judgment\.pdf/);
    const bad = await upload('notes.docx', new TextEncoder().encode('PK'), 'application/octet-stream');
    assert.equal(bad.status, 422);
    assert.match(await bad.text(), /is not a PDF or text file/);
    const rows = await db.selectFrom('kn_attachments').select('filename').where('record_id', '=', id).execute();
    assert.deepEqual(rows.map((row) => row.filename), ['judgment.pdf']);
  });
});
