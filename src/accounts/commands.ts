import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { cliActor, UsageError } from '../core/cli-support.ts';
import { listUsers } from './repository.ts';
import { presentUser } from './presenters.ts';
import { createUser, requireUserByEmail, resetPassword, setUserDisabled, updateUserGrants } from './service.ts';

export const USERS_USAGE = `ariadne users add EMAIL --name NAME [--role ROLE]... [--country ISO3]... [--password PASSWORD]
ariadne users list [--json]
ariadne users disable EMAIL | enable EMAIL
ariadne users set-role EMAIL --role ROLE [--role ROLE]... [--country ISO3]...
ariadne users reset-password EMAIL [--password PASSWORD]
  Without --password, a password is generated and printed once (or read from ARIADNE_PASSWORD).`;

export async function usersCommand(db: Kysely<Database>, args: string[], print: (line: string) => void): Promise<void> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      name: { type: 'string' }, role: { type: 'string', multiple: true }, country: { type: 'string', multiple: true },
      password: { type: 'string' }, json: { type: 'boolean' },
    },
  });
  const email = positionals[0];
  const needEmail = () => { if (!email) throw new UsageError(`users ${sub} needs an e-mail address`); return email; };
  const grants = { roles: values.role ?? [], countries: (values.country ?? []).join(',') };
  switch (sub) {
    case 'add': {
      if (!values.name) throw new UsageError('users add needs --name "Full Name"');
      const { password, generated } = choosePassword(values.password);
      const user = await createUser(db, cliActor(), { email: needEmail(), displayName: values.name, password, grants });
      print(`created user ${user.id} ${user.email}${generated ? ` with password: ${password}` : ''}`);
      return;
    }
    case 'list': {
      const users = await listUsers(db);
      if (values.json) { print(JSON.stringify(users.map(presentUser), null, 2)); return; }
      if (!users.length) { print('no accounts yet: create one with ariadne users add EMAIL --name NAME --role admin'); return; }
      for (const user of users) {
        const roles = user.grants.map((grant) => grant.role + (grant.countries ? `(${grant.countries.join(',')})` : '')).join(' ') || '-';
        print(`${String(user.id).padStart(4)}  ${user.email.padEnd(32)} ${user.disabledAt ? 'disabled' : 'active  '}  ${roles}`);
      }
      return;
    }
    case 'disable':
    case 'enable': {
      const user = await requireUserByEmail(db, needEmail());
      await setUserDisabled(db, cliActor(), user.id, sub === 'disable');
      print(`${sub}d ${user.email}`);
      return;
    }
    case 'set-role': {
      if (!values.role?.length) throw new UsageError('users set-role needs at least one --role');
      const user = await requireUserByEmail(db, needEmail());
      const updated = await updateUserGrants(db, cliActor(), user.id, { grants });
      print(`${updated.email}: ${updated.grants.map((grant) => grant.role + (grant.countries ? `(${grant.countries.join(',')})` : '')).join(' ')}`);
      return;
    }
    case 'reset-password': {
      const user = await requireUserByEmail(db, needEmail());
      const { password, generated } = choosePassword(values.password);
      await resetPassword(db, cliActor(), user.id, password);
      print(`new password set for ${user.email}${generated ? `: ${password}` : ''}; their sessions were ended`);
      return;
    }
    default:
      throw new UsageError(`unknown users command "${sub ?? ''}"\n${USERS_USAGE}`);
  }
}

function choosePassword(given: string | undefined): { password: string; generated: boolean } {
  const password = given ?? process.env.ARIADNE_PASSWORD;
  if (password) return { password, generated: false };
  return { password: randomBytes(12).toString('base64url'), generated: true };
}
