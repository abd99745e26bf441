import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allows } from '../../src/core/access/policy.ts';
import type { Actor } from '../../src/core/access/actor.ts';
import type { Role } from '../../src/core/access/roles.ts';
import { reviewPolicy, type ReviewAction } from '../../src/implementation-review/policy.ts';
import { treatiesPolicy, type TreatiesAction } from '../../src/treaties/policy.ts';

const user = (role: Role, countries: string[] | null = null): Actor => ({ kind: 'user', id: 1, email: `${role}@example.org`, displayName: role, grants: [{ role, countries }] });
const ACTORS: Record<string, Actor> = {
  anonymous: { kind: 'anonymous' },
  admin: user('admin'), editor: user('editor'), reviewer: user('reviewer'),
  focalMWI: user('focal_point', ['MWI']), focalNER: user('focal_point', ['NER']),
  programme: user('programme_officer'), analyst: user('analyst'), researcher: user('researcher'),
  authorityITA: user('central_authority', ['ITA']),
};

// Expected answers for a Malawi questionnaire: who may do what (1 = allowed).
const REVIEW_MATRIX: Record<ReviewAction, Record<string, 0 | 1>> = {
  'review.enter':          { anonymous: 0, admin: 1, editor: 0, reviewer: 1, focalMWI: 1, focalNER: 1, programme: 0, analyst: 0, researcher: 0, authorityITA: 0 },
  'review.viewAssessment': { anonymous: 0, admin: 1, editor: 0, reviewer: 1, focalMWI: 1, focalNER: 0, programme: 0, analyst: 0, researcher: 0, authorityITA: 0 },
  'review.answer':         { anonymous: 0, admin: 0, editor: 0, reviewer: 0, focalMWI: 1, focalNER: 0, programme: 0, analyst: 0, researcher: 0, authorityITA: 0 },
  'review.comment':        { anonymous: 0, admin: 0, editor: 0, reviewer: 1, focalMWI: 0, focalNER: 0, programme: 0, analyst: 0, researcher: 0, authorityITA: 0 },
  'review.decide':         { anonymous: 0, admin: 0, editor: 0, reviewer: 1, focalMWI: 0, focalNER: 0, programme: 0, analyst: 0, researcher: 0, authorityITA: 0 },
  'review.dashboard':      { anonymous: 0, admin: 1, editor: 0, reviewer: 1, focalMWI: 0, focalNER: 0, programme: 0, analyst: 0, researcher: 0, authorityITA: 0 },
  'review.manageBank':     { anonymous: 0, admin: 1, editor: 0, reviewer: 0, focalMWI: 0, focalNER: 0, programme: 0, analyst: 0, researcher: 0, authorityITA: 0 },
};

const TREATY_MATRIX: Record<TreatiesAction, Record<string, 0 | 1>> = {
  'treaties.view':       { anonymous: 1, admin: 1, editor: 1, reviewer: 1, focalMWI: 1, focalNER: 1, programme: 1, analyst: 1, researcher: 1, authorityITA: 1 },
  'treaties.addTreaty':  { anonymous: 0, admin: 1, editor: 0, reviewer: 0, focalMWI: 0, focalNER: 0, programme: 0, analyst: 0, researcher: 0, authorityITA: 0 },
  'treaties.editStatus': { anonymous: 0, admin: 1, editor: 1, reviewer: 0, focalMWI: 0, focalNER: 0, programme: 0, analyst: 0, researcher: 0, authorityITA: 0 },
  'treaties.import':     { anonymous: 0, admin: 1, editor: 1, reviewer: 0, focalMWI: 0, focalNER: 0, programme: 0, analyst: 0, researcher: 0, authorityITA: 0 },
};

describe('access matrix', () => {
  for (const [action, expected] of Object.entries(REVIEW_MATRIX) as [ReviewAction, Record<string, 0 | 1>][]) {
    it(`${action} on a Malawi questionnaire`, () => {
      const actual = Object.fromEntries(Object.entries(ACTORS).map(([name, actor]) => [name, allows(reviewPolicy, actor, action, 'MWI') ? 1 : 0]));
      assert.deepEqual(actual, expected);
    });
  }
  for (const [action, expected] of Object.entries(TREATY_MATRIX) as [TreatiesAction, Record<string, 0 | 1>][]) {
    it(action, () => {
      const actual = Object.fromEntries(Object.entries(ACTORS).map(([name, actor]) => [name, allows(treatiesPolicy, actor, action) ? 1 : 0]));
      assert.deepEqual(actual, expected);
    });
  }
  it('denies what the tables do not name, and a focal point without a country', () => {
    assert.equal(allows(reviewPolicy, ACTORS.admin, 'review.delete' as ReviewAction), false);
    assert.equal(allows(reviewPolicy, ACTORS.focalMWI, 'review.answer', undefined), false);
    assert.equal(allows(reviewPolicy, ACTORS.focalMWI, 'review.answer', 'mwi'), true, 'codes are compared in capitals');
  });
});
