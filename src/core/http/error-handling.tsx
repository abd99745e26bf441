import type { Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../errors.ts';
import { translator } from '../i18n/i18n.ts';
import type { AppEnv, RequestState } from './context.ts';
import { Layout } from './layout.tsx';
import { renderPage } from './render.ts';
import { ANONYMOUS } from '../access/actor.ts';

export function isApiRequest(c: Context): boolean {
  return c.req.path.startsWith('/api/');
}

/** JSON body of an API error: a stable code, a message in the user's language, and field errors. */
export function apiError(c: Context<AppEnv>, error: AppError) {
  const state = c.get('state') ?? fallbackState(c);
  return c.json({
    error: {
      code: error.code,
      message: state.t(error.message, error.params),
      ...(error.fields.length ? { fields: error.fields.map((field) => ({ field: field.field, code: field.message.replace(/^error\./, ''), message: state.t(field.message, field.params) })) } : {}),
    },
  }, error.status as ContentfulStatusCode);
}

export function installErrorHandling(app: Hono<AppEnv>) {
  app.notFound((c) => respond(c, new AppError('not_found', 404, 'error.not_found')));
  app.onError((error, c) => {
    if (error instanceof AppError) return respond(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return respond(c, new AppError(error.status === 413 ? 'payload_too_large' : 'bad_request', error.status === 413 ? 413 : 400, 'error.bad_request'));
    }
    // The message may hold data from the request: log the kind and stack only.
    console.error(`error on ${c.req.method} ${c.req.path}: ${error.name}\n${error.stack?.split('\n').slice(1, 6).join('\n') ?? ''}`);
    return respond(c, new AppError('internal_error', 500, 'error.internal'));
  });
}

function respond(c: Context<AppEnv>, error: AppError) {
  if (isApiRequest(c)) return apiError(c, error);
  const state = c.get('state') ?? fallbackState(c);
  if (error.code === 'unauthenticated' && c.req.method === 'GET') {
    return c.redirect(`/login?next=${encodeURIComponent(state.returnTo)}`, 303);
  }
  return renderPage(c, <ErrorPage state={state} error={error} />, error.status as ContentfulStatusCode);
}

const TITLES: Record<number, string> = { 403: 'error.title_403', 404: 'error.title_404', 429: 'error.title_429', 500: 'error.title_500' };

function ErrorPage(props: { state: RequestState; error: AppError }) {
  const { t } = props.state;
  const title = t(TITLES[props.error.status] ?? 'error.title_400');
  return (
    <Layout state={props.state} title={title}>
      <section class="error-page">
        <h1>{title}</h1>
        <p>{t(props.error.message, props.error.params)}</p>
        {props.error.fields.length ? <ul>{props.error.fields.map((field) => <li>{`${field.field}: ${t(field.message, field.params)}`}</li>)}</ul> : null}
        <p><a href="/">{t('error.go_home')}</a></p>
      </section>
    </Layout>
  );
}

function fallbackState(c: Context): RequestState {
  return { actor: ANONYMOUS, authMethod: 'none', sessionId: null, csrfToken: '', locale: 'en', t: translator('en'), path: c.req.path, returnTo: c.req.path, nav: [] };
}
