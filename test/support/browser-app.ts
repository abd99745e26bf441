import { after, before } from 'node:test';
import { openTestDatabase, type TestDatabase } from './databases.ts';
import { startServer, type RunningServer } from './server.ts';
import { launchBrowser, PageSessions, type Browser } from './browser.ts';

/** What a browser test suite works with, ready from its first test on. */
export interface BrowserApp {
  readonly db: TestDatabase;
  readonly baseUrl: string;
  readonly browser: Browser;
  readonly pages: PageSessions;
}

/**
 * The set-up every browser suite shares, registered as its before/after hooks: a PGlite
 * database filled by `prepare` (sample data, users), Ariadne serving it on a free port, and
 * Chromium; all closed after the suite, open pages first.
 */
export function browserApp(prepare: (db: TestDatabase) => Promise<void> = async () => {}): BrowserApp {
  let db: TestDatabase | undefined;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const pages = new PageSessions(() => browser);
  before(async () => {
    db = await openTestDatabase('pglite');
    await prepare(db);
    server = await startServer(db);
    browser = await launchBrowser();
  });
  after(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.close();
    await db?.dispose();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the suite's ${what} is used before its before hook ran`);
    return value;
  };
  return {
    get db() { return ready(db, 'database'); },
    get baseUrl() { return ready(server, 'server').baseUrl; },
    get browser() { return ready(browser, 'browser'); },
    pages,
  };
}
