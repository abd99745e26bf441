import type { Capability } from '../core/capability.ts';
import { cooperationNavigation, cooperationRoutes } from './routes.tsx';
import { cooperationCli } from './commands.ts';
import { loadCooperationSamples } from './samples.ts';
import { cooperationApiPaths } from './api-docs.ts';

/** International cooperation requests between central authorities. */
export const cooperationCapability: Capability = {
  name: 'cooperation',
  messages: [new URL('./messages/', import.meta.url)],
  routes: (deps) => [cooperationRoutes(deps)],
  navigation: cooperationNavigation,
  cli: cooperationCli,
  samples: { label: 'cooperation requests', load: loadCooperationSamples },
  apiPaths: cooperationApiPaths,
};
