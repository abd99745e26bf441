import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describeEachDriver } from '../support/databases.ts';
import { loadCooperationSamples } from '../../src/cooperation/samples.ts';
import { dashboardVisible } from '../../src/cooperation/reading.ts';
import { todayUtc } from '../../src/cooperation/dates.ts';
import { makeCast, type Cast } from './fixtures.ts';

const file = JSON.parse(readFileSync(new URL('../../samples/cooperation/requests.json', import.meta.url), 'utf8')) as { requests: { requestingCountry: string; requestedCountry: string }[] };

describeEachDriver('cooperation sample data', (use) => {
  let cast: Cast;
  before(async () => { cast = await makeCast(use()); });

  it('loads every sample request once, marked as samples, through the real workflow', async () => {
    const { db } = use();
    assert.equal(await loadCooperationSamples(db), file.requests.length);
    assert.equal(await loadCooperationSamples(db), 0, 'a second run loads nothing');
    const rows = await db.selectFrom('co_requests').select(['sample', 'subject', 'requesting_authority']).execute();
    assert.equal(rows.length, file.requests.length);
    assert.ok(rows.every((row) => row.sample && row.subject.endsWith('(sample)') && row.requesting_authority.endsWith('(sample)')));
    const history = await db.selectFrom('co_request_events').select((eb) => eb.fn.countAll<number>().as('count')).where('kind', '=', 'status').executeTakeFirstOrThrow();
    assert.ok(Number(history.count) > file.requests.length, 'status changes are in the history');
  });

  it('gives the Italian and Nigerian authorities a living dashboard: open, overdue and soon-due requests, answered ones', async () => {
    const { db } = use();
    for (const actor of [cast.italy, cast.nigeria]) {
      const dashboard = await dashboardVisible(db, actor, todayUtc());
      assert.ok(dashboard.corridors.some((corridor) => corridor.requestingCountry === 'ITA' && corridor.requestedCountry === 'NGA' && corridor.open > 0), actor.email);
      assert.ok(dashboard.overdueCount > 0 && dashboard.dueSoonCount > 0, actor.email);
      assert.ok(dashboard.answered > 0 && dashboard.medianDaysToAnswer !== null, actor.email);
    }
    const spain = await dashboardVisible(db, cast.spain, todayUtc());
    const spanish = file.requests.filter((request) => request.requestingCountry === 'ESP' || request.requestedCountry === 'ESP').length;
    assert.ok(spanish > 0);
    assert.ok(Object.values(spain.byStatus).reduce((sum, count) => sum + count, 0) <= spanish);
    assert.ok(spain.corridors.every((corridor) => corridor.requestingCountry === 'ESP' || corridor.requestedCountry === 'ESP'));
  });
});
