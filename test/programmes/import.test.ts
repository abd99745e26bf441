import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'csv-stringify/sync';
import { describeEachDriver } from '../support/databases.ts';
import { tableBytes } from '../../src/core/files/write-table.ts';
import { importFile } from '../../src/programmes/import.ts';
import { ImportRejected } from '../../src/core/files/import-problems.ts';
import { activitiesTable, outcomesTable, templateTable } from '../../src/programmes/export.ts';
import { headerOf } from '../../src/programmes/columns.ts';
import { impactReport } from '../../src/programmes/report.ts';
import { FIXTURE_ACTOR } from './fixture.ts';

const csv = (rows: string[][]) => new TextEncoder().encode(stringify(rows));
const activityRow = (values: Record<string, string>) => headerOf('activities').map((column) => values[column] ?? '');
const base = { type: 'training', title: 'Imported training', start_date: '2021-05-01', end_date: '2021-05-02', scope: 'national', countries: 'MWI', programmes: 'GLOT59', status: 'published' };

describeEachDriver('programme imports', (use) => {
  before(async () => {
    await use().db.insertInto('pm_programmes').values({ code: 'GLOT59', name: 'Fixture programme', kind: 'programme', crime_focus: 'tip' }).execute();
  });

  it('imports each template (CSV and XLSX): activities, then their participants and outcomes', async () => {
    const db = use().db;
    for (const kind of ['activities', 'participants', 'outcomes'] as const) {
      const report = await importFile(db, FIXTURE_ACTOR, kind, { bytes: await tableBytes(templateTable(kind), 'xlsx'), filename: `${kind}.xlsx` });
      assert.equal(report.rows, 1, kind);
      const again = await importFile(db, FIXTURE_ACTOR, kind, { bytes: await tableBytes(templateTable(kind), 'csv'), filename: `${kind}.csv` });
      assert.equal(again.rows, 1, kind);
    }
    const activity = await db.selectFrom('pm_activities').selectAll().where('external_id', '=', 'EXAMPLE-ACT-1').executeTakeFirstOrThrow();
    assert.equal(activity.has_participant_list, true);
    assert.deepEqual([activity.female, activity.male, activity.unknown_sex], [1, 0, 0], 'counts derived from the one-person list');
    assert.equal((await db.selectFrom('pm_outcomes').select('id').where('external_id', '=', 'EXAMPLE-OUT-1').execute()).length, 1, 'matched on external id: updated, not duplicated');
  });

  it('refuses a file with bad rows as a whole, naming each row and column', async () => {
    const db = use().db;
    const before = await db.selectFrom('pm_activities').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
    const file = csv([headerOf('activities'),
      activityRow({ ...base, external_id: 'GOOD-1' }),
      activityRow({ ...base, external_id: 'BAD-COUNTRY', countries: 'XXX' }),
      activityRow({ ...base, external_id: 'BAD-DATES', end_date: '2021-04-01' }),
      activityRow({ ...base, external_id: 'BAD-SUM', female: '3', male: '2', participants_police: '4' }),
      activityRow({ ...base, external_id: 'BAD-PROGRAMME', programmes: 'NOPE' }),
      activityRow({ ...base, external_id: 'BAD-REGION', scope: 'regional' }),
    ]);
    await assert.rejects(importFile(db, FIXTURE_ACTOR, 'activities', { bytes: file, filename: 'bad.csv' }), (error: unknown) => {
      assert.ok(error instanceof ImportRejected);
      assert.deepEqual(error.problems.map((problem) => [problem.row, problem.column, problem.message]), [
        [3, 'countries', 'programmes.error.unknown_country'],
        [4, 'end_date', 'programmes.error.end_before_start'],
        [5, 'participants_*', 'programmes.error.participation_sum'],
        [7, 'countries', 'programmes.error.regional_countries'],
      ]);
      return true;
    });
    const withProgramme = csv([headerOf('activities'), activityRow({ ...base, external_id: 'GOOD-2' }), activityRow({ ...base, external_id: 'BAD-PROGRAMME', programmes: 'NOPE' })]);
    await assert.rejects(importFile(db, FIXTURE_ACTOR, 'activities', { bytes: withProgramme, filename: 'bad.csv' }), (error: unknown) => {
      assert.ok(error instanceof ImportRejected);
      assert.deepEqual(error.problems.map((problem) => [problem.row, problem.column, problem.params?.value]), [[3, 'programmes', 'NOPE']]);
      return true;
    });
    const after = await db.selectFrom('pm_activities').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
    assert.equal(Number(after.count), Number(before.count), 'nothing written');
  });

  it('derives an activity\'s counts from its participant list, and audits without the names', async () => {
    const db = use().db;
    await importFile(db, FIXTURE_ACTOR, 'activities', { bytes: csv([headerOf('activities'), activityRow({ ...base, external_id: 'LIST-1', female: '10', male: '10' })]), filename: 'a.csv' });
    const people = csv([['activity', 'name', 'sex', 'institution_type', 'institution', 'country'],
      ['LIST-1', 'Fictional Person One', 'female', 'police', '', 'MWI'], ['LIST-1', 'Fictional Person Two', 'female', 'judiciary', '', ''], ['LIST-1', 'Fictional Person Three', 'unknown', 'police', '', '']]);
    await importFile(db, FIXTURE_ACTOR, 'participants', { bytes: people, filename: 'people.csv' });
    const activity = await db.selectFrom('pm_activities').selectAll().where('external_id', '=', 'LIST-1').executeTakeFirstOrThrow();
    assert.deepEqual([activity.female, activity.male, activity.unknown_sex], [2, 0, 1]);
    assert.deepEqual([activity.inst_police, activity.inst_prosecution, activity.inst_judiciary], [2, 0, 1]);
    const audit = await db.selectFrom('audit_log').select(['after']).where('action', '=', 'programmes.participants.import').where('entity_id', '=', String(activity.id)).execute();
    assert.equal(audit.length, 1);
    assert.doesNotMatch(JSON.stringify(audit), /Fictional Person/);
    assert.match(JSON.stringify(audit[0].after), /"participants":3/);
    const unknownActivity = csv([['activity', 'name', 'sex', 'institution_type'], ['NO-SUCH', 'Someone', 'male', 'police']]);
    await assert.rejects(importFile(db, FIXTURE_ACTOR, 'participants', { bytes: unknownActivity, filename: 'p.csv' }), /import_rejected|rejected/i);
    // Re-importing the activity keeps the counts of its list.
    await importFile(db, FIXTURE_ACTOR, 'activities', { bytes: csv([headerOf('activities'), activityRow({ ...base, external_id: 'LIST-1', female: '10', male: '10', title: 'Renamed' })]), filename: 'a.csv' });
    const renamed = await db.selectFrom('pm_activities').selectAll().where('external_id', '=', 'LIST-1').executeTakeFirstOrThrow();
    assert.equal(renamed.title, 'Renamed');
    assert.deepEqual([renamed.female, renamed.male, renamed.unknown_sex], [2, 0, 1]);
  });

  it('exports re-import as updates, and every imported record is audited', async () => {
    const db = use().db;
    const filter = { from: '1900-01-01', to: '2999-12-31', programmes: [], countries: [], types: [], includeDrafts: true };
    const table = await activitiesTable(db, filter);
    const beforeReport = await impactReport(db, { from: '2021-01-01', to: '2021-12-31', programmes: [], countries: [] });
    const report = await importFile(db, FIXTURE_ACTOR, 'activities', { bytes: await tableBytes(table, 'xlsx'), filename: 'export.xlsx' });
    assert.equal(report.created, 0);
    assert.equal(report.updated, table.rows.length);
    const afterReport = await impactReport(db, { from: '2021-01-01', to: '2021-12-31', programmes: [], countries: [] });
    assert.deepEqual(afterReport.figures, beforeReport.figures, 'the round trip changes no figure');
    const outcomes = await outcomesTable(db, { ...filter, types: [] });
    assert.equal((await importFile(db, FIXTURE_ACTOR, 'outcomes', { bytes: await tableBytes(outcomes, 'csv'), filename: 'o.csv' })).created, 0);
    const audited = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('count')).where('action', 'in', ['programmes.activity.import', 'programmes.activity.import_update']).executeTakeFirstOrThrow();
    const activities = await db.selectFrom('pm_activities').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
    assert.ok(Number(audited.count) >= Number(activities.count));
  });
});
