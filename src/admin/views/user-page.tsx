import type { FieldError } from '../../core/errors.ts';
import type { RequestState } from '../../core/http/context.ts';
import { CsrfField, ErrorSummary, Notice } from '../../core/http/components.tsx';
import { Layout } from '../../core/http/layout.tsx';
import { allows } from '../../core/access/policy.ts';
import { formatDateTime } from '../../core/i18n/format.ts';
import { accountPolicy } from '../../accounts/policy.ts';
import type { UserRecord } from '../../accounts/repository.ts';
import { RoleFields } from './role-fields.tsx';

const NOTICES = new Set(['created', 'roles_saved', 'disabled', 'enabled']);

export function UserPage(props: { state: RequestState; user: UserRecord; errors: FieldError[]; notice?: string }) {
  const { t, locale, actor } = props.state;
  const { user } = props;
  const countries = [...new Set(user.grants.flatMap((grant) => grant.countries ?? []))].join(', ');
  return (
    <Layout state={props.state} title={user.displayName}>
      <p><a href="/admin/users">{`← ${t('admin.users')}`}</a></p>
      <h1>{user.displayName}</h1>
      {props.notice && NOTICES.has(props.notice) ? <Notice kind="success">{t(`admin.notice.${props.notice}`)}</Notice> : null}
      <dl class="facts">
        <dt>{t('admin.email')}</dt><dd>{user.email}</dd>
        <dt>{t('admin.status')}</dt><dd>{user.disabledAt ? `${t('admin.disabled')} (${formatDateTime(locale, user.disabledAt)})` : t('admin.active')}</dd>
        <dt>{t('admin.created')}</dt><dd>{formatDateTime(locale, user.createdAt)}</dd>
      </dl>
      <section>
        <h2>{t('admin.roles')}</h2>
        <ErrorSummary t={t} errors={props.errors} labels={{ roles: t('admin.roles'), countries: t('admin.countries') }} />
        <form method="post" action={`/admin/users/${user.id}/roles`} class="stack">
          <CsrfField state={props.state} />
          <RoleFields t={t} roles={user.grants.map((grant) => grant.role)} countries={countries} errors={props.errors} />
          <button type="submit" class="primary">{t('admin.save_roles')}</button>
        </form>
      </section>
      <section>
        <h2>{t('admin.access')}</h2>
        {user.disabledAt ? (
          <form method="post" action={`/admin/users/${user.id}/enable`}>
            <CsrfField state={props.state} />
            <button type="submit">{t('admin.enable')}</button>
          </form>
        ) : allows(accountPolicy, actor, 'users.disable', { id: user.id }) ? (
          <form method="post" action={`/admin/users/${user.id}/disable`}>
            <CsrfField state={props.state} />
            <p class="hint">{t('admin.disable_hint')}</p>
            <button type="submit" class="danger">{t('admin.disable')}</button>
          </form>
        ) : <p class="hint">{t('admin.cannot_disable_self')}</p>}
        <p><a href={`/admin/audit?entityType=user&entityId=${user.id}`}>{t('admin.history')}</a></p>
      </section>
    </Layout>
  );
}
