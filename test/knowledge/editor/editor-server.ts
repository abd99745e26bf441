import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/core/config.ts';
import { instanceSecret } from '../../../src/core/auth/secrets.ts';
import { editorRoutes } from '../../../src/knowledge/editor/routes.tsx';
import type { TestDatabase } from '../../support/databases.ts';
import type { RunningServer } from '../../support/server.ts';

/**
 * The real app over HTTP, with the editorial pages: mounted here if src/app.ts does not mount
 * them yet.
 */
export async function startEditorServer(database: TestDatabase): Promise<RunningServer> {
  const config = { ...loadConfig({}), port: 0 };
  const deps = { db: database.db, config, csrfSecret: await instanceSecret(database.db, 'csrf') };
  const app = createApp(deps);
  if (!app.routes.some((route) => route.path === '/knowledge/editor')) app.route('/', editorRoutes(deps));
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(); }),
  };
}
