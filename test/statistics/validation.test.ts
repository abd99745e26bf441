import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateQuestionnaire } from '../../src/statistics/validation.ts';
import { parseValueText, type StatValue } from '../../src/statistics/values.ts';
import type { CellKey } from '../../src/statistics/values.ts';

const value = (cell: Partial<CellKey>, text: string, notes = ''): StatValue => {
  const parsed = parseValueText(text);
  assert.ok(parsed && !('error' in parsed));
  return { indicator: 'detected_victims', dimension: 'total', category: 'total', sex: 'total', age: 'total', ...cell, ...parsed, source: 'Police', notes };
};

describe('questionnaire validation', () => {
  it('reads counts with thousands separators, <5 and the words for missing values; refuses impossible entries', () => {
    assert.deepEqual(parseValueText('1,282'), { state: 'number', value: 1282 });
    assert.deepEqual(parseValueText('0'), { state: 'number', value: 0 }, 'zero is a number');
    assert.deepEqual(parseValueText('<5'), { state: 'suppressed', value: null });
    assert.deepEqual(parseValueText('not available'), { state: 'not_available', value: null });
    assert.deepEqual(parseValueText('not applicable'), { state: 'not_applicable', value: null });
    assert.equal(parseValueText(''), null);
    assert.deepEqual(parseValueText('-2'), { error: 'statistics.error.negative' });
    assert.deepEqual(parseValueText('2.5'), { error: 'statistics.error.not_integer' });
    assert.deepEqual(parseValueText('many'), { error: 'statistics.error.not_a_count' });
    assert.deepEqual(parseValueText('12,34'), { error: 'statistics.error.not_integer' });
    assert.deepEqual(parseValueText('20000000'), { error: 'statistics.error.implausible' });
  });

  it('checks breakdowns against totals, counting <5 as 1 to 4', () => {
    const base = [value({}, '10'), value({ sex: 'female' }, '6'), value({ sex: 'male' }, '<5'), value({ sex: 'other' }, '0'), value({ sex: 'unknown' }, '0')];
    assert.deepEqual(validateQuestionnaire(base).errors, [], '6 + (1..4) can be 10');
    const short = validateQuestionnaire([value({}, '11'), ...base.slice(1)]);
    assert.deepEqual(short.errors.map((issue) => [issue.message, issue.params.sum]), [['statistics.error.breakdown_short_of_total', '7-10']]);
    const over = validateQuestionnaire([value({}, '6'), ...base.slice(1)]);
    assert.deepEqual(over.errors.map((issue) => issue.message), ['statistics.error.breakdown_exceeds_total']);
    const incomplete = validateQuestionnaire([value({}, '50'), value({ sex: 'female' }, '6')]);
    assert.deepEqual(incomplete.errors, [], 'an incomplete breakdown may be below the total');
    const forms = validateQuestionnaire([value({}, '10'), value({ dimension: 'form', category: 'sexual_exploitation' }, '8'), value({ dimension: 'form', category: 'forced_labour' }, '5')]);
    assert.deepEqual(forms.errors.map((issue) => issue.message), ['statistics.error.breakdown_exceeds_total']);
    const offences = validateQuestionnaire([value({ indicator: 'offences', sex: 'female' }, '3')]);
    assert.deepEqual(offences.errors.map((issue) => issue.message), ['statistics.error.offences_have_no_sex_or_age']);
  });

  it('warns of a big change against the previous year until a note explains it', () => {
    const previous = [value({}, '100')];
    const jump = validateQuestionnaire([value({}, '260')], previous);
    assert.equal(jump.warnings.length, 1);
    assert.equal(jump.unexplained.length, 1);
    assert.equal(jump.warnings[0].params.change, '+160%');
    const explained = validateQuestionnaire([value({}, '260', 'New national referral mechanism from March')], previous);
    assert.equal(explained.unexplained.length, 0);
    assert.equal(validateQuestionnaire([value({}, '120')], previous).warnings.length, 0, '+20% is not a big change');
  });
});
