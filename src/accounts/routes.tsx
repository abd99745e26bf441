import { Hono } from 'hono';
import type { AppContext, AppDeps, AppEnv } from '../core/http/context.ts';
import { ValidationError } from '../core/errors.ts';
import { clearSessionCookie, setLanguageCookie, setSessionCookie } from '../core/http/cookies.ts';
import { formErrors, formText, readForm, safeLocalPath } from '../core/http/forms.ts';
import { renderPage } from '../core/http/render.ts';
import { authorize } from '../core/access/policy.ts';
import { isLocale } from '../core/i18n/i18n.ts';
import { listLiveSessions } from '../core/auth/sessions.ts';
import { accountPolicy } from './policy.ts';
import { changeOwnPassword, setPreferredLocale } from './service.ts';
import { signIn, signOut, signOutEverywhere } from './sign-in.ts';
import { createApiToken, revokeApiToken } from './api-tokens.ts';
import { getUser, listApiTokens } from './repository.ts';
import { presentUser } from './presenters.ts';
import { clientAddress } from './request-state.ts';
import { LoginPage } from './views/login-page.tsx';
import { AccountPage } from './views/account-page.tsx';

export function accountRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  const cookieOptions = { secure: deps.config.secureCookies };

  app.get('/login', (c) => {
    const state = c.get('state');
    const next = safeLocalPath(c.req.query('next'));
    if (state.actor.kind === 'user') return c.redirect(next, 303);
    return renderPage(c, <LoginPage state={state} next={next} email="" errors={[]} />);
  });

  app.post('/login', async (c) => {
    const state = c.get('state');
    const form = await readForm(c);
    const next = safeLocalPath(formText(form, 'next'));
    const email = formText(form, 'email');
    try {
      const result = await signIn(deps.db, { email, password: formText(form, 'password') }, { ip: clientAddress(c), userAgent: c.req.header('user-agent') });
      setSessionCookie(c, result.cookieValue, cookieOptions);
      if (isLocale(result.locale)) setLanguageCookie(c, result.locale, cookieOptions);
      return c.redirect(next, 303);
    } catch (error) {
      const errors = formErrors(error, 'password');
      const status = error instanceof ValidationError ? 422 : (error as { status: 401 | 429 }).status;
      return renderPage(c, <LoginPage state={state} next={next} email={email} errors={errors} />, status);
    }
  });

  app.post('/logout', async (c) => {
    const state = c.get('state');
    if (state.sessionId) await signOut(deps.db, state.actor, state.sessionId);
    clearSessionCookie(c, cookieOptions);
    return c.redirect('/', 303);
  });

  app.post('/language', async (c) => {
    const state = c.get('state');
    const form = await readForm(c);
    const locale = formText(form, 'locale');
    if (isLocale(locale)) {
      setLanguageCookie(c, locale, cookieOptions);
      await setPreferredLocale(deps.db, state.actor, locale);
    }
    return c.redirect(safeLocalPath(formText(form, 'next')), 303);
  });

  app.get('/account', async (c) => {
    const state = c.get('state');
    authorize(accountPolicy, state.actor, 'account.view');
    return renderAccount(c, { notice: c.req.query('done') });
  });

  app.post('/account/password', async (c) => {
    const state = c.get('state');
    const form = await readForm(c);
    try {
      await changeOwnPassword(deps.db, state.actor, {
        currentPassword: formText(form, 'currentPassword'), newPassword: formText(form, 'newPassword'), confirmPassword: formText(form, 'confirmPassword'),
      }, state.sessionId);
      return c.redirect('/account?done=password_changed', 303);
    } catch (error) {
      return renderAccount(c, { passwordErrors: formErrors(error) }, 422);
    }
  });

  app.post('/account/sessions/revoke-all', async (c) => {
    await signOutEverywhere(deps.db, c.get('state').actor);
    clearSessionCookie(c, cookieOptions);
    return c.redirect('/login?done=signed_out_everywhere', 303);
  });

  app.post('/account/tokens', async (c) => {
    const state = c.get('state');
    const form = await readForm(c);
    try {
      const { token } = await createApiToken(deps.db, state.actor, { name: formText(form, 'name'), expiresInDays: formText(form, 'expiresInDays') || undefined });
      return renderAccount(c, { newToken: token });
    } catch (error) {
      return renderAccount(c, { tokenErrors: formErrors(error) }, 422);
    }
  });

  app.post('/account/tokens/:id/revoke', async (c) => {
    await revokeApiToken(deps.db, c.get('state').actor, Number(c.req.param('id')));
    return c.redirect('/account?done=token_revoked', 303);
  });

  app.get('/api/me', async (c) => {
    const state = c.get('state');
    authorize(accountPolicy, state.actor, 'account.view');
    const user = await getUser(deps.db, (state.actor as { id: number }).id);
    return c.json(presentUser(user!));
  });

  async function renderAccount(c: AppContext, extra: Partial<Parameters<typeof AccountPage>[0]>, status: 200 | 422 = 200) {
    const state = c.get('state');
    authorize(accountPolicy, state.actor, 'account.view');
    const userId = (state.actor as { id: number }).id;
    const [user, sessions, tokens] = await Promise.all([getUser(deps.db, userId), listLiveSessions(deps.db, userId), listApiTokens(deps.db, userId)]);
    return renderPage(c, <AccountPage state={state} user={user!} sessions={sessions} tokens={tokens} currentSessionId={state.sessionId} {...extra} />, status);
  }

  return app;
}
