import type { Capability } from '../core/capability.ts';
import { treatiesNavigation, treatiesRoutes } from './routes.tsx';
import { treatiesCli } from './commands.ts';
import { loadTreatiesSamples } from './samples.ts';
import { treatiesApiPaths } from './api-docs.ts';

/** Treaty status: treaty actions and the parties on any date. */
export const treatiesCapability: Capability = {
  name: 'treaties',
  messages: [new URL('./messages/', import.meta.url)],
  routes: (deps) => [treatiesRoutes(deps)],
  navigation: treatiesNavigation,
  cli: treatiesCli,
  samples: { label: 'treaty records', load: loadTreatiesSamples },
  apiPaths: treatiesApiPaths,
};
