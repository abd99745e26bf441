import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allows } from '../../src/core/access/policy.ts';
import { ANONYMOUS, type Actor } from '../../src/core/access/actor.ts';
import { ROLES, type Role } from '../../src/core/access/roles.ts';
import { programmesPolicy, type ProgrammesAction } from '../../src/programmes/policy.ts';
import { isOverdue, progressOf } from '../../src/programmes/action-plans.ts';

const userWith = (role: Role): Actor => ({ kind: 'user', id: 1, email: `${role}@example.org`, displayName: role, grants: [{ role, countries: role === 'focal_point' || role === 'central_authority' ? ['MWI'] : null }] });

// Who may do what: role x action x expected. Public: reports and aggregates; officers: the rest.
const EXPECTED: Record<ProgrammesAction, (Role | 'anonymous')[]> = {
  'programmes.viewReports': ['anonymous', ...ROLES],
  'programmes.viewUnpublished': ['programme_officer'],
  'programmes.viewParticipants': ['programme_officer'],
  'programmes.edit': ['programme_officer'],
  'programmes.import': ['programme_officer'],
};

describe('programmes policy', () => {
  for (const [action, allowed] of Object.entries(EXPECTED) as [ProgrammesAction, (Role | 'anonymous')[]][]) {
    it(`${action}: ${allowed.join(', ')}`, () => {
      assert.equal(allows(programmesPolicy, ANONYMOUS, action), allowed.includes('anonymous'), 'anonymous');
      for (const role of ROLES) assert.equal(allows(programmesPolicy, userWith(role), action), allowed.includes(role), role);
    });
  }

  it('an action missing from the table is denied', () => {
    assert.equal(allows(programmesPolicy, userWith('programme_officer'), 'programmes.delete' as ProgrammesAction), false);
  });
});

describe('action plan progress', () => {
  it('measures the share of the way from baseline to target, capped at 0 and 1', () => {
    assert.equal(progressOf(10, 110, null), 0);
    assert.equal(progressOf(10, 110, 60), 0.5);
    assert.equal(progressOf(10, 110, 200), 1);
    assert.equal(progressOf(10, 110, 0), 0);
    assert.equal(progressOf(40, 10, 25), 0.5, 'a target below the baseline is a decrease');
    assert.equal(progressOf(5, 5, 5), 1);
  });

  it('a target is overdue when its date has passed unachieved', () => {
    assert.equal(isOverdue('2021-06-30', false, '2021-07-01'), true);
    assert.equal(isOverdue('2021-06-30', true, '2021-07-01'), false);
    assert.equal(isOverdue('2021-07-01', false, '2021-07-01'), false);
  });
});

describe('report filters from the query string', () => {
  it('reads a year, dates, programmes and countries; an unknown country selects nothing rather than everything', async () => {
    const { filterFromQuery, filterQuery } = await import('../../src/programmes/filters.ts');
    assert.deepEqual(filterFromQuery({ year: ['2021'], programme: ['GLOT59'], country: ['mwi, BRA'] }), { from: '2021-01-01', to: '2021-12-31', programmes: ['GLOT59'], countries: ['MWI', 'BRA'] });
    assert.deepEqual(filterFromQuery({ country: ['XXX'] }, { defaultPeriod: 'all' }).countries, ['XXX']);
    assert.deepEqual(filterFromQuery({ country: ['MW'] }, { defaultPeriod: 'all' }).countries, ['MWI'], 'alpha-2 is understood');
    assert.deepEqual(filterFromQuery({}, { today: new Date('2026-03-01') }), { from: '2025-01-01', to: '2025-12-31', programmes: [], countries: [] });
    assert.deepEqual(filterFromQuery({}, { defaultYear: 2019, today: new Date('2026-03-01') }), { from: '2019-01-01', to: '2019-12-31', programmes: [], countries: [] }, 'the latest year with records, when given');
    assert.deepEqual(filterFromQuery({ from: ['2021-06-01'], to: ['2021-01-01'] }), { from: '2021-01-01', to: '2021-06-01', programmes: [], countries: [] });
    assert.equal(filterQuery({ from: '2021-01-01', to: '2021-12-31', programmes: ['GLO.ACT'], countries: ['NER'] }, { types: ['training'] }), 'year=2021&programme=GLO.ACT&country=NER&type=training');
  });
});
