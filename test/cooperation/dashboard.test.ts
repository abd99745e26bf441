import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver } from '../support/databases.ts';
import { createRequest, changeStatus } from '../../src/cooperation/service.ts';
import { dashboardVisible, listVisible } from '../../src/cooperation/reading.ts';
import { addDays, todayUtc } from '../../src/cooperation/dates.ts';
import { sql } from 'kysely';
import { dashboardFor } from '../../src/cooperation/dashboard.ts';
import { generateCooperationRequests } from '../../bench/cooperation-data.ts';
import { makeCast, requestFields, requestIn, type Cast } from './fixtures.ts';

// Figures worked out by hand from the requests made below (today = the day the test runs):
//   answered ITA->NGA after 10 (executed), 20 (refused), 30 (executed) days: median 20
//   answered NGA->ITA after 7 and 9 days: median 8; all five answered: 7, 9, 10, 20, 30 -> median 10
//   open ITA->NGA: due yesterday (overdue), due today and in 14 days (due soon), in 15 days (neither)
//   a draft and a withdrawn request due yesterday are not open, so neither overdue nor counted.

describeEachDriver('cooperation dashboard', (use) => {
  let cast: Cast;
  const today = todayUtc();
  const ids: Record<string, number> = {};

  before(async () => {
    const { db } = use();
    cast = await makeCast(use());
    const answered = async (name: string, from: 'italy' | 'nigeria', days: number, end: 'executed' | 'refused') => {
      const requesting = from === 'italy' ? cast.italy : cast.nigeria;
      const requested = from === 'italy' ? cast.nigeria : cast.italy;
      const id = await createRequest(db, requesting, requestFields(from === 'italy' ? {} : { requestingCountry: 'NGA', requestedCountry: 'ITA' }));
      await changeStatus(db, requesting, id, { to: 'sent', onDate: addDays(today, -100) });
      await changeStatus(db, requested, id, { to: 'received', onDate: addDays(today, -100 + 1) });
      await changeStatus(db, requested, id, { to: end, onDate: addDays(today, -100 + days), note: 'grounds' });
      ids[name] = id;
    };
    await answered('a10', 'italy', 10, 'executed');
    await answered('a20', 'italy', 20, 'refused');
    await answered('a30', 'italy', 30, 'executed');
    await answered('b7', 'nigeria', 7, 'executed');
    await answered('b9', 'nigeria', 9, 'executed');
    ids.overdue = await requestIn(db, cast, ['sent'], { dueOn: addDays(today, -1) });
    ids.dueToday = await requestIn(db, cast, ['sent', 'received'], { dueOn: today });
    ids.dueIn14 = await requestIn(db, cast, ['sent', 'received', 'in_execution'], { dueOn: addDays(today, 14) });
    ids.dueIn15 = await requestIn(db, cast, ['sent', 'received', 'in_execution'], { dueOn: addDays(today, 15) });
    ids.draft = await requestIn(db, cast, [], { dueOn: addDays(today, -1) });
    ids.withdrawn = await requestIn(db, cast, ['sent', 'withdrawn'], { dueOn: addDays(today, -1) });
  });

  it('counts open requests by corridor, overdue and due-soon requests, and the median time to answer', async () => {
    const { db } = use();
    const italy = await dashboardVisible(db, cast.italy, today);
    assert.deepEqual(italy.byStatus, { drafted: 1, sent: 1, received: 1, in_execution: 2, executed: 4, refused: 1, withdrawn: 1 });
    assert.equal(italy.answered, 5);
    assert.equal(italy.medianDaysToAnswer, 10);
    assert.deepEqual(italy.corridors, [
      { requestingCountry: 'ITA', requestedCountry: 'NGA', open: 4, overdue: 1, answered: 3, medianDaysToAnswer: 20 },
      { requestingCountry: 'NGA', requestedCountry: 'ITA', open: 0, overdue: 0, answered: 2, medianDaysToAnswer: 8 },
    ]);
    assert.equal(italy.overdueCount, 1);
    assert.deepEqual(italy.overdue.map((item) => item.id), [ids.overdue]);
    assert.equal(italy.dueSoonCount, 2);
    assert.deepEqual(italy.dueSoon.map((item) => item.id), [ids.dueToday, ids.dueIn14]);
  });

  it('counts for each user only what they may see: no draft of the other side, nothing for a third country', async () => {
    const { db } = use();
    const nigeria = await dashboardVisible(db, cast.nigeria, today);
    assert.equal(nigeria.byStatus.drafted, 0, 'Italy\'s draft is not Nigeria\'s to count');
    assert.equal(nigeria.medianDaysToAnswer, 10);
    assert.equal(nigeria.overdueCount, 1);
    const spain = await dashboardVisible(db, cast.spain, today);
    assert.deepEqual(spain.corridors, []);
    assert.equal(Object.values(spain.byStatus).reduce((sum, count) => sum + count, 0), 0);
    assert.equal(spain.medianDaysToAnswer, null);
    assert.deepEqual([spain.overdueCount, spain.dueSoonCount, spain.overdue.length, spain.dueSoon.length], [0, 0, 0, 0]);
    const admin = await dashboardVisible(db, cast.admin, today);
    assert.equal(admin.byStatus.drafted, 1);
  });

  it('a day later, what was due today is overdue and the 15-day deadline becomes due soon', async () => {
    const { db } = use();
    const tomorrow = await dashboardVisible(db, cast.italy, addDays(today, 1));
    assert.deepEqual(tomorrow.overdue.map((item) => item.id), [ids.overdue, ids.dueToday]);
    assert.deepEqual(tomorrow.dueSoon.map((item) => item.id), [ids.dueIn14, ids.dueIn15]);
  });

  it('filters the list by the same deadlines as the dashboard', async () => {
    const { db } = use();
    const overdue = await listVisible(db, cast.nigeria, { deadline: 'overdue' }, today);
    assert.deepEqual(overdue.rows.map((row) => row.id), [ids.overdue]);
    const soon = await listVisible(db, cast.nigeria, { deadline: 'due_soon' }, today);
    assert.deepEqual(soon.rows.map((row) => row.id).sort((a, b) => a - b), [ids.dueToday, ids.dueIn14]);
    const incoming = await listVisible(db, cast.nigeria, { direction: 'incoming', status: 'closed' }, today);
    assert.deepEqual(incoming.rows.map((row) => row.id).sort((a, b) => a - b), [ids.a10, ids.a20, ids.a30, ids.withdrawn]);
    const corridor = await listVisible(db, cast.italy, { from: 'NGA', to: 'ITA' }, today);
    assert.deepEqual(corridor.rows.map((row) => row.id).sort((a, b) => a - b), [ids.b7, ids.b9]);
  });

  it('keeps its summary tables equal to counting the requests themselves, through inserts, changes and deletions', async () => {
    const { db } = use();
    await generateCooperationRequests(db, 3000, today, 7);
    const some = await db.selectFrom('co_requests').select('id').where('status', '=', 'received').limit(20).execute();
    for (const { id } of some.slice(0, 10)) await db.updateTable('co_requests').set({ status: 'executed', answered_on: today }).where('id', '=', id).execute();
    await db.updateTable('co_requests').set({ requested_country: 'FRA' }).where('id', 'in', some.slice(10).map((row) => row.id)).where('requesting_country', '<>', 'FRA').execute();
    await db.deleteFrom('co_requests').where('id', 'in', (await db.selectFrom('co_requests').select('id').where('status', '=', 'executed').limit(50).execute()).map((row) => row.id)).execute();
    for (const visibility of [{ all: true as const }, { all: false as const, countries: ['ITA'] }, { all: false as const, countries: ['NGA', 'KEN'] }, { all: false as const, countries: [] }]) {
      const dashboard = await dashboardFor(db, visibility, today);
      const direct = await sql<{ from: string; to: string; open: number; answered: number; median: number | null; overdue: number }>`
        select requesting_country as from, requested_country as to,
          count(*) filter (where status in ('sent', 'received', 'in_execution'))::int as open,
          count(*) filter (where answered_on is not null and sent_on is not null)::int as answered,
          percentile_cont(0.5) within group (order by answered_on - sent_on) filter (where answered_on is not null and sent_on is not null) as median,
          count(*) filter (where status in ('sent', 'received', 'in_execution') and due_on < ${today}::date)::int as overdue
        from co_requests
        where ${visibility.all ? sql`true` : visibility.countries.length ? sql`requesting_country in (${sql.join(visibility.countries)}) or (requested_country in (${sql.join(visibility.countries)}) and status <> 'drafted')` : sql`false`}
        group by 1, 2 having count(*) filter (where status in ('sent', 'received', 'in_execution') or answered_on is not null) > 0`.execute(db);
      const expected = direct.rows.map((row) => `${row.from}>${row.to} ${row.open} ${row.overdue} ${row.answered} ${row.median === null ? null : Number(row.median)}`).sort();
      const actual = dashboard.corridors.map((row) => `${row.requestingCountry}>${row.requestedCountry} ${row.open} ${row.overdue} ${row.answered} ${row.medianDaysToAnswer}`).sort();
      assert.deepEqual(actual, expected, JSON.stringify(visibility));
      const overall = await sql<{ median: number | null; total: number }>`select percentile_cont(0.5) within group (order by answered_on - sent_on) as median, count(*)::int as total
        from co_requests where answered_on is not null and sent_on is not null and ${visibility.all ? sql`true` : visibility.countries.length ? sql`(requesting_country in (${sql.join(visibility.countries)}) or requested_country in (${sql.join(visibility.countries)}))` : sql`false`}`.execute(db);
      assert.equal(dashboard.medianDaysToAnswer, overall.rows[0].median === null ? null : Number(overall.rows[0].median), JSON.stringify(visibility));
      assert.equal(dashboard.answered, Number(overall.rows[0].total));
    }
  });
});
