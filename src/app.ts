import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { sql } from 'kysely';
import type { AppDeps, AppEnv, NavProvider } from './core/http/context.ts';
import { installErrorHandling } from './core/http/error-handling.tsx';
import { securityHeaders } from './core/http/security-headers.ts';
import { mountStaticFiles } from './core/http/static-files.ts';
import { AppError } from './core/errors.ts';
import { requestState } from './accounts/request-state.ts';
import { openApiDocument } from './openapi.ts';
import { CAPABILITIES } from './capabilities.ts';

const navigation: NavProvider[] = CAPABILITIES.flatMap((capability) => (capability.navigation ? [capability.navigation] : []));

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
  for (const capability of CAPABILITIES) {
    for (const router of capability.routes?.(deps) ?? []) app.route('/', router);
  }
  return app;
}
