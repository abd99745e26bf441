import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver } from '../support/databases.ts';
import { importHtcds } from '../../src/case-data/import.ts';
import { rollUpCountryYear } from '../../src/case-data/roll-up.ts';
import type { Actor } from '../../src/core/access/actor.ts';
import type { RolledUpValue } from '../../src/statistics/vocabulary.ts';
import { htcdsCsv, ROLL_UP_ROWS } from './fixtures.ts';

const system: Actor = { kind: 'system', label: 'test' };
const user = (role: string, countries: string[] | null): Actor => ({ kind: 'user', id: 1, email: 'x@example.org', displayName: 'x', grants: [{ role: role as never, countries }] });

describeEachDriver('case-data roll-up', (use) => {
  let values: RolledUpValue[] = [];
  const value = (indicator: string, dimension: string, category: string, sex = 'total', age = 'total') => {
    const found = values.filter((item) => item.indicator === indicator && item.dimension === dimension && item.category === category && item.sex === sex && item.age === age);
    assert.ok(found.length <= 1, `one value for ${indicator}/${dimension}/${category}/${sex}/${age}`);
    return found[0]?.value;
  };

  it('imports the fixture and rolls up Malawi 2022', async () => {
    await importHtcds(use().db, system, { bytes: htcdsCsv(ROLL_UP_ROWS), filename: 'fixture.csv' });
    values = await rollUpCountryYear(use().db, user('focal_point', ['MWI']), 'MWI', 2022);
    assert.ok(values.length > 0);
  });

  it('counts detected victims by sex, age, form and citizenship as worked out by hand', () => {
    // Actual or possible victims identified in 2022: C1 V1, V2, V3; C2 V2 (C2 V1 is not a victim); C3 V2 (C3 V1 is 2021). N1 is Niger's.
    assert.equal(value('detected_victims', 'total', 'total'), 5);
    assert.equal(value('detected_victims', 'total', 'total', 'female'), 3);
    assert.equal(value('detected_victims', 'total', 'total', 'male'), 1);
    assert.equal(value('detected_victims', 'total', 'total', 'other'), 1);
    assert.equal(value('detected_victims', 'total', 'total', 'unknown'), 0);
    assert.equal(value('detected_victims', 'total', 'total', 'total', 'minor'), 2);
    assert.equal(value('detected_victims', 'total', 'total', 'total', 'adult'), 2);
    assert.equal(value('detected_victims', 'total', 'total', 'total', 'unknown'), 1);
    assert.equal(value('detected_victims', 'total', 'total', 'female', 'minor'), 1);
    assert.equal(value('detected_victims', 'total', 'total', 'female', 'unknown'), 1);
    assert.equal(value('detected_victims', 'form', 'sexual_exploitation'), 1);
    assert.equal(value('detected_victims', 'form', 'forced_labour'), 1);
    assert.equal(value('detected_victims', 'form', 'mixed'), 1);
    assert.equal(value('detected_victims', 'form', 'begging'), 1);
    assert.equal(value('detected_victims', 'form', 'forced_marriage'), 1);
    assert.equal(value('detected_victims', 'form', 'other_forms'), 3);
    assert.equal(value('detected_victims', 'form', 'organ_removal'), 0);
    assert.equal(value('detected_victims', 'form', 'sexual_exploitation', 'female', 'minor'), 1);
    assert.equal(value('detected_victims', 'citizenship', 'MWI'), 3);
    assert.equal(value('detected_victims', 'citizenship', 'MOZ'), 1);
    assert.equal(value('detected_victims', 'citizenship', 'ZMB'), 1);
    assert.equal(value('detected_victims', 'citizenship', 'NER'), undefined);
  });

  it('counts repatriations, formal contacts, prosecutions, convictions and offences', () => {
    assert.equal(value('repatriated_victims', 'total', 'total'), 1);
    assert.equal(value('repatriated_victims', 'repatriation', 'ZMB', 'other', 'minor'), 1);
    // Perpetrators identified in 2022: C1 P1, P2; C2 P1. C1's victims are mixed, C2's begging.
    assert.equal(value('formal_contact', 'total', 'total'), 3);
    assert.equal(value('formal_contact', 'total', 'total', 'male'), 2);
    assert.equal(value('formal_contact', 'total', 'total', 'female', 'minor'), 1);
    assert.equal(value('formal_contact', 'form', 'mixed'), 2);
    assert.equal(value('formal_contact', 'form', 'begging'), 1);
    assert.equal(value('formal_contact', 'form', 'other_forms'), 3);
    // Prosecuted in 2022: C1 P1, P2, C2 P1, C3 P1 (C3: organ removal and forced marriage, mixed).
    assert.equal(value('prosecuted', 'total', 'total'), 4);
    assert.equal(value('prosecuted', 'form', 'mixed'), 3);
    assert.equal(value('prosecuted', 'form', 'begging'), 1);
    // Convicted in 2022: C2 P1, C3 P1 (C1 P1 in 2023).
    assert.equal(value('convicted', 'total', 'total'), 2);
    assert.equal(value('convicted', 'total', 'total', 'male', 'adult'), 2);
    assert.equal(value('convicted', 'citizenship', 'MWI'), 2);
    assert.equal(value('convicted', 'form', 'mixed'), 1);
    // Offences: cases first recorded in 2022: C1 and C2 (C3 in 2021); no sex or age breakdown.
    assert.equal(value('offences', 'total', 'total'), 2);
    assert.equal(value('offences', 'form', 'other_forms'), 2);
    assert.equal(value('offences', 'total', 'total', 'female'), undefined);
  });

  it('gives zeros, not gaps, for a year without records', async () => {
    const empty = await rollUpCountryYear(use().db, system, 'MWI', 2015);
    const total = empty.find((item) => item.indicator === 'detected_victims' && item.dimension === 'total' && item.sex === 'total' && item.age === 'total');
    assert.equal(total?.value, 0);
  });

  it('is allowed to the country\'s focal points and global reviewers only', async () => {
    const db = use().db;
    await assert.doesNotReject(rollUpCountryYear(db, user('reviewer', null), 'MWI', 2022));
    await assert.rejects(rollUpCountryYear(db, user('focal_point', ['NER']), 'MWI', 2022), { code: 'forbidden' });
    await assert.rejects(rollUpCountryYear(db, user('analyst', null), 'MWI', 2022), { code: 'forbidden' });
    await assert.rejects(rollUpCountryYear(db, user('admin', null), 'MWI', 2022), { code: 'forbidden' });
    await assert.rejects(rollUpCountryYear(db, { kind: 'anonymous' }, 'MWI', 2022), { code: 'unauthenticated' });
  });
});
