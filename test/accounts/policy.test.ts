import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allows } from '../../src/core/access/policy.ts';
import { ANONYMOUS, type Actor } from '../../src/core/access/actor.ts';
import { ROLES, type Role } from '../../src/core/access/roles.ts';
import { accountPolicy, type AccountAction } from '../../src/accounts/policy.ts';

const user = (id: number, ...roles: Role[]): Actor => ({
  kind: 'user', id, email: `u${id}@example.org`, displayName: `U${id}`,
  grants: roles.map((role) => ({ role, countries: role === 'focal_point' ? ['MWI'] : null })),
});

const ADMIN_ONLY: AccountAction[] = ['users.list', 'users.create', 'users.update', 'audit.view'];
const ANY_SIGNED_IN: AccountAction[] = ['account.view', 'account.changePassword', 'account.manageTokens'];

describe('account and admin policy (role x action x expected)', () => {
  const table: [string, Actor, AccountAction, unknown, boolean][] = [];
  for (const action of [...ADMIN_ONLY, ...ANY_SIGNED_IN]) table.push(['anonymous', ANONYMOUS, action, undefined, false]);
  for (const role of ROLES) {
    for (const action of ADMIN_ONLY) table.push([role, user(1, role), action, undefined, role === 'admin']);
    for (const action of ANY_SIGNED_IN) table.push([role, user(1, role), action, undefined, true]);
    table.push([`${role} disabling someone else`, user(1, role), 'users.disable', { id: 2 }, role === 'admin']);
    table.push([`${role} disabling themselves`, user(1, role), 'users.disable', { id: 1 }, false]);
  }
  table.push(['user without any role', user(1), 'users.list', undefined, false]);
  table.push(['user without any role', user(1), 'account.view', undefined, true]);
  table.push(['command-line operator', { kind: 'system', label: 'cli:root' }, 'users.create', undefined, true]);

  for (const [who, actor, action, resource, expected] of table) {
    it(`${who} ${expected ? 'may' : 'may not'} ${action}`, () => {
      assert.equal(allows(accountPolicy, actor, action, resource), expected);
    });
  }

  it('denies an action that no rule names', () => {
    assert.equal(allows(accountPolicy, user(1, 'admin'), 'users.delete_everything' as AccountAction), false);
  });
});
