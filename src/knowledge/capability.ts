import type { Capability } from '../core/capability.ts';
import { allows } from '../core/access/policy.ts';
import { knowledgeRoutes } from './routes.tsx';
import { editorRoutes } from './editor/routes.tsx';
import { knowledgePolicy } from './policy.ts';
import { knowledgeCli } from './commands.ts';
import { loadKnowledgeSamples } from './samples.ts';
import { knowledgeApiPaths } from './api-docs.ts';
import { updateSearchDocuments } from './search/document-format.ts';

/** The knowledge portal: case law, legislation and bibliography, and their editorial workflow. */
export const knowledgeCapability: Capability = {
  name: 'knowledge',
  messages: [new URL('./messages/', import.meta.url), new URL('./editor/messages/', import.meta.url)],
  routes: (deps) => [knowledgeRoutes(deps), editorRoutes(deps)],
  navigation: ({ t, actor }) => [
    { href: '/knowledge', label: t('nav.knowledge') },
    ...(allows(knowledgePolicy, actor, 'knowledge.viewDrafts') ? [{ href: '/knowledge/editor', label: t('nav.editorial') }] : []),
  ],
  cli: knowledgeCli,
  samples: { label: 'knowledge records', load: loadKnowledgeSamples },
  prepare: updateSearchDocuments,
  apiPaths: knowledgeApiPaths,
};
