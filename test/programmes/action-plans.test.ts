import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver } from '../support/databases.ts';
import { officerSuite } from './fixture.ts';

describeEachDriver('programme officers write national action plans: heading, areas, targets, measures', (use) => {
  const { officer, analyst, signedIn, visitor } = officerSuite(use);
  const auditActions = (entityType: string) => use().db.selectFrom('audit_log').select('action').where('entity_type', '=', entityType).orderBy('seq').execute()
    .then((rows) => rows.map((row) => row.action));
  const planIdOf = async (code: string) => Number((await use().db.selectFrom('pm_action_plans').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id);
  const heading = { code: 'BRA-NAP3', title: 'Third national plan to fight trafficking in persons', kind: 'national', countries: 'BRA', startDate: '2018-01-01', endDate: '2022-12-31', programme: 'GLOT59', status: 'draft' };

  it('creates a plan: wrong input comes back with every problem and the typed values, nothing saved', async () => {
    const staff = await signedIn(officer);
    await staff.get('/programmes/action-plans/new');
    const refused = await staff.postForm('/programmes/action-plans/new', { ...heading, countries: 'BRA, ARG', endDate: '2017-12-31', programme: 'NOPE' });
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.match(html, /A national action plan belongs to exactly one country/);
    assert.match(html, /The end date is before the start date/);
    assert.match(html, /value="Third national plan to fight trafficking in persons"/);
    const unknown = await staff.postForm('/programmes/action-plans/new', { ...heading, programme: 'NOPE' });
    assert.equal(unknown.status, 422);
    assert.match(await unknown.text(), /Unknown programme: NOPE/);
    const regional = await staff.postForm('/programmes/action-plans/new', { ...heading, code: 'X', kind: 'regional' });
    assert.match(await regional.text(), /A regional framework covers at least two countries/);
    assert.equal(await use().db.selectFrom('pm_action_plans').select('id').where('code', 'in', ['BRA-NAP3', 'X']).executeTakeFirst(), undefined);

    const created = await staff.postForm('/programmes/action-plans/new', heading);
    assert.equal(created.status, 303);
    const id = await planIdOf('BRA-NAP3');
    assert.equal(created.headers.get('location'), `/programmes/action-plans/${id}?done=created#edit-areas`);
    const row = await use().db.selectFrom('pm_action_plans as p').innerJoin('pm_programmes as g', 'g.id', 'p.programme_id').select(['p.kind', 'p.countries', 'p.status', 'g.code']).where('p.id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { kind: 'national', countries: ['BRA'], status: 'draft', code: 'GLOT59' });
    const taken = await staff.postForm('/programmes/action-plans/new', heading);
    assert.match(await taken.text(), /The code BRA-NAP3 is already used/);
    assert.equal((await visitor().get(`/programmes/action-plans/${id}`)).status, 404, 'a draft plan is not public');
  });

  it('adds areas and targets, measures them, and keeps a measured target from being removed', async () => {
    const staff = await signedIn(officer);
    const id = await planIdOf('BRA-NAP3');
    await staff.get(`/programmes/action-plans/${id}`);
    assert.equal((await staff.postForm(`/programmes/action-plans/${id}/areas`, { name: '' })).status, 422);
    for (const name of ['Prevention', 'Repression and accountability', 'Area typed by mistake']) {
      assert.equal((await staff.postForm(`/programmes/action-plans/${id}/areas`, { name })).status, 303);
    }
    const areas = await use().db.selectFrom('pm_plan_areas').select(['id', 'name', 'position']).where('plan_id', '=', id).orderBy('position').execute();
    assert.deepEqual(areas.map((area) => [area.name, area.position]), [['Prevention', 1], ['Repression and accountability', 2], ['Area typed by mistake', 3]]);
    const [prevention, repression, mistake] = areas.map((area) => Number(area.id));
    assert.equal((await staff.postForm(`/programmes/action-plans/${id}/areas/${repression}`, { name: 'Accountability' })).status, 303);
    assert.equal((await staff.postForm(`/programmes/action-plans/${id}/areas/${mistake}/delete`, {})).status, 303);

    const target = { area: String(prevention), code: '1.1', description: 'Train labour inspectors on indicators of forced labour', indicator: 'Labour inspectors trained', unit: 'people', baseline: '0', targetValue: '1 200', dueDate: '2020-12-31' };
    const refused = await staff.postForm(`/programmes/action-plans/${id}/targets/new`, { ...target, code: 'one one', dueDate: '31/12/2020' });
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.match(html, /Letters, digits and \. - _ only \(at most 20\)/);
    assert.match(html, /Enter a number/, 'a thousands separator is ambiguous, so refused');
    assert.match(html, /value="Labour inspectors trained"/);
    assert.equal((await staff.postForm(`/programmes/action-plans/${id}/targets/new`, { ...target, targetValue: '1200' })).status, 303);
    const other = await staff.postForm(`/programmes/action-plans/${id}/targets/new`, { ...target, area: String(repression), code: '2.1', description: 'Share of convictions among prosecutions', indicator: 'Convictions / prosecutions', unit: '%', baseline: '12,5', targetValue: '30', dueDate: '2099-12-31' });
    assert.equal(other.status, 303);
    const again = await staff.postForm(`/programmes/action-plans/${id}/targets/new`, { ...target, targetValue: '5' });
    assert.match(await again.text(), /This plan already has a target 1\.1/);
    const stray = await staff.postForm(`/programmes/action-plans/${id}/targets/new`, { ...target, targetValue: '1200', code: '9.9', area: String(mistake) });
    assert.match(await stray.text(), /Choose one of this plan’s thematic areas/, 'a removed area cannot receive targets');

    const targets = await use().db.selectFrom('pm_plan_targets').select(['id', 'code', 'baseline', 'target_value']).where('area_id', 'in', [prevention, repression]).orderBy('code').execute();
    assert.deepEqual(targets.map((row) => [row.code, row.baseline, row.target_value]), [['1.1', 0, 1200], ['2.1', 12.5, 30]]);
    const [inspectors, convictions] = targets.map((row) => Number(row.id));
    assert.equal((await staff.postForm(`/programmes/action-plans/targets/${inspectors}/measures`, { date: '2019-12-31', value: '600' })).status, 303);
    assert.equal((await staff.postForm(`/programmes/action-plans/${id}/edit`, { ...heading, status: 'published' })).status, 303);

    const page = await (await visitor().get(`/programmes/action-plans/${id}`)).text();
    assert.match(page, /data-targets="2" data-achieved="0" data-overdue="1"/, 'target 1.1 was due in 2020 at 50 %');
    assert.match(page, /<h2>Accountability<\/h2>/);
    assert.doesNotMatch(page, /Area typed by mistake/);
    assert.doesNotMatch(page, /Remove the target|Add a target/, 'the public sees no editing controls');

    const kept = await staff.postForm(`/programmes/action-plans/${id}/targets/${inspectors}/delete`, {});
    assert.equal(kept.status, 422);
    assert.match(await kept.text(), /Target 1\.1 has recorded measures, so it is kept/);
    const busy = await staff.postForm(`/programmes/action-plans/${id}/areas/${prevention}/delete`, {});
    assert.equal(busy.status, 422);
    assert.match(await busy.text(), /The area Prevention still has targets/);
    assert.equal((await staff.postForm(`/programmes/action-plans/${id}/targets/${convictions}/edit`, { ...target, area: String(prevention), code: '1.2', baseline: '12.5', targetValue: '30', dueDate: '2099-12-31' })).status, 303);
    assert.equal((await use().db.selectFrom('pm_plan_targets').select('area_id').where('id', '=', convictions).executeTakeFirstOrThrow()).area_id, prevention, 'moved to another area');
    assert.equal((await staff.postForm(`/programmes/action-plans/${id}/areas/${repression}/delete`, {})).status, 303, 'now empty');
    assert.equal((await staff.postForm(`/programmes/action-plans/${id}/targets/${convictions}/delete`, {})).status, 303);

    assert.deepEqual(await auditActions('programmes.action_plan'), ['programmes.plan.create', 'programmes.plan.update']);
    assert.deepEqual(await auditActions('programmes.plan_area'), [
      'programmes.plan_area.create', 'programmes.plan_area.create', 'programmes.plan_area.create', 'programmes.plan_area.update', 'programmes.plan_area.delete', 'programmes.plan_area.delete',
    ]);
    assert.deepEqual(await auditActions('programmes.plan_target'), ['programmes.target.create', 'programmes.target.create', 'programmes.target.measure', 'programmes.target.update', 'programmes.target.delete']);
  });

  it('lets only programme officers write plans, and never across plans', async () => {
    const id = await planIdOf('BRA-NAP3');
    const other = await use().db.insertInto('pm_action_plans').values({ code: 'OTHER', title: 'Another plan', kind: 'national', countries: ['MWI'], start_date: '2020-01-01', end_date: '2025-12-31', status: 'published' }).returning('id').executeTakeFirstOrThrow();
    const [target] = await use().db.selectFrom('pm_plan_targets as t').innerJoin('pm_plan_areas as a', 'a.id', 't.area_id').select('t.id').where('a.plan_id', '=', id).execute();
    const staff = await signedIn(officer);
    await staff.get('/programmes/action-plans');
    assert.equal((await staff.postForm(`/programmes/action-plans/${other.id}/targets/${target.id}/delete`, {})).status, 404, 'a target is reached through its own plan only');
    assert.equal((await staff.get(`/programmes/action-plans/${other.id}/targets/${target.id}/edit`)).status, 404);

    const reader = await signedIn(analyst);
    assert.equal((await reader.get('/programmes/action-plans/new')).status, 403);
    assert.equal((await reader.get(`/programmes/action-plans/${id}/edit`)).status, 403);
    assert.equal((await reader.postForm(`/programmes/action-plans/${id}/areas`, { name: 'Intruder' })).status, 403);
    assert.equal((await reader.postForm(`/programmes/action-plans/${id}/targets/${target.id}/delete`, {})).status, 403);
    const anonymous = visitor();
    assert.equal((await anonymous.postForm(`/programmes/action-plans/${id}/edit`, { ...heading, title: 'Defaced' })).status, 403);
    assert.equal((await use().db.selectFrom('pm_action_plans').select('title').where('id', '=', id).executeTakeFirstOrThrow()).title, heading.title);
    assert.equal(await use().db.selectFrom('pm_plan_areas').select('id').where('name', '=', 'Intruder').executeTakeFirst(), undefined);
  });
});
