import type { FieldError } from '../../core/errors.ts';
import type { RequestState } from '../../core/http/context.ts';
import { CsrfField, ErrorSummary, Field, Notice } from '../../core/http/components.tsx';
import { Layout } from '../../core/http/layout.tsx';
import { formatDateTime } from '../../core/i18n/format.ts';
import { countryName } from '../../core/geo/countries.ts';
import type { UserRecord } from '../repository.ts';

const NOTICES = new Set(['password_changed', 'token_revoked']);

interface SessionSummary { id: string; created_at: Date; last_seen_at: Date; ip: string | null; user_agent: string | null }
interface TokenSummary { id: number; name: string; token_prefix: string; created_at: Date; last_used_at: Date | null; expires_at: Date | null; revoked_at: Date | null }

export function AccountPage(props: {
  state: RequestState; user: UserRecord; sessions: SessionSummary[]; tokens: TokenSummary[]; currentSessionId: string | null;
  notice?: string; newToken?: string; passwordErrors?: FieldError[]; tokenErrors?: FieldError[];
}) {
  const { t, locale } = props.state;
  const { user } = props;
  return (
    <Layout state={props.state} title={t('account.title')}>
      <h1>{t('account.title')}</h1>
      {props.notice && NOTICES.has(props.notice) ? <Notice kind="success">{t(`account.notice.${props.notice}`)}</Notice> : null}
      <dl class="facts">
        <dt>{t('account.name')}</dt><dd>{user.displayName}</dd>
        <dt>{t('account.email')}</dt><dd>{user.email}</dd>
        <dt>{t('account.roles')}</dt>
        <dd>
          {user.grants.length === 0 ? t('account.no_roles') : (
            <ul class="plain">
              {user.grants.map((grant) => (
                <li>{t(`role.${grant.role}`)}{grant.countries ? ` (${grant.countries.map((code) => countryName(code, locale)).join(', ')})` : ''}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>

      <section>
        <h2>{t('account.change_password')}</h2>
        <ErrorSummary t={t} errors={props.passwordErrors ?? []} labels={{ currentPassword: t('account.current_password'), newPassword: t('account.new_password'), confirmPassword: t('account.confirm_password') }} />
        <form method="post" action="/account/password" class="stack">
          <CsrfField state={props.state} />
          <Field t={t} name="currentPassword" label={t('account.current_password')} type="password" required autocomplete="current-password" errors={props.passwordErrors} />
          <Field t={t} name="newPassword" label={t('account.new_password')} hint={t('account.password_hint')} type="password" required autocomplete="new-password" errors={props.passwordErrors} />
          <Field t={t} name="confirmPassword" label={t('account.confirm_password')} type="password" required autocomplete="new-password" errors={props.passwordErrors} />
          <button type="submit">{t('account.change_password')}</button>
        </form>
      </section>

      <section>
        <h2>{t('account.sessions')}</h2>
        <table>
          <thead><tr><th>{t('account.session_started')}</th><th>{t('account.session_last_seen')}</th><th>{t('account.session_device')}</th></tr></thead>
          <tbody>
            {props.sessions.map((session) => (
              <tr>
                <td>{formatDateTime(locale, session.created_at)}{session.id === props.currentSessionId ? ` (${t('account.this_session')})` : ''}</td>
                <td>{formatDateTime(locale, session.last_seen_at)}</td>
                <td>{session.user_agent ?? '-'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" action="/account/sessions/revoke-all">
          <CsrfField state={props.state} />
          <button type="submit" class="danger">{t('account.sign_out_everywhere')}</button>
        </form>
      </section>

      <section>
        <h2>{t('account.api_tokens')}</h2>
        <p class="hint">{t('account.api_tokens_hint')}</p>
        {props.newToken ? (
          <Notice kind="warning">
            <p>{t('account.token_created')}</p>
            <p><code class="token" data-testid="new-token">{props.newToken}</code></p>
          </Notice>
        ) : null}
        {props.tokens.length ? (
          <table>
            <thead><tr><th>{t('account.token_name')}</th><th>{t('account.token_created_at')}</th><th>{t('account.token_last_used')}</th><th>{t('account.token_status')}</th><th></th></tr></thead>
            <tbody>
              {props.tokens.map((token) => (
                <tr>
                  <td>{token.name} <code>{`${token.token_prefix}…`}</code></td>
                  <td>{formatDateTime(locale, token.created_at)}</td>
                  <td>{token.last_used_at ? formatDateTime(locale, token.last_used_at) : '-'}</td>
                  <td>{token.revoked_at ? t('account.token_revoked') : token.expires_at && token.expires_at < new Date() ? t('account.token_expired') : t('account.token_active')}</td>
                  <td>{token.revoked_at ? null : (
                    <form method="post" action={`/account/tokens/${token.id}/revoke`}>
                      <CsrfField state={props.state} />
                      <button type="submit" class="link danger">{t('account.revoke')}</button>
                    </form>
                  )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <ErrorSummary t={t} errors={props.tokenErrors ?? []} labels={{ name: t('account.token_name'), expiresInDays: t('account.token_expires_in_days') }} />
        <form method="post" action="/account/tokens" class="stack">
          <CsrfField state={props.state} />
          <Field t={t} name="name" label={t('account.token_name')} required errors={props.tokenErrors} />
          <Field t={t} name="expiresInDays" label={t('account.token_expires_in_days')} type="number" hint={t('account.token_expires_hint')} errors={props.tokenErrors} />
          <button type="submit">{t('account.create_token')}</button>
        </form>
      </section>
    </Layout>
  );
}
