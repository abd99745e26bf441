import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachDriver } from '../support/databases.ts';
import { impactReport } from '../../src/programmes/report.ts';
import { listActivities, listCasesAdded, listCountries, listOutcomes } from '../../src/programmes/repository.ts';
import { COUNTRY_SUPPORT_TYPES, LEGISLATIVE_AND_POLICY_TYPES, TRAINING_TYPES } from '../../src/programmes/vocabulary.ts';
import { EXPECTED, loadFixture, YEAR_2021 } from './fixture.ts';

// Every headline figure against the hand-counted fixture (test/programmes/fixture.ts), and the
// lists behind the figures give the same numbers.
describeEachDriver('programme impact figures', (use) => {
  before(async () => { await loadFixture(use().db); });

  it('counts every headline figure of 2021 as counted by hand', async () => {
    const { figures, byCountry } = await impactReport(use().db, YEAR_2021);
    const expected = EXPECTED.all2021;
    assert.equal(figures.activities, expected.activities);
    assert.equal(figures.technicalCooperation, expected.technicalCooperation);
    assert.equal(figures.eventsOrganized, expected.eventsOrganized);
    assert.equal(figures.eventParticipants, expected.eventParticipants);
    assert.equal(figures.speakerEvents, expected.speakerEvents);
    assert.equal(figures.publications, expected.publications);
    assert.deepEqual(figures.trained, expected.trained);
    assert.deepEqual(figures.participants, expected.participants);
    assert.equal(figures.countriesSupported, expected.countriesSupported);
    assert.equal(figures.countriesNational, expected.countriesNational);
    assert.equal(figures.countriesLegislative, expected.countriesLegislative);
    assert.equal(figures.countriesLegislativePolicy, expected.countriesLegislativePolicy);
    assert.equal(figures.casesAdded, expected.casesAdded);
    assert.equal(figures.outcomes.investigation_supported.quantity, expected.investigations);
    assert.equal(figures.outcomes.investigation_supported.records, 2);
    assert.equal(figures.outcomes.victims_identified.quantity, expected.victims);
    assert.equal(figures.outcomes.law_adopted.records, 1);
    assert.deepEqual(Object.fromEntries([...byCountry].sort()), Object.fromEntries(Object.entries(expected.byCountry).sort()));
  });

  it('counts a country of several regional activities once, and not the sum of their country lists', async () => {
    const { figures, byCountry } = await impactReport(use().db, YEAR_2021);
    const countryMentions = [...byCountry.values()].reduce((a, b) => a + b, 0);
    assert.equal(countryMentions, 15);
    assert.equal(figures.countriesSupported, 7);
    assert.ok(!byCountry.has('AUT'), 'an event attended as speaker is not support to the country');
  });

  it('splits the people trained into female, male and unknown, unknown including events without a breakdown', async () => {
    const { figures } = await impactReport(use().db, YEAR_2021);
    assert.equal(figures.trained.female + figures.trained.male + figures.trained.unknown, figures.trained.total);
    assert.equal(figures.trained.unknown, 23, 'A2 has 3 of unknown sex, A5 20 at an event with no gender breakdown');
  });

  it('a programme includes its initiatives; an initiative alone counts only its own activities', async () => {
    const glot59 = await impactReport(use().db, { ...YEAR_2021, programmes: ['GLOT59'] });
    assert.equal(glot59.figures.activities, EXPECTED.glot59.activities);
    assert.deepEqual(glot59.figures.trained, EXPECTED.glot59.trained);
    assert.equal(glot59.figures.countriesSupported, EXPECTED.glot59.countriesSupported);
    assert.equal(glot59.figures.outcomes.investigation_supported.quantity, EXPECTED.glot59.investigations);
    const track = await impactReport(use().db, { ...YEAR_2021, programmes: ['TRACK4TIP'] });
    assert.equal(track.figures.activities, EXPECTED.track4tip.activities);
    assert.deepEqual(track.figures.trained, EXPECTED.track4tip.trained);
    assert.equal(track.figures.countriesSupported, EXPECTED.track4tip.countriesSupported);
    assert.equal(track.figures.outcomes.victims_identified.quantity, EXPECTED.track4tip.victims);
    const unknown = await impactReport(use().db, { ...YEAR_2021, programmes: ['NOPE'] });
    assert.equal(unknown.figures.activities, 0, 'an unknown programme selects nothing, not everything');
  });

  it('a country filter counts only the chosen countries of regional activities', async () => {
    const bra = await impactReport(use().db, { ...YEAR_2021, countries: ['BRA'] });
    assert.equal(bra.figures.activities, EXPECTED.bra.activities);
    assert.equal(bra.figures.countriesSupported, EXPECTED.bra.countriesSupported);
    assert.equal(bra.figures.trained.total, EXPECTED.bra.trained);
    assert.equal(bra.figures.eventsOrganized, EXPECTED.bra.eventsOrganized);
    assert.equal(bra.figures.eventParticipants, EXPECTED.bra.eventParticipants);
    assert.equal(bra.figures.countriesLegislativePolicy, EXPECTED.bra.countriesLegislativePolicy);
    assert.equal(bra.figures.casesAdded, EXPECTED.bra.casesAdded);
    assert.deepEqual([...bra.byCountry.keys()], ['BRA']);
    const mwiNer = await impactReport(use().db, { ...YEAR_2021, countries: ['MWI', 'NER'] });
    assert.equal(mwiNer.figures.countriesSupported, EXPECTED.mwiNer.countriesSupported);
    assert.deepEqual(mwiNer.figures.trained, EXPECTED.mwiNer.trained);
  });

  it('leaves drafts and activities outside the period out, and a period can span years', async () => {
    const both = await impactReport(use().db, { ...YEAR_2021, from: '2020-12-31', to: '2022-01-01' });
    assert.equal(both.figures.activities, 13, 'A1-A11, A13 and A14; the draft A12 stays out');
    assert.equal(both.figures.trained.total, 63 + 14 + 18);
    assert.equal(both.timelineUnit, 'month');
    assert.equal(both.figures.outcomes.investigation_supported.quantity, 5 + 4);
  });

  it('charts: timeline per month, activities by type, participants by institution, examples per country', async () => {
    const report = await impactReport(use().db, YEAR_2021);
    assert.equal(report.timeline.reduce((sum, row) => sum + row.activities, 0), 11);
    assert.deepEqual(report.timeline.find((row) => row.period === '2021-03'), { period: '2021-03', activities: 2, participants: 25 });
    assert.equal(report.byType.find((row) => row.type === 'legislative_assistance')?.activities, 2);
    assert.equal(report.byInstitution.find((row) => row.institution === 'not_recorded')?.participants, 183);
    assert.deepEqual(report.examples.map((example) => example.country).sort(), ['COL', 'MWI']);
    assert.equal(report.examples.find((example) => example.country === 'MWI')?.story, 'Fixture law adopted in Malawi', 'the latest story of a country');
  });

  it('the lists behind the figures give the same numbers', async () => {
    const db = use().db;
    const trained = await listActivities(db, { ...YEAR_2021, types: [...TRAINING_TYPES] });
    assert.deepEqual({ total: trained.totals.participants, female: trained.totals.female, male: trained.totals.male, unknown: trained.totals.unknown }, EXPECTED.all2021.trained);
    assert.equal(trained.rows.length, 4);
    const supported = await listCountries(db, { ...YEAR_2021, types: [...COUNTRY_SUPPORT_TYPES] });
    assert.equal(supported.length, EXPECTED.all2021.countriesSupported);
    assert.equal(supported.find((row) => row.iso3 === 'MWI')?.activities, 4);
    const national = await listCountries(db, { ...YEAR_2021, types: [...COUNTRY_SUPPORT_TYPES], scope: 'national' });
    assert.equal(national.length, EXPECTED.all2021.countriesNational);
    const legislation = await listCountries(db, { ...YEAR_2021, types: [...LEGISLATIVE_AND_POLICY_TYPES] });
    assert.deepEqual(legislation.map((row) => row.iso3), ['BRA', 'MWI', 'NER', 'PER']);
    const investigations = await listOutcomes(db, { ...YEAR_2021, types: ['investigation_supported'] });
    assert.equal(investigations.quantity, EXPECTED.all2021.investigations);
    const cases = await listCasesAdded(db, YEAR_2021);
    assert.equal(cases.total, 2);
    const forCountry = await listActivities(db, { from: '1900-01-01', to: '2999-12-31', programmes: [], countries: ['MWI'], types: [] });
    assert.equal(forCountry.totals.activities, 5, 'A1 A2 A6 A9 A11; the draft A12 only for officers');
    const withDrafts = await listActivities(db, { from: '1900-01-01', to: '2999-12-31', programmes: [], countries: ['MWI'], types: [], includeDrafts: true });
    assert.equal(withDrafts.totals.activities, 6);
  });
});
