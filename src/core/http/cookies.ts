import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'ariadne_session';
export const VISITOR_COOKIE = 'ariadne_visitor';
export const LANGUAGE_COOKIE = 'ariadne_lang';

export interface CookieOptions { secure: boolean }

export function readCookie(c: Context, name: string): string | undefined {
  return getCookie(c, name);
}

/** Session cookie: HttpOnly, SameSite=Lax, no Max-Age (ends with the browser; the server also expires it). */
export function setSessionCookie(c: Context, value: string, options: CookieOptions) {
  setCookie(c, SESSION_COOKIE, value, { httpOnly: true, sameSite: 'Lax', secure: options.secure, path: '/' });
}

export function clearSessionCookie(c: Context, options: CookieOptions) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: options.secure });
}

export function setVisitorCookie(c: Context, value: string, options: CookieOptions) {
  setCookie(c, VISITOR_COOKIE, value, { httpOnly: true, sameSite: 'Lax', secure: options.secure, path: '/' });
}

export function setLanguageCookie(c: Context, locale: string, options: CookieOptions) {
  setCookie(c, LANGUAGE_COOKIE, locale, { httpOnly: true, sameSite: 'Lax', secure: options.secure, path: '/', maxAge: 365 * 86_400 });
}
