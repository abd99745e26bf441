import type { Capability } from '../core/capability.ts';
import { programmesNavigation, programmesRoutes } from './routes.tsx';
import { programmesCli } from './commands.ts';
import { loadProgrammesSamples } from './samples.ts';
import { programmesApiPaths } from './api-docs.ts';

/** Programme monitoring: programmes, activities, outcomes, action plans and the impact computed from them. */
export const programmesCapability: Capability = {
  name: 'programmes',
  messages: [new URL('./messages/', import.meta.url)],
  routes: (deps) => [programmesRoutes(deps)],
  navigation: programmesNavigation,
  cli: programmesCli,
  samples: { label: 'programme records', load: loadProgrammesSamples },
  apiPaths: programmesApiPaths,
};
