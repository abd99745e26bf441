import type { Capability } from '../core/capability.ts';
import { reviewNavigation, reviewRoutes } from './routes.tsx';
import { loadReviewSamples } from './samples.ts';

/** Implementation review: question banks per treaty and cycle, countries' self-assessments, reviewers' comments. */
export const reviewCapability: Capability = {
  name: 'implementation-review',
  messages: [new URL('./messages/', import.meta.url)],
  routes: (deps) => [reviewRoutes(deps)],
  navigation: reviewNavigation,
  samples: { label: 'implementation review records', load: loadReviewSamples },
};
