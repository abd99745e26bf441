import type { Capability } from '../core/capability.ts';
import { caseDataNavigation, caseDataRoutes } from './routes.tsx';
import { caseDataCli } from './commands.ts';
import { loadCaseDataSamples } from './samples.ts';
import { caseDataApiPaths } from './api-docs.ts';

/** The national case-level database (HTCDS 2.0) and its roll-up into the questionnaire. */
export const caseDataCapability: Capability = {
  name: 'case-data',
  messages: [new URL('./messages/', import.meta.url)],
  routes: (deps) => [caseDataRoutes(deps)],
  navigation: caseDataNavigation,
  cli: caseDataCli,
  samples: { label: 'case-level records', load: loadCaseDataSamples },
  apiPaths: caseDataApiPaths,
};
