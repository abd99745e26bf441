import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { sql } from 'kysely';
import type { AppDeps, AppEnv, NavProvider } from './core/http/context.ts';
import { installErrorHandling } from './core/http/error-handling.tsx';
import { securityHeaders } from './core/http/security-headers.ts';
import { mountStaticFiles } from './core/http/static-files.ts';
import { AppError } from './core/errors.ts';
import { allows } from './core/access/policy.ts';
import { requestState } from './accounts/request-state.ts';
import { accountRoutes } from './accounts/routes.tsx';
import { accountPolicy } from './accounts/policy.ts';
import { adminRoutes } from './admin/routes.tsx';
import { homeRoutes } from './home/routes.tsx';
import { knowledgeRoutes } from './knowledge/routes.tsx';
import { editorRoutes } from './knowledge/editor/routes.tsx';
import { knowledgePolicy } from './knowledge/policy.ts';
import { openApiDocument } from './openapi.ts';
import { statisticsNavigation, statisticsRoutes } from './statistics/routes.tsx';
import { caseDataNavigation, caseDataRoutes } from './case-data/routes.tsx';
import { programmesNavigation, programmesRoutes } from './programmes/routes.tsx';
import { treatiesNavigation, treatiesRoutes } from './treaties/routes.tsx';
import { reviewNavigation, reviewRoutes } from './implementation-review/routes.tsx';
import { cooperationNavigation, cooperationRoutes } from './cooperation/routes.tsx';

const navigation: NavProvider[] = [
  ({ t }) => [{ href: '/', label: t('nav.home') }, { href: '/knowledge', label: t('nav.knowledge') }],
  ({ t, actor }) => (allows(knowledgePolicy, actor, 'knowledge.viewDrafts') ? [{ href: '/knowledge/editor', label: t('nav.editorial') }] : []),
  statisticsNavigation, caseDataNavigation, programmesNavigation, treatiesNavigation, reviewNavigation, cooperationNavigation,
  ({ t, actor }) => [
    ...(allows(accountPolicy, actor, 'users.list') ? [{ href: '/admin/users', label: t('nav.users') }] : []),
    ...(allows(accountPolicy, actor, 'audit.view') ? [{ href: '/admin/audit', label: t('nav.audit') }] : []),
  ],
];

/** The whole web application: middleware in order, then each capability's router. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  installErrorHandling(app);
  app.use(securityHeaders());
  app.get('/healthz', async (c) => {
    await sql`select 1`.execute(deps.db);
    return c.json({ status: 'ok', database: deps.config.databaseUrl ? 'postgres' : 'pglite' });
  });
  mountStaticFiles(app);
  // Imports accept files up to 50 MB; each use case checks its own smaller limits.
  app.use(bodyLimit({ maxSize: 55 * 1024 * 1024, onError: () => { throw new AppError('payload_too_large', 413, 'error.payload_too_large'); } }));
  app.use(requestState(deps));
  app.use(async (c, next) => {
    const state = c.get('state');
    state.nav = navigation.flatMap((provider) => provider(state));
    await next();
  });
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.route('/', homeRoutes());
  app.route('/', accountRoutes(deps));
  app.route('/', adminRoutes(deps));
  app.route('/', knowledgeRoutes(deps));
  app.route('/', editorRoutes(deps));
  app.route('/', statisticsRoutes(deps));
  app.route('/', caseDataRoutes(deps));
  app.route('/', programmesRoutes(deps));
  app.route('/', treatiesRoutes(deps));
  app.route('/', reviewRoutes(deps));
  app.route('/', cooperationRoutes(deps));
  return app;
}
