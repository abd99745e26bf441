import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver } from '../support/databases.ts';
import { changeStatus, createRequest, readRequest, updateRequest } from '../../src/cooperation/service.ts';
import { readDocument, addDocument } from '../../src/cooperation/documents.ts';
import { dashboardVisible, exportVisible, listVisible } from '../../src/cooperation/reading.ts';
import { addDays, todayUtc } from '../../src/cooperation/dates.ts';
import { makeCast, requestFields, requestIn, type Cast } from './fixtures.ts';

const codeOf = (code: string) => (error: { code?: string }) => error.code === code;
const fieldsOf = (error: unknown) => (error as { fields: { field: string; message: string }[] }).fields.map((field) => `${field.field}:${field.message}`);

describeEachDriver('cooperation request workflow', (use) => {
  let cast: Cast;
  before(async () => { cast = await makeCast(use()); });

  it('takes a request from draft to executed, each side doing its part, recording dates and history', async () => {
    const { db } = use();
    const today = todayUtc();
    const id = await createRequest(db, cast.italy, requestFields());
    await changeStatus(db, cast.italy, id, { to: 'sent', onDate: addDays(today, -30) });
    await assert.rejects(changeStatus(db, cast.italy, id, { to: 'received' }), codeOf('forbidden'), 'the requesting side cannot acknowledge receipt');
    await changeStatus(db, cast.nigeria, id, { to: 'received', onDate: addDays(today, -25) });
    await changeStatus(db, cast.nigeria, id, { to: 'in_execution', note: 'Bank contacted' });
    await changeStatus(db, cast.nigeria, id, { to: 'executed', onDate: addDays(today, -2) });
    const view = await readRequest(db, cast.italy, id, 'api');
    assert.equal(view.request.status, 'executed');
    assert.deepEqual([view.request.sent_on, view.request.received_on, view.request.answered_on], [addDays(today, -30), addDays(today, -25), addDays(today, -2)]);
    assert.deepEqual(view.events.map((event) => [event.kind, event.from_status, event.to_status, event.actor_label]), [
      ['created', null, 'drafted', cast.italy.email],
      ['status', 'drafted', 'sent', cast.italy.email],
      ['status', 'sent', 'received', cast.nigeria.email],
      ['status', 'received', 'in_execution', cast.nigeria.email],
      ['status', 'in_execution', 'executed', cast.nigeria.email],
    ]);
    assert.equal(view.events[3].note, 'Bank contacted');
    assert.equal(view.events[3].on_date, today);
    assert.deepEqual(view.transitions, [], 'an executed request is final');
    await assert.rejects(changeStatus(db, cast.nigeria, id, { to: 'refused', note: 'late' }), codeOf('invalid_transition'));
    await assert.rejects(changeStatus(db, cast.italy, id, { to: 'withdrawn', note: 'late' }), codeOf('invalid_transition'));
  });

  it('refuses transitions that skip a step, dates in the future or before the request was sent, and refusals without grounds', async () => {
    const { db } = use();
    const today = todayUtc();
    const id = await createRequest(db, cast.italy, requestFields());
    await assert.rejects(changeStatus(db, cast.italy, id, { to: 'executed' }), codeOf('invalid_transition'));
    await assert.rejects(changeStatus(db, cast.italy, id, { to: 'sent', onDate: addDays(today, 1) }), (error) => fieldsOf(error).includes('onDate:cooperation.error.future_date'));
    await changeStatus(db, cast.italy, id, { to: 'sent', onDate: addDays(today, -10) });
    await assert.rejects(changeStatus(db, cast.nigeria, id, { to: 'received', onDate: addDays(today, -11) }), (error) => fieldsOf(error).includes('onDate:cooperation.error.date_before'));
    await assert.rejects(changeStatus(db, cast.nigeria, id, { to: 'refused' }), (error) => fieldsOf(error).includes('note:cooperation.error.note_required'));
    await assert.rejects(changeStatus(db, cast.nigeria, id, { to: 'nonsense' }), codeOf('invalid_transition'));
    await assert.rejects(changeStatus(db, cast.spain, id, { to: 'received' }), codeOf('not_found'));
    await changeStatus(db, cast.nigeria, id, { to: 'refused', note: 'Not an offence in the requested country' });
    const row = await db.selectFrom('co_requests').select(['status', 'answered_on']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'refused', answered_on: today });
  });

  it('validates requests: countries, the legal basis detail, the contact, the linked case, and the requesting country being the user\'s', async () => {
    const { db } = use();
    const attempt = (fields: Record<string, unknown>, actor = cast.italy) => createRequest(db, actor, requestFields(fields)).then(() => [], fieldsOf);
    assert.deepEqual(await attempt({ requestedCountry: 'ITA' }), ['requestedCountry:cooperation.error.same_country']);
    assert.deepEqual(await attempt({ requestedCountry: 'XYZ' }), ['requestedCountry:cooperation.error.unknown_country']);
    assert.deepEqual(await attempt({ requestingCountry: 'NGA', requestedCountry: 'ESP' }), ['requestingCountry:cooperation.error.not_your_country']);
    assert.deepEqual(await attempt({ legalBasis: 'bilateral_treaty' }), ['legalBasisDetail:cooperation.error.legal_basis_detail']);
    assert.deepEqual(await attempt({ contactRole: 'liaison_magistrate' }), ['contactName:cooperation.error.contact_name']);
    assert.deepEqual(await attempt({ knowledgeRecordId: 999999 }), ['knowledgeRecordId:cooperation.error.no_such_case']);
    assert.deepEqual(await attempt({ subject: '  ', kind: 'letter', dueOn: '2024-02-30' }), ['kind:error.not_allowed_value', 'subject:error.required', 'dueOn:error.date_format']);
    const id = await createRequest(db, cast.italy, requestFields({ requestedCountry: 'ng' }));
    const stored = await db.selectFrom('co_requests').select('requested_country').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(stored.requested_country, 'NGA', 'alpha-2 codes are stored as alpha-3');
    await assert.rejects(createRequest(db, cast.admin, requestFields()), codeOf('forbidden'), 'admins act for no country');
  });

  it('lets the requesting side edit a sent request but not change its countries, recording the fields changed', async () => {
    const { db } = use();
    const id = await requestIn(db, cast, ['sent']);
    await updateRequest(db, cast.italy, id, requestFields({ dueOn: '2030-01-31', contactRole: 'liaison_magistrate', contactName: 'Liaison magistrate (test)' }));
    await assert.rejects(updateRequest(db, cast.italy, id, requestFields({ requestedCountry: 'ESP' })), (error) => fieldsOf(error).includes('requestedCountry:cooperation.error.countries_fixed'));
    await assert.rejects(updateRequest(db, cast.nigeria, id, requestFields({ subject: 'changed' })), codeOf('forbidden'));
    const view = await readRequest(db, cast.nigeria, id, 'api');
    assert.equal(view.request.due_on, '2030-01-31');
    const edited = view.events.find((event) => event.kind === 'edited');
    assert.deepEqual((edited?.details as { fields: string[] }).fields, ['dueOn', 'contact']);
  });

  it('audits every write and every reading: request, document, list, dashboard and export', async () => {
    const { db } = use();
    const id = await requestIn(db, cast, ['sent']);
    const document = await addDocument(db, cast.nigeria, id, { filename: 'answer.txt', bytes: new TextEncoder().encode('answer') });
    await readRequest(db, cast.nigeria, id, 'page');
    await readDocument(db, cast.italy, document);
    await listVisible(db, cast.admin, {});
    await dashboardVisible(db, cast.spain);
    await exportVisible(db, cast.italy, { status: 'open' }, 'csv');
    const entries = await db.selectFrom('audit_log').select(['action', 'actor_label', 'entity_id', 'after']).where('entity_type', '=', 'cooperation.request')
      .orderBy('seq').execute();
    const forRequest = entries.filter((entry) => entry.entity_id === String(id)).map((entry) => [entry.action, entry.actor_label]);
    assert.deepEqual(forRequest, [
      ['cooperation.create', cast.italy.email],
      ['cooperation.status', cast.italy.email],
      ['cooperation.document.add', cast.nigeria.email],
      ['cooperation.view', cast.nigeria.email],
      ['cooperation.document.view', cast.italy.email],
    ]);
    const last = entries.slice(-3).map((entry) => [entry.action, entry.actor_label]);
    assert.deepEqual(last, [['cooperation.list', cast.admin.email], ['cooperation.dashboard', cast.spain.email], ['cooperation.export', cast.italy.email]]);
    const exported = entries.at(-1)?.after as { ids: number[] };
    assert.ok(exported.ids.includes(id), 'the export entry names the requests exported');
    await assert.rejects(readRequest(db, cast.spain, id, 'page'), codeOf('not_found'));
    const denied = await db.selectFrom('audit_log').select('seq').where('actor_label', '=', cast.spain.email).where('action', '=', 'cooperation.view').execute();
    assert.equal(denied.length, 0, 'a refused reading shows nothing and records no view');
  });
});
