import type { FieldError } from '../../core/errors.ts';
import type { RequestState } from '../../core/http/context.ts';
import { CsrfField, ErrorSummary, Field } from '../../core/http/components.tsx';
import { Layout } from '../../core/http/layout.tsx';
import { ROLES } from '../../core/access/roles.ts';
import type { UserRecord } from '../../accounts/repository.ts';
import { RoleFields } from './role-fields.tsx';
import { grantSummary } from './grant-summary.ts';
import type { Translate } from '../../core/i18n/i18n.ts';

export interface NewUserForm { email: string; displayName: string; roles: string[]; countries: string }

export function UsersPage(props: {
  state: RequestState; users: UserRecord[]; filter: { q?: string; role?: string; status?: string }; page: number; hasNext: boolean;
  input: NewUserForm; errors: FieldError[];
}) {
  const { t, locale } = props.state;
  const labels = { email: t('admin.email'), displayName: t('admin.display_name'), password: t('admin.initial_password'), roles: t('admin.roles'), countries: t('admin.countries') };
  return (
    <Layout state={props.state} title={t('admin.users')}>
      <h1>{t('admin.users')}</h1>
      <form method="get" action="/admin/users" class="filters">
        <label>{t('admin.search')} <input type="search" name="q" value={props.filter.q ?? ''} /></label>
        <label>{t('admin.role')}
          <select name="role">
            <option value="">{t('admin.any')}</option>
            {ROLES.map((role) => <option value={role} selected={props.filter.role === role}>{t(`role.${role}`)}</option>)}
          </select>
        </label>
        <label>{t('admin.status')}
          <select name="status">
            <option value="">{t('admin.any')}</option>
            <option value="active" selected={props.filter.status === 'active'}>{t('admin.active')}</option>
            <option value="disabled" selected={props.filter.status === 'disabled'}>{t('admin.disabled')}</option>
          </select>
        </label>
        <button type="submit">{t('admin.filter')}</button>
      </form>
      <table class="list" data-testid="users-table">
        <thead><tr><th>{t('admin.display_name')}</th><th>{t('admin.email')}</th><th>{t('admin.roles')}</th><th>{t('admin.status')}</th></tr></thead>
        <tbody>
          {props.users.map((user) => (
            <tr>
              <td><a href={`/admin/users/${user.id}`}>{user.displayName}</a></td>
              <td>{user.email}</td>
              <td>{grantSummary(t, locale, user.grants)}</td>
              <td>{user.disabledAt ? t('admin.disabled') : t('admin.active')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.users.length === 0 ? <p>{t('admin.no_users')}</p> : null}
      <Pager t={t} filter={props.filter} page={props.page} hasNext={props.hasNext} />

      <section id="new-user">
        <h2>{t('admin.create_user')}</h2>
        <ErrorSummary t={t} errors={props.errors} labels={labels} />
        <form method="post" action="/admin/users" class="stack">
          <CsrfField state={props.state} />
          <Field t={t} name="email" type="email" label={labels.email} value={props.input.email} required errors={props.errors} />
          <Field t={t} name="displayName" label={labels.displayName} value={props.input.displayName} required errors={props.errors} />
          <Field t={t} name="password" type="password" label={labels.password} hint={t('account.password_hint')} required autocomplete="new-password" errors={props.errors} />
          <RoleFields t={t} roles={props.input.roles} countries={props.input.countries} errors={props.errors} />
          <button type="submit" class="primary">{t('admin.create_user')}</button>
        </form>
      </section>
    </Layout>
  );
}

function Pager(props: { t: Translate; filter: Record<string, string | number | undefined>; page: number; hasNext: boolean }) {
  if (props.page === 1 && !props.hasNext) return null;
  const link = (page: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(props.filter)) if (value !== undefined && value !== '' && key !== 'page') query.set(key, String(value));
    query.set('page', String(page));
    return `/admin/users?${query}`;
  };
  return (
    <nav class="pager" aria-label={props.t('pager.label')}>
      {props.page > 1 ? <a href={link(props.page - 1)} rel="prev">{props.t('pager.previous')}</a> : null}
      <span>{props.t('pager.page', { page: props.page })}</span>
      {props.hasNext ? <a href={link(props.page + 1)} rel="next">{props.t('pager.next')}</a> : null}
    </nav>
  );
}
