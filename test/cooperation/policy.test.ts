import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../src/core/access/actor.ts';
import type { Role } from '../../src/core/access/roles.ts';
import { allows } from '../../src/core/access/policy.ts';
import { cooperationPolicy } from '../../src/cooperation/policy.ts';
import { TRANSITIONS, transitionsFor } from '../../src/cooperation/transitions.ts';
import { STATUSES } from '../../src/cooperation/vocabulary.ts';

const user = (role: Role, countries: string[] | null = null): Actor => ({ kind: 'user', id: 1, email: 'x@example.org', displayName: 'x', grants: [{ role, countries }] });
const ITALY = user('central_authority', ['ITA']);
const NIGERIA = user('central_authority', ['NGA']);
const SPAIN = user('central_authority', ['ESP']);
const ADMIN = user('admin');
const request = (status: string) => ({ requesting_country: 'ITA', requested_country: 'NGA', status });

describe('cooperation policy', () => {
  it('lets only central authorities and admins into the capability, and only authorities draft', () => {
    const table = { ITALY, SPAIN, ADMIN, editor: user('editor'), reviewer: user('reviewer'), focal: user('focal_point', ['NGA']), analyst: user('analyst'), researcher: user('researcher'), programme: user('programme_officer'), anonymous: { kind: 'anonymous' } as Actor };
    const use = Object.fromEntries(Object.entries(table).map(([name, actor]) => [name, allows(cooperationPolicy, actor, 'cooperation.use')]));
    assert.deepEqual(use, { ITALY: true, SPAIN: true, ADMIN: true, editor: false, reviewer: false, focal: false, analyst: false, researcher: false, programme: false, anonymous: false });
    const create = Object.fromEntries(Object.entries(table).map(([name, actor]) => [name, allows(cooperationPolicy, actor, 'cooperation.create')]));
    assert.deepEqual(create, { ITALY: true, SPAIN: true, ADMIN: false, editor: false, reviewer: false, focal: false, analyst: false, researcher: false, programme: false, anonymous: false });
  });

  it('shows a draft to its requesting side (and admins) only, and a sent request to both sides', () => {
    const view = (actor: Actor, status: string) => allows(cooperationPolicy, actor, 'cooperation.view', request(status));
    assert.deepEqual(STATUSES.map((status) => [status, view(ITALY, status), view(NIGERIA, status), view(SPAIN, status), view(ADMIN, status)]), [
      ['drafted', true, false, false, true],
      ['sent', true, true, false, true],
      ['received', true, true, false, true],
      ['in_execution', true, true, false, true],
      ['executed', true, true, false, true],
      ['refused', true, true, false, true],
      ['withdrawn', true, true, false, true],
    ]);
  });

  it('lets the requesting side edit until the request is closed; nobody else', () => {
    const edit = (actor: Actor, status: string) => allows(cooperationPolicy, actor, 'cooperation.edit', request(status));
    assert.deepEqual(STATUSES.filter((status) => edit(ITALY, status)), ['drafted', 'sent', 'received', 'in_execution']);
    for (const actor of [NIGERIA, SPAIN, ADMIN]) assert.deepEqual(STATUSES.filter((status) => edit(actor, status)), []);
  });

  it('gives each side its own transitions, and closed requests none', () => {
    const to = (actor: Actor, status: string) => TRANSITIONS.filter((t) => t.from === status).map((t) => t.to)
      .filter((target) => allows(cooperationPolicy, actor, 'cooperation.transition', { request: request(status), to: target }));
    assert.deepEqual(to(ITALY, 'drafted'), ['sent', 'withdrawn']);
    assert.deepEqual(to(NIGERIA, 'drafted'), []);
    assert.deepEqual(to(NIGERIA, 'sent'), ['received', 'refused']);
    assert.deepEqual(to(ITALY, 'sent'), ['withdrawn']);
    assert.deepEqual(to(NIGERIA, 'received'), ['in_execution', 'executed', 'refused']);
    assert.deepEqual(to(NIGERIA, 'in_execution'), ['executed', 'refused']);
    for (const status of ['executed', 'refused', 'withdrawn']) {
      assert.deepEqual(transitionsFor(status, new Set(['requesting', 'requested'])), []);
    }
    for (const status of STATUSES) assert.deepEqual(to(SPAIN, status), [], `Spain at ${status}`);
    for (const status of STATUSES) assert.deepEqual(to(ADMIN, status), [], `admin at ${status}`);
  });
});
