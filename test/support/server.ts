import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/core/config.ts';
import { instanceSecret } from '../../src/core/auth/secrets.ts';
import { createUser } from '../../src/accounts/service.ts';
import type { SystemActor } from '../../src/core/access/actor.ts';
import type { TestDatabase } from './databases.ts';

export const TEST_ACTOR: SystemActor = { kind: 'system', label: 'test-setup' };
export const TEST_PASSWORD = 'correct horse battery staple';

export interface RunningServer { baseUrl: string; close(): Promise<void> }

/** The real app over HTTP on a free port, on the given database. */
export async function startServer(database: TestDatabase, env: Record<string, string> = {}): Promise<RunningServer> {
  const config = { ...loadConfig({ ...env }), port: 0 };
  const app = createApp({ db: database.db, config, csrfSecret: await instanceSecret(database.db, 'csrf') });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(); }),
  };
}

/** Creates an account directly through the service (as test set-up), with TEST_PASSWORD. */
export async function addUser(database: TestDatabase, email: string, roles: string[] = [], countries = '') {
  return createUser(database.db, TEST_ACTOR, { email, displayName: email.split('@')[0], password: TEST_PASSWORD, grants: { roles, countries } });
}
