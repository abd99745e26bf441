import type { Capability } from '../core/capability.ts';
import { allows } from '../core/access/policy.ts';
import { accountPolicy } from '../accounts/policy.ts';
import { adminRoutes } from './routes.tsx';
import { adminApiPaths } from './api-docs.ts';

/** The administrators' pages: users and the audit log. */
export const adminCapability: Capability = {
  name: 'admin',
  messages: [new URL('./messages/', import.meta.url)],
  routes: (deps) => [adminRoutes(deps)],
  navigation: ({ t, actor }) => [
    ...(allows(accountPolicy, actor, 'users.list') ? [{ href: '/admin/users', label: t('nav.users') }] : []),
    ...(allows(accountPolicy, actor, 'audit.view') ? [{ href: '/admin/audit', label: t('nav.audit') }] : []),
  ],
  apiPaths: adminApiPaths,
};
