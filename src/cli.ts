import { loadConfig } from './core/config.ts';
import { openConfiguredDatabase } from './core/db/open.ts';
import { migrate } from './core/db/migrate.ts';
import { verifyAuditChain } from './core/audit/verify.ts';
import { describeError, UsageError } from './core/cli-support.ts';
import { usersCommand, USERS_USAGE } from './accounts/commands.ts';
import { loadSampleData } from './samples.ts';
import { exportCommand, importCommand, KNOWLEDGE_USAGE } from './knowledge/commands.ts';

const USAGE = `Usage: ariadne <command>
  migrate                 apply the database migrations
  seed                    load the sample data (skips what exists)
  audit verify            check that no audit entry was altered or removed
  users ...               manage accounts:
${USERS_USAGE.replace(/^/gm, '    ')}
  import / export ...     the knowledge portal's records:
${KNOWLEDGE_USAGE.replace(/^/gm, '    ')}
Configuration: DATA_DIR (embedded database, default ./data) or DATABASE_URL (PostgreSQL).`;

/** Runs one command; returns the exit code. Output goes through print, errors through printError. */
export async function runCli(argv: string[], print = console.log, printError = console.error): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    print(USAGE);
    return command ? 0 : 2;
  }
  const known = ['migrate', 'seed', 'audit', 'users', 'import', 'export'];
  if (!known.includes(command)) {
    printError(`ariadne: unknown command "${command}" (try: ariadne help)`);
    return 2;
  }
  let database;
  try {
    database = await openConfiguredDatabase(loadConfig(), { migrate: command !== 'migrate' });
  } catch (error) {
    printError(`ariadne: ${describeError(error)}`);
    return 1;
  }
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrate(database.db);
        print(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
        return 0;
      }
      case 'seed': {
        const result = await loadSampleData(database.db, { password: process.env.SAMPLE_PASSWORD });
        print(result.usersCreated.length ? `created ${result.usersCreated.length} sample accounts with password: ${result.password}` : 'sample accounts already present');
        print(result.knowledgeRecords ? `loaded ${result.knowledgeRecords} sample knowledge records` : 'sample knowledge records already present');
        return 0;
      }
      case 'audit': {
        if (args[0] !== 'verify') throw new UsageError('usage: ariadne audit verify');
        const result = await verifyAuditChain(database.db);
        if (result.ok) { print(`audit log intact: ${result.entries} entries verified`); return 0; }
        printError(`ariadne: AUDIT LOG TAMPERED: ${result.message} (${result.entries} entries before it verified)`);
        return 3;
      }
      case 'users':
        await usersCommand(database.db, args, print);
        return 0;
      case 'import':
        await importCommand(database.db, args, print);
        return 0;
      case 'export':
        await exportCommand(database.db, args, print);
        return 0;
    }
    return 2;
  } catch (error) {
    printError(`ariadne: ${describeError(error)}`);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    await database.close();
  }
}

const isEntryPoint = process.argv[1] && /(ariadne(\.mjs)?|cli\.ts)$/.test(process.argv[1]);
if (isEntryPoint) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
