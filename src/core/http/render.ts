import { html } from 'hono/html';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Sends a server-rendered page with its doctype. */
export function renderPage(c: Context, page: unknown, status: ContentfulStatusCode = 200) {
  return c.html(html`<!doctype html>${page}`, status);
}
