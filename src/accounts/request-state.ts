import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ANONYMOUS, type Actor } from '../core/access/actor.ts';
import { csrfTokenFor, isValidCsrfToken } from '../core/auth/csrf.ts';
import { findLiveSession } from '../core/auth/sessions.ts';
import { newSecret } from '../core/auth/tokens.ts';
import { AppError } from '../core/errors.ts';
import { isLocale, negotiateLocale, translator, type Locale } from '../core/i18n/i18n.ts';
import type { AppDeps, AppEnv } from '../core/http/context.ts';
import { LANGUAGE_COOKIE, readCookie, SESSION_COOKIE, setVisitorCookie, VISITOR_COOKIE } from '../core/http/cookies.ts';
import { actorForApiToken } from './api-tokens.ts';
import { loadActor } from './repository.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Works out who is asking (API token, session cookie, or nobody), in which language, and the
 * CSRF token for their forms; refuses a state-changing request made with a cookie that does
 * not carry that token.
 */
export function requestState(deps: AppDeps): MiddlewareHandler<AppEnv> {
  const cookieOptions = { secure: deps.config.secureCookies };
  return async (c, next) => {
    let actor: Actor = ANONYMOUS;
    let authMethod: 'session' | 'token' | 'none' = 'none';
    let sessionId: string | null = null;
    let preferredLocale: string | null = null;

    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer) {
      const tokenActor = await actorForApiToken(deps.db, bearer);
      if (!tokenActor) throw new AppError('invalid_token', 401, 'error.invalid_token');
      actor = tokenActor;
      authMethod = 'token';
    } else {
      const cookie = readCookie(c, SESSION_COOKIE);
      const session = cookie ? await findLiveSession(deps.db, cookie) : undefined;
      const user = session ? await loadActor(deps.db, session.userId) : undefined;
      if (session && user) {
        actor = user;
        authMethod = 'session';
        sessionId = session.id;
        preferredLocale = user.preferredLocale;
      }
    }

    let binding: string;
    if (sessionId) binding = `session:${sessionId}`;
    else {
      let visitor = readCookie(c, VISITOR_COOKIE);
      if (!visitor && authMethod === 'none' && SAFE_METHODS.has(c.req.method)) {
        visitor = newSecret();
        setVisitorCookie(c, visitor, cookieOptions);
      }
      binding = `visitor:${visitor ?? ''}`;
    }
    const csrfToken = csrfTokenFor(deps.csrfSecret, binding);

    const chosen = readCookie(c, LANGUAGE_COOKIE);
    const locale: Locale = isLocale(chosen) ? chosen : isLocale(preferredLocale) ? preferredLocale : negotiateLocale(c.req.header('accept-language'));
    c.set('state', { actor, authMethod, sessionId, csrfToken, locale, t: translator(locale), path: c.req.path, returnTo: pathWithQuery(c.req.url), nav: [] });
    c.header('Content-Language', locale);
    c.header('Vary', 'Accept-Language, Cookie');

    if (!SAFE_METHODS.has(c.req.method) && authMethod !== 'token') {
      const sent = c.req.header('x-csrf-token') ?? (await formField(c.req.raw.headers.get('content-type'), () => c.req.parseBody(), '_csrf'));
      if (!binding.endsWith(':') && isValidCsrfToken(deps.csrfSecret, binding, sent)) {
        await next();
      } else {
        throw new AppError('csrf_failed', 403, 'error.csrf_failed');
      }
    } else {
      await next();
    }
    if (authMethod === 'session') c.header('Cache-Control', 'no-store');
  };
}

async function formField(contentType: string | null, parse: () => Promise<Record<string, unknown>>, name: string): Promise<string | undefined> {
  if (!contentType || !/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(contentType)) return undefined;
  const body = await parse();
  const value = body[name];
  return typeof value === 'string' ? value : undefined;
}

export function clientAddress(c: Parameters<MiddlewareHandler>[0]): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}

/** The local part of a URL: its path and query. */
export function pathWithQuery(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}
