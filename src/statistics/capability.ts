import type { Capability } from '../core/capability.ts';
import { statisticsNavigation, statisticsRoutes } from './routes.tsx';
import { statisticsCli } from './commands.ts';
import { loadStatisticsSamples } from './samples.ts';
import { statisticsApiPaths } from './api-docs.ts';

/** Crime statistics: the annual questionnaire, the published long format, the analysis. */
export const statisticsCapability: Capability = {
  name: 'statistics',
  messages: [new URL('./messages/', import.meta.url)],
  routes: (deps) => [statisticsRoutes(deps)],
  navigation: statisticsNavigation,
  cli: statisticsCli,
  samples: { label: 'statistics records', load: loadStatisticsSamples },
  apiPaths: statisticsApiPaths,
};
