import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compactForm, dataToForm, errorsForControls, formToInput, rowIndexes, rowsToShow, type FormValues } from '../../../src/knowledge/editor/form-input.ts';
import { parseRecord } from '../../../src/knowledge/workflow.ts';
import { ValidationError } from '../../../src/core/errors.ts';
import { KINDS } from '../../../src/knowledge/schemas.ts';
import { TEMPLATE_EXAMPLES } from '../../../src/knowledge/editor/template.ts';
import { caseRecord, legislationRecord, publicationRecord } from '../fixtures.ts';

const fixtures = { case: caseRecord, legislation: legislationRecord, publication: publicationRecord };

describe('editor form <-> record input', () => {
  for (const kind of KINDS) {
    it(`gives back the same ${kind} after a trip through the form`, () => {
      for (const input of [fixtures[kind](), TEMPLATE_EXAMPLES[kind]]) {
        const data = parseRecord(kind, input);
        const again = parseRecord(kind, formToInput(kind, dataToForm(kind, data as unknown as Record<string, unknown>)));
        assert.deepEqual(again, data);
      }
    });
  }

  it('reads a case form as typed: texts per language, checkboxes, lines, rows, yes/no', () => {
    const form: FormValues = {
      _csrf: 'x', note: 'first',
      externalId: '  ', 'title.en': ' State v. X.Y. ', 'title.fr': '', 'title.ar': 'الدولة ضد س.ص.', originalLanguage: 'en',
      country: 'NGA', jurisdiction: '', court: 'Federal High Court', courtLevel: 'first_instance', courtType: '', decisionDate: '2020-01-02',
      crimeTypes: 'trafficking_in_persons', acts: ['recruitment', 'harbouring'], means: [], scope: 'unknown',
      'victims.0.initials': '', 'victims.0.sex': 'female', 'victims.0.ageGroup': 'child', 'victims.0.age': '15', 'victims.0.nationality': 'NGA', 'victims.0.role': '',
      'victims.1.initials': '', 'victims.1.sex': '', 'victims.1.ageGroup': '', 'victims.1.age': '', 'victims.1.nationality': '', 'victims.1.role': '',
      'victims.2.sex': 'male',
      'defendants.0.initials': 'X.Y.', 'defendants.0.charges': 'trafficking; money laundering ;', 'defendants.0.verdict': 'convicted',
      'defendants.0.sentence.prisonMonths': '48', 'defendants.0.sentence.suspended': 'no', 'defendants.0.sentence.fineAmount': '',
      charges: 'Trafficking in persons\r\n\r\n  Laundering of proceeds  \n', keywords: '',
      'sources.0.citation': 'Judgment of 2 January 2020', 'sources.0.url': '',
      'inclusion.allElementsPresent': 'yes', 'inclusion.reason': '',
    };
    assert.deepEqual(formToInput('case', form), {
      title: { en: 'State v. X.Y.', ar: 'الدولة ضد س.ص.' }, originalLanguage: 'en', country: 'NGA', court: 'Federal High Court',
      courtLevel: 'first_instance', decisionDate: '2020-01-02', crimeTypes: ['trafficking_in_persons'], acts: ['recruitment', 'harbouring'], means: [],
      purposes: [], scope: 'unknown', sectors: [],
      victims: [{ sex: 'female', ageGroup: 'child', age: '15', nationality: 'NGA' }, { sex: 'male' }],
      defendants: [{ initials: 'X.Y.', charges: ['trafficking', 'money laundering'], verdict: 'convicted', sentence: { prisonMonths: '48', suspended: false } }],
      charges: ['Trafficking in persons', 'Laundering of proceeds'], proceduralHistory: [],
      factSummary: {}, commentary: {}, significantFeatures: {}, crossCuttingIssues: [], evidentialIssues: [], keywords: [],
      sources: [{ citation: 'Judgment of 2 January 2020' }], legislationApplied: [], articles: [],
      inclusion: { allElementsPresent: true }, sample: false,
    });
  });

  it('lets validation name the required fields of an empty form; court, court level, date and inclusion may be not stated', () => {
    const error = (() => { try { parseRecord('case', formToInput('case', {})); } catch (caught) { return caught as ValidationError; } })();
    assert.ok(error instanceof ValidationError);
    const fields = error.fields.map((field) => field.field);
    for (const field of ['title', 'originalLanguage', 'crimeTypes']) assert.ok(fields.includes(field), field);
    for (const field of ['court', 'courtLevel', 'decisionDate', 'inclusion.allElementsPresent']) assert.ok(!fields.includes(field), field);
    const minimal = parseRecord('case', formToInput('case', { 'title.en': 'S v X', originalLanguage: 'en', jurisdiction: 'United States of America', crimeTypes: 'trafficking_in_persons', decisionDate: '2010' })) as Record<string, unknown>;
    assert.deepEqual([minimal.country, minimal.countryFromJurisdiction, minimal.decisionDate, minimal.courtLevel, minimal.court, minimal.inclusion], ['USA', true, '2010', 'not_stated', undefined, undefined]);
  });

  it('names the decision when a reason for inclusion is given without it, and refuses a date that is no date', () => {
    const error = (() => { try { parseRecord('case', formToInput('case', { 'title.en': 'S v X', originalLanguage: 'en', country: 'NAM', crimeTypes: 'trafficking_in_persons', 'inclusion.reason': 'Means not proven', decisionDate: '2010-13' })); } catch (caught) { return caught as ValidationError; } })();
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.fields.map((field) => `${field.field}: ${field.message}`).sort(), ['decisionDate: error.partial_date_format', 'inclusion.allElementsPresent: error.required']);
  });

  it('reads legislation (years, provisions with their texts and checkboxes) and publications (codes, lines)', () => {
    const law = formToInput('legislation', {
      country: 'THA', 'title.en': 'Act', originalLanguage: 'en', yearAdopted: '2008', yearsAmended: '2015, 2017;2019', status: 'amended',
      'provisions.0.number': '6', 'provisions.0.text.en': 'Whoever ...', 'provisions.0.articles': ['tip.3', 'tip.5'], 'provisions.0.themes': 'definition',
      'provisions.1.number': '', 'provisions.1.text.en': '',
    });
    assert.deepEqual(law.yearsAmended, ['2015', '2017', '2019']);
    assert.deepEqual(law.provisions, [{ number: '6', heading: {}, text: { en: 'Whoever ...' }, articles: ['tip.3', 'tip.5'], themes: ['definition'] }]);
    const publication = formToInput('publication', { authors: 'UNODC\nA. Author', countries: 'NGA, ita  BRA', regions: ['150'], sample: 'yes' });
    assert.deepEqual(publication.authors, ['UNODC', 'A. Author']);
    assert.deepEqual(publication.countries, ['NGA', 'ita', 'BRA']);
    assert.equal(publication.sample, true);
  });

  it('drops empty rows and numbers the others from 0, so that errors point at the rows shown again', () => {
    const form: FormValues = {
      'victims.0.sex': '', 'victims.0.age': '', 'victims.1.sex': 'male', 'victims.2.age': '', 'victims.3.initials': 'Jonathan', court: 'C',
    };
    assert.deepEqual(rowIndexes(form, 'victims'), [1, 3]);
    const compact = compactForm('case', form);
    assert.deepEqual(compact, { 'victims.0.sex': 'male', 'victims.1.initials': 'Jonathan', court: 'C' });
    assert.equal(rowsToShow(compact, 'victims'), 4, 'two filled rows and two empty ones');
    assert.equal(rowsToShow({}, 'victims'), 2);
    const error = (() => { try { parseRecord('case', formToInput('case', compact)); } catch (caught) { return caught as ValidationError; } })()!;
    assert.ok(error.fields.some((field) => field.field === 'victims.1.initials' && field.message === 'error.initials_only'));
  });

  it('shows an error on a list item on the list, and keeps row errors on their cell', () => {
    assert.deepEqual(errorsForControls('case', [
      { field: 'acts.0', message: 'error.not_allowed_value' }, { field: 'legislationApplied.1', message: 'error.unknown_reference' },
      { field: 'victims.0.sex', message: 'error.not_allowed_value' }, { field: 'victims.0', message: 'error.invalid' }, { field: 'title.en', message: 'error.required' },
    ]).map((error) => error.field), ['acts', 'legislationApplied', 'victims.0.sex', 'victims.0', 'title.en']);
  });

  it('calls a number left empty required, and a number mistyped not valid', () => {
    const invalid = (field: string) => ({ field, message: 'error.invalid' });
    assert.deepEqual(errorsForControls('legislation', [invalid('yearAdopted'), invalid('yearInForce')], { yearInForce: 'soon' }).map((error) => error.message), ['error.required', 'error.invalid']);
    assert.deepEqual(errorsForControls('case', [invalid('victims.0.age'), invalid('victims.1')], { 'victims.0.age': ' ' }).map((error) => error.message), ['error.required', 'error.invalid']);
  });
});
