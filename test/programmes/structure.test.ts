import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver } from '../support/databases.ts';
import { officerSuite } from './fixture.ts';

describeEachDriver('programme officers record programmes, initiatives and projects', (use) => {
  const { officer, analyst, signedIn, visitor } = officerSuite(use);
  const auditOf = (entityType: string, id: number) => use().db.selectFrom('audit_log').select('action').where('entity_type', '=', entityType).where('entity_id', '=', String(id)).orderBy('seq').execute()
    .then((rows) => rows.map((row) => row.action));

  it('creates and edits an initiative: errors come back with the input, every write audited', async () => {
    const staff = await signedIn(officer);
    await staff.get('/programmes/programmes/new');
    const form = { code: 'STARSOM', name: 'Initiative typed in the form', kind: 'initiative', parent: '', crimeFocus: 'som', donors: 'Donor A; Donor B', startDate: '2021-01-01', endDate: '2020-12-31', countries: 'NER, MLI' };
    const refused = await staff.postForm('/programmes/programmes/new', form);
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.match(html, /Choose the global programme this initiative belongs to/);
    assert.match(html, /The end date is before the start date/);
    assert.match(html, /value="Initiative typed in the form"/);
    assert.match(html, /value="Donor A; Donor B"/);
    const taken = await staff.postForm('/programmes/programmes/new', { ...form, code: 'GLOT92', parent: 'GLOT59', endDate: '2023-12-31' });
    assert.equal(taken.status, 422);
    assert.match(await taken.text(), /The code GLOT92 is already used/);
    assert.equal((await staff.postForm('/programmes/programmes/new', { ...form, parent: 'GLOT92', endDate: '2023-12-31' }, null)).status, 403, 'no CSRF token, no write');

    const created = await staff.postForm('/programmes/programmes/new', { ...form, parent: 'GLOT92', endDate: '2023-12-31' });
    assert.equal(created.status, 303);
    const row = await use().db.selectFrom('pm_programmes').selectAll().where('code', '=', 'STARSOM').executeTakeFirstOrThrow();
    assert.deepEqual([row.kind, row.crime_focus, row.donors, row.countries, row.start_date, row.end_date], ['initiative', 'som', ['Donor A', 'Donor B'], ['NER', 'MLI'], '2021-01-01', '2023-12-31']);
    const id = Number(row.id);
    const list = await (await staff.get('/programmes/programmes?done=programme')).text();
    assert.match(list, /The programme was saved/);
    assert.match(list, new RegExp(`href="/programmes/programmes/${id}/edit"`));

    const edit = await (await staff.get(`/programmes/programmes/${id}/edit`)).text();
    assert.match(edit, /<option value="GLOT92" selected="">/);
    assert.equal((await staff.postForm(`/programmes/programmes/${id}/edit`, { ...form, parent: 'GLOT92', endDate: '2024-06-30', name: 'STARSOM renamed' })).status, 303);
    assert.equal((await use().db.selectFrom('pm_programmes').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name, 'STARSOM renamed');
    assert.deepEqual(await auditOf('programmes.programme', id), ['programmes.programme.create', 'programmes.programme.update']);
    // A programme with initiatives under it cannot become one.
    const glot59 = await use().db.selectFrom('pm_programmes').select('id').where('code', '=', 'GLOT59').executeTakeFirstOrThrow();
    const demoted = await staff.postForm(`/programmes/programmes/${glot59.id}/edit`, { code: 'GLOT59', name: 'x', kind: 'initiative', parent: 'GLOT92', crimeFocus: 'tip' });
    assert.equal(demoted.status, 422);
    assert.match(await demoted.text(), /has initiatives under it/);
  });

  it('creates and edits a project under a programme', async () => {
    const staff = await signedIn(officer);
    await staff.get('/programmes/projects/new');
    const refused = await staff.postForm('/programmes/projects/new', { programme: 'NOPE', code: 'bad code!', name: 'Project typed in the form' });
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.match(html, /Letters, digits and \. - _ only/);
    assert.match(html, /value="Project typed in the form"/);
    const created = await staff.postForm('/programmes/projects/new', { programme: 'GLOT59', code: 'XAMT59', name: 'Project typed in the form', startDate: '2021-01-01', endDate: '' });
    assert.equal(created.status, 303);
    const row = await use().db.selectFrom('pm_projects').selectAll().where('code', '=', 'XAMT59').executeTakeFirstOrThrow();
    assert.equal(row.end_date, null);
    const id = Number(row.id);
    assert.match(await (await staff.get(`/programmes/projects/${id}/edit`)).text(), /value="XAMT59"/);
    assert.equal((await staff.postForm(`/programmes/projects/${id}/edit`, { programme: 'GLOT92', code: 'XAMT59', name: 'Moved project', startDate: '2021-01-01', endDate: '2022-12-31' })).status, 303);
    const moved = await use().db.selectFrom('pm_projects as j').innerJoin('pm_programmes as p', 'p.id', 'j.programme_id').select(['p.code', 'j.name']).where('j.id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(moved, { code: 'GLOT92', name: 'Moved project' });
    assert.deepEqual(await auditOf('programmes.project', id), ['programmes.project.create', 'programmes.project.update']);
    assert.match(await (await visitor().get('/programmes/programmes')).text(), /Moved project/, 'the list is public');
  });

  it('lets nobody else record or edit them', async () => {
    const glot59 = await use().db.selectFrom('pm_programmes').select('id').where('code', '=', 'GLOT59').executeTakeFirstOrThrow();
    const other = await signedIn(analyst);
    await other.get('/programmes/programmes');
    for (const path of ['/programmes/programmes/new', `/programmes/programmes/${glot59.id}/edit`, '/programmes/projects/new']) {
      assert.equal((await other.get(path)).status, 403, path);
      assert.equal((await other.postForm(path, { code: 'HACK', name: 'x', kind: 'programme', crimeFocus: 'tip', programme: 'GLOT59' })).status, 403, path);
    }
    assert.equal((await visitor().get('/programmes/programmes/new')).status, 303, 'anonymous: to sign in');
    assert.doesNotMatch(await (await other.get('/programmes/programmes')).text(), /\/edit"/);
    assert.equal(await use().db.selectFrom('pm_programmes').select('id').where('code', '=', 'HACK').executeTakeFirst(), undefined);
  });
});
