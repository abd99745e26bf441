import { loadConfig } from './core/config.ts';
import { openConfiguredDatabase } from './core/db/open.ts';
import { migrate } from './core/db/migrate.ts';
import { verifyAuditChain } from './core/audit/verify.ts';
import { describeError, UsageError, type CapabilityCli } from './core/cli-support.ts';
import { usersCommand, USERS_USAGE } from './accounts/commands.ts';
import { loadSampleData } from './samples.ts';
import { CAPABILITIES, prepareCapabilities } from './capabilities.ts';

const CAPABILITY_CLIS: CapabilityCli[] = CAPABILITIES.flatMap((capability) => (capability.cli ? [capability.cli] : []));

const USAGE = `Usage: ariadne <command>
  migrate                 apply the database migrations
  seed                    load the sample data (skips what exists)
  audit verify            check that no audit entry was altered or removed
  users ...               manage accounts:
${USERS_USAGE.replace(/^/gm, '    ')}
  import / export ...     records of each capability, by kind:
${CAPABILITY_CLIS.map((cli) => cli.usage).filter(Boolean).join('\n').replace(/^/gm, '    ')}
Configuration: DATA_DIR (embedded database, default ./data) or DATABASE_URL (PostgreSQL).`;

/** Runs one command; returns the exit code. Output goes through print, errors through printError. */
export async function runCli(argv: string[], print = console.log, printError = console.error): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    print(USAGE);
    return command ? 0 : 2;
  }
  const commands = Object.assign({}, ...CAPABILITY_CLIS.map((cli) => cli.commands)) as CapabilityCli['commands'];
  const known = ['migrate', 'seed', 'audit', 'users', 'import', 'export', ...Object.keys(commands)];
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
    if (command !== 'migrate') await prepareCapabilities(database.db, printError);
    switch (command) {
      case 'migrate': {
        const applied = await migrate(database.db);
        print(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
        return 0;
      }
      case 'seed': {
        const result = await loadSampleData(database.db, { password: process.env.SAMPLE_PASSWORD });
        print(result.usersCreated.length ? `created ${result.usersCreated.length} sample accounts with password: ${result.password}` : 'sample accounts already present');
        for (const [label, count] of Object.entries(result.records)) print(count ? `loaded ${count} sample ${label}` : `sample ${label} already present`);
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
      case 'export': {
        const handlers = Object.assign({}, ...CAPABILITY_CLIS.map((cli) => (command === 'import' ? cli.imports : cli.exports))) as CapabilityCli['imports'];
        const handler = handlers[args[0] ?? ''];
        if (!handler) throw new UsageError(`usage: ariadne ${command} <kind> ..., where kind is one of: ${Object.keys(handlers).join(', ')}`);
        await handler(database.db, args, print);
        return 0;
      }
    }
    await commands[command](database.db, args, print);
    return 0;
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
