import type { FieldError } from '../../core/errors.ts';
import type { RequestState } from '../../core/http/context.ts';
import { CsrfField, ErrorSummary, Field } from '../../core/http/components.tsx';
import { Layout } from '../../core/http/layout.tsx';
import { ROLES } from '../../core/access/roles.ts';
import type { UserRecord } from '../../accounts/repository.ts';
import { RoleFields } from './role-fields.tsx';
import { grantSummary } from './grant-summary.ts';

export interface NewUserForm { email: string; displayName: string; roles: string[]; countries: string }

export function UsersPage(props: {
  state: RequestState; users: UserRecord[]; filter: { q?: string; role?: string; status?: string };
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
