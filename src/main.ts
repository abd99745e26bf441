import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { loadConfig } from './core/config.ts';
import { openConfiguredDatabase } from './core/db/open.ts';
import { redactUrl } from './core/db/connect.ts';
import { instanceSecret } from './core/auth/secrets.ts';
import { createApp } from './app.ts';
import { databaseIsEmpty, loadSampleData } from './samples.ts';
import { facetIndexFor } from './knowledge/search/facet-index.ts';
import { prepareCapabilities } from './capabilities.ts';

async function main() {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  const where = config.databaseUrl ? `PostgreSQL at ${redactUrl(config.databaseUrl)}` : `embedded PGlite in ${config.dataDir}`;
  await prepareCapabilities(database.db, (line) => console.log(line));

  if (config.sampleData && (await databaseIsEmpty(database.db))) {
    const result = await loadSampleData(database.db, { password: process.env.SAMPLE_PASSWORD });
    for (const [label, count] of Object.entries(result.records)) if (count) console.log(`Loaded ${count} sample ${label}; each is marked as a sample where it is shown.`);
    if (result.password) {
      const lines = ['Sample accounts (one per role), all with the password below:', ...result.usersCreated.map((email) => `  ${email}`), `Password: ${result.password}`];
      if (!config.databaseUrl) writeFileSync(join(config.dataDir, 'sample-accounts.txt'), `${lines.join('\n')}\n`, { mode: 0o600 });
      console.log(`${lines.join('\n')}\n${config.databaseUrl ? '' : `(also written to ${join(config.dataDir, 'sample-accounts.txt')})`}`);
    }
  }

  const app = createApp({ db: database.db, config, csrfSecret: await instanceSecret(database.db, 'csrf') });
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    console.log(`Ariadne is running at http://localhost:${info.port} on ${where}`);
    // Build the search's facet index now rather than on the first visitor's search.
    facetIndexFor(database.db).catch((error: Error) => console.error(`ariadne: search index: ${error.message}`));
  });
  server.on('error', async (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `ariadne: port ${config.port} is already in use; set PORT to another port` : `ariadne: ${error.message}`);
    await database.close();
    process.exit(1);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`ariadne: ${error.message}`);
  process.exit(1);
});
