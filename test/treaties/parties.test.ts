import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { byCountry, partiesAsOf, partiesPerYear, partyPeriods, statusOn, withdrawalEffectiveDate, type TreatyEvent, type TreatyAction } from '../../src/treaties/parties.ts';
import { checkEvent } from '../../src/treaties/event-input.ts';

const ev = (country: string, action: TreatyAction, date: string, extra: Partial<TreatyEvent> = {}): TreatyEvent => ({
  country, action, date, precision: 'day', illustrative: false,
  effective: action === 'withdrawal' ? withdrawalEffectiveDate(date, 12) : null, ...extra,
});

// A fixture that exercises every rule: ratification after signature, accession, succession
// after the predecessor's ratification, withdrawal then re-ratification, a withdrawal revoked
// by a joining act before it took effect, a withdrawal with its own effective date, signature
// only, a withdrawal by a non-party, a duplicate ratification, and a year-only accession.
const FIXTURE: TreatyEvent[] = [
  ev('AAA', 'signature', '2000-12-12'), ev('AAA', 'ratification', '2003-05-01'),
  ev('BBB', 'accession', '2004-02-10'),
  ev('CCC', 'signature', '2001-01-15'), ev('CCC', 'ratification', '2002-06-01'), ev('CCC', 'withdrawal', '2010-03-01'), ev('CCC', 'ratification', '2015-09-09'),
  ev('DDD', 'ratification', '2005-01-01'), ev('DDD', 'withdrawal', '2012-01-01'), ev('DDD', 'accession', '2012-06-01'),
  ev('EEE', 'succession', '2006-10-23'), ev('EEE', 'ratification', '2008-01-01'),
  ev('FFF', 'signature', '2001-02-02'),
  ev('GGG', 'withdrawal', '2009-01-01'),
  ev('HHH', 'approval', '2004-04-04'), ev('HHH', 'withdrawal', '2018-01-10', { effective: '2018-07-10' }),
  ev('III', 'accession', '2019-12-31', { precision: 'year' }),
];
const periods = new Map([...byCountry(FIXTURE)].map(([country, events]) => [country, partyPeriods(events)]));
const partiesOn = (date: string) => partiesAsOf(periods, date).map((party) => party.country);
const statusOf = (country: string, date: string) => statusOn(byCountry(FIXTURE).get(country) ?? [], periods.get(country) ?? [], date);

