import { Hono } from 'hono';
import { z } from 'zod';
import type { AppContext, AppDeps, AppEnv } from '../core/http/context.ts';
import { formErrors, formList, formText, readForm } from '../core/http/forms.ts';
import { renderPage } from '../core/http/render.ts';
import { authorize } from '../core/access/policy.ts';
import { notFound, type FieldError } from '../core/errors.ts';
import { emptyAsUndefined, isoDateField, optionalText, parseInput } from '../core/validation.ts';
import { listAuditActions, listAuditEntries } from '../core/audit/query.ts';
import { accountPolicy } from '../accounts/policy.ts';
import { getUser, listUsers } from '../accounts/repository.ts';
import { presentUser } from '../accounts/presenters.ts';
import { createUser, setUserDisabled, updateUserGrants } from '../accounts/service.ts';
import { UsersPage, type NewUserForm } from './views/users-page.tsx';
import { UserPage } from './views/user-page.tsx';
import { AuditPage } from './views/audit-page.tsx';

const auditFilterInput = z.object({
  actor: optionalText(200),
  action: optionalText(100),
  entityType: optionalText(100),
  entityId: optionalText(100),
  from: emptyAsUndefined(isoDateField.optional()),
  to: emptyAsUndefined(isoDateField.optional()),
  before: emptyAsUndefined(z.coerce.number().int().positive().optional()),
});

const userListInput = z.object({
  q: z.string().trim().max(200).optional(),
  role: z.string().trim().max(50).optional(),
  status: z.enum(['active', 'disabled', '']).optional(),
  page: emptyAsUndefined(z.coerce.number().int().min(1).max(100_000).optional()),
});
export const USERS_PER_PAGE = 100;

export function adminRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/admin/users', async (c) => renderUsers(c, { email: '', displayName: '', roles: [], countries: '' }, []));

  app.post('/admin/users', async (c) => {
    const state = c.get('state');
    authorize(accountPolicy, state.actor, 'users.create');
    const form = await readForm(c);
    const input: NewUserForm = { email: formText(form, 'email'), displayName: formText(form, 'displayName'), roles: formList(form, 'roles'), countries: formText(form, 'countries') };
    try {
      const user = await createUser(deps.db, state.actor, { ...input, password: formText(form, 'password'), grants: { roles: input.roles, countries: input.countries } });
      return c.redirect(`/admin/users/${user.id}?done=created`, 303);
    } catch (error) {
      return renderUsers(c, input, flattenGrantErrors(formErrors(error)), 422);
    }
  });

  app.get('/admin/users/:id', async (c) => renderUser(c, Number(c.req.param('id')), [], c.req.query('done')));

  app.post('/admin/users/:id/roles', async (c) => {
    const state = c.get('state');
    const id = Number(c.req.param('id'));
    const form = await readForm(c);
    try {
      await updateUserGrants(deps.db, state.actor, id, { grants: { roles: formList(form, 'roles'), countries: formText(form, 'countries') } });
      return c.redirect(`/admin/users/${id}?done=roles_saved`, 303);
    } catch (error) {
      return renderUser(c, id, flattenGrantErrors(formErrors(error)), undefined, 422);
    }
  });

  app.post('/admin/users/:id/disable', async (c) => {
    const id = Number(c.req.param('id'));
    await setUserDisabled(deps.db, c.get('state').actor, id, true);
    return c.redirect(`/admin/users/${id}?done=disabled`, 303);
  });

  app.post('/admin/users/:id/enable', async (c) => {
    const id = Number(c.req.param('id'));
    await setUserDisabled(deps.db, c.get('state').actor, id, false);
    return c.redirect(`/admin/users/${id}?done=enabled`, 303);
  });

  app.get('/admin/audit', async (c) => {
    const state = c.get('state');
    authorize(accountPolicy, state.actor, 'audit.view');
    const raw = c.req.query();
    let errors: FieldError[] = [];
    let filter: z.infer<typeof auditFilterInput> = {};
    try {
      filter = parseInput(auditFilterInput, raw);
    } catch (error) {
      errors = formErrors(error);
    }
    const [entries, choices] = await Promise.all([
      listAuditEntries(deps.db, { ...filter, beforeSeq: filter.before, limit: 50 }),
      listAuditActions(deps.db),
    ]);
    return renderPage(c, <AuditPage state={state} entries={entries} choices={choices} filter={raw} errors={errors} />, errors.length ? 422 : 200);
  });

  app.get('/api/admin/users', async (c) => {
    authorize(accountPolicy, c.get('state').actor, 'users.list');
    const filter = parseInput(userListInput, c.req.query());
    const users = await listUsers(deps.db, { query: filter.q, role: filter.role, status: filter.status || undefined });
    return c.json({ users: users.map(presentUser) });
  });

  app.post('/api/admin/users', async (c) => {
    const body = await c.req.json().catch(() => null);
    const user = await createUser(deps.db, c.get('state').actor, body);
    return c.json(presentUser(user), 201);
  });

  app.get('/api/admin/audit', async (c) => {
    authorize(accountPolicy, c.get('state').actor, 'audit.view');
    const filter = parseInput(auditFilterInput, c.req.query());
    const entries = await listAuditEntries(deps.db, { ...filter, beforeSeq: filter.before, limit: 200 });
    return c.json({ entries });
  });

  async function renderUsers(c: AppContext, input: NewUserForm, errors: FieldError[], status: 200 | 422 = 200) {
    const state = c.get('state');
    authorize(accountPolicy, state.actor, 'users.list');
    const filter = parseInput(userListInput, c.req.query());
    const page = filter.page ?? 1;
    const users = await listUsers(deps.db, { query: filter.q, role: filter.role, status: filter.status || undefined, limit: USERS_PER_PAGE + 1, offset: (page - 1) * USERS_PER_PAGE });
    const hasNext = users.length > USERS_PER_PAGE;
    return renderPage(c, <UsersPage state={state} users={users.slice(0, USERS_PER_PAGE)} filter={filter} page={page} hasNext={hasNext} input={input} errors={errors} />, status);
  }

  async function renderUser(c: AppContext, id: number, errors: FieldError[], notice?: string, status: 200 | 422 = 200) {
    const state = c.get('state');
    authorize(accountPolicy, state.actor, 'users.list');
    const user = Number.isInteger(id) ? await getUser(deps.db, id) : undefined;
    if (!user) throw notFound();
    return renderPage(c, <UserPage state={state} user={user} errors={errors} notice={notice} />, status);
  }

  return app;
}

/** Errors on "grants.countries" are shown on the countries field of the form. */
function flattenGrantErrors(errors: FieldError[]): FieldError[] {
  return errors.map((error) => ({ ...error, field: error.field.replace(/^grants\./, '') }));
}
