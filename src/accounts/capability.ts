import type { Capability } from '../core/capability.ts';
import { accountRoutes } from './routes.tsx';
import { accountsApiPaths } from './api-docs.ts';

/** Signing in and out, the account page and API tokens. */
export const accountsCapability: Capability = {
  name: 'accounts',
  messages: [new URL('./messages/', import.meta.url)],
  routes: (deps) => [accountRoutes(deps)],
  apiPaths: accountsApiPaths,
};