describe('parties on a date', () => {
  it('counts a state from the day of its ratification, accession, approval or succession, never from signature', () => {
    assert.deepEqual(partiesOn('2000-12-31'), []);
    assert.deepEqual(partiesOn('2002-05-31'), []);
    assert.deepEqual(partiesOn('2002-06-01'), ['CCC']);
    assert.deepEqual(partiesOn('2003-05-01'), ['AAA', 'CCC']);
    assert.deepEqual(partiesOn('2006-10-23'), ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'HHH']);
    assert.equal(statusOf('FFF', '2020-01-01'), 'signatory');
    assert.equal(statusOf('AAA', '2001-01-01'), 'signatory');
  });

  it('keeps a withdrawing state a party until the withdrawal takes effect, one year after notification by default', () => {
    assert.ok(partiesOn('2011-02-28').includes('CCC'), 'notified 2010-03-01, still a party the day before 2011-03-01');
    assert.equal(statusOf('CCC', '2011-02-28'), 'withdrawing');
    assert.ok(!partiesOn('2011-03-01').includes('CCC'), 'no longer a party once it takes effect');
    assert.equal(statusOf('CCC', '2012-01-01'), 'withdrawn');
  });

  it('counts a state again from its new ratification after a withdrawal took effect, with the new date as since', () => {
    const party = partiesAsOf(periods, '2016-01-01').find((item) => item.country === 'CCC');
    assert.equal(party?.since, '2015-09-09');
    assert.equal(party?.action, 'ratification');
    assert.ok(!partiesOn('2015-09-08').includes('CCC'));
    assert.equal(periods.get('CCC')!.length, 2);
  });

  it('reads a joining act between notification and effect as the withdrawal revoked: no gap, original since', () => {
    assert.ok(partiesOn('2013-06-01').includes('DDD'));
    assert.ok(partiesOn('2020-01-01').includes('DDD'));
    assert.equal(partiesAsOf(periods, '2020-01-01').find((item) => item.country === 'DDD')?.since, '2005-01-01');
    assert.equal(statusOf('DDD', '2020-01-01'), 'party');
  });

  it('keeps the first act of a period: a ratification after a succession changes nothing', () => {
    const party = partiesAsOf(periods, '2010-01-01').find((item) => item.country === 'EEE');
    assert.deepEqual([party?.since, party?.action], ['2006-10-23', 'succession']);
    assert.equal(periods.get('EEE')!.length, 1);
  });

  it('honours a recorded effective date and ignores a withdrawal by a non-party', () => {
    assert.ok(partiesOn('2018-07-09').includes('HHH'));
    assert.ok(!partiesOn('2018-07-10').includes('HHH'));
    assert.deepEqual(periods.get('GGG'), []);
    assert.equal(statusOf('GGG', '2020-01-01'), 'none');
  });

  it('counts a year-only act from 31 December of its year, the first day it is certain', () => {
    assert.ok(!partiesOn('2019-12-30').includes('III'));
    assert.ok(partiesOn('2019-12-31').includes('III'));
  });

  it('gives the parties at the end of each year, whatever order the events come in', () => {
    const reversed = new Map([...byCountry([...FIXTURE].reverse())].map(([country, events]) => [country, partyPeriods(events)]));
    const perYear = partiesPerYear(reversed, 2001, 2020);
    const byYear = Object.fromEntries(perYear.map((row) => [row.year, row.count]));
    assert.equal(byYear[2001], 0);
    assert.equal(byYear[2002], 1);
    assert.equal(byYear[2006], 6);
    assert.equal(byYear[2010], 6, 'CCC is still a party at the end of 2010 (effect in 2011)');
    assert.equal(byYear[2011], 5);
    assert.equal(byYear[2015], 6);
    assert.equal(byYear[2018], 5);
    assert.equal(byYear[2019], 6);
    for (const row of perYear) assert.equal(row.count, partiesOn(`${row.year}-12-31`).length, `${row.year}`);
  });

  it('adds the delay in months, keeping the day within the month', () => {
    assert.equal(withdrawalEffectiveDate('2010-03-01', 12), '2011-03-01');
    assert.equal(withdrawalEffectiveDate('2012-02-29', 12), '2013-02-28');
    assert.equal(withdrawalEffectiveDate('2012-08-31', 6), '2013-02-28');
    assert.equal(withdrawalEffectiveDate('2012-08-31', 6, '2012-12-01'), '2012-12-01');
  });
});

describe('checking an action', () => {
  const treaties = new Set(['TIP', 'SOM']);
  it('accepts ISO codes and English names, dates or years', () => {
    const { event } = checkEvent({ country: 'Brunei Darussalam', treaty: 'tip', action: 'Accession', date: '2020' }, treaties);
    assert.deepEqual(event && [event.country, event.treaty, event.action, event.date, event.precision], ['BRN', 'TIP', 'accession', '2020-12-31', 'year']);
    assert.equal(checkEvent({ country: 'plw', treaty: 'TIP', action: 'accession', date: '2019-05-27' }, treaties).event?.country, 'PLW');
  });
  it('names each wrong field', () => {
    const { errors } = checkEvent({ country: 'Atlantis', treaty: 'XYZ', action: 'signing', date: '2019-02-30', effective_date: '2020-01-01' }, treaties);
    assert.deepEqual(errors.map((error) => error.field).sort(), ['action', 'country', 'date', 'effective_date', 'treaty']);
    const early = checkEvent({ country: 'NER', treaty: 'TIP', action: 'withdrawal', date: '2019-02-01', effective_date: '2019-01-01' }, treaties);
    assert.deepEqual(early.errors.map((error) => error.message), ['treaties.error.effective_before_notice']);
  });
});
