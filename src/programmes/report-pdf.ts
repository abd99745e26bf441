import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.ts';
import { loadConfig } from '../core/config.ts';
import { instanceSecret } from '../core/auth/secrets.ts';
import { AppError } from '../core/errors.ts';
import type { AppDeps, AppEnv } from '../core/http/context.ts';
import { installErrorHandling } from '../core/http/error-handling.tsx';
import { mountStaticFiles } from '../core/http/static-files.ts';
import { requestState } from '../accounts/request-state.ts';
import { programmesRoutes } from './routes.tsx';

export const CHROMIUM_PATH = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The year in review as a PDF: this capability's pages (with the static files and an anonymous
 * visitor's request state) are served in this process on a free loopback port, on the same
 * database, and the system's Chromium (headless, through playwright-core) prints the page with its
 * print rules (A4, page breaks, no navigation).
 */
export async function yearInReviewPdf(db: Kysely<Database>, options: { year: number; programme?: string; locale?: string }): Promise<Uint8Array> {
  const chromiumPath = CHROMIUM_PATH();
  if (!existsSync(chromiumPath)) {
    throw new AppError('chromium_missing', 503, `Chromium is needed to print the PDF and was not found at ${chromiumPath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const { chromium } = await import('playwright-core');
  const app = reportServer({ db, config: { ...loadConfig(), port: 0 }, csrfSecret: await instanceSecret(db, 'csrf') });
  const server: ServerType = await new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    const { port } = server.address() as AddressInfo;
    const context = await browser.newContext({ locale: options.locale ?? 'en-GB' });
    const page = await context.newPage();
    const query = new URLSearchParams({ year: String(options.year) });
    if (options.programme) query.set('programme', options.programme);
    const response = await page.goto(`http://127.0.0.1:${port}/programmes/year-in-review?${query}`, { waitUntil: 'load' });
    if (!response || response.status() !== 200) {
      throw new AppError('report_failed', response?.status() === 404 ? 404 : 500, response?.status() === 404 ? `No programme ${options.programme}.` : `The year in review answered ${response?.status() ?? 'nothing'}.`);
    }
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => { server.close(() => resolve()); (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(); });
  }
}

function reportServer(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  installErrorHandling(app);
  mountStaticFiles(app);
  app.use(requestState(deps));
  app.route('/', programmesRoutes(deps));
  return app;
}
