import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Response } from 'playwright-core';

export type { Browser, BrowserContext, Page, Response };

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The system's Chromium, headless, without anything that reaches out to the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh context (no cookies) in English unless told otherwise, with a page opened in it. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-GB', ...options });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the login form, as a person would, and waits for the page after it. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string, next = '/'): Promise<Response | null> {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  return response;
}

/** Clicks "Sign out" in the header and waits for the page after it. */
export async function signOut(page: Page): Promise<Response | null> {
  const [response] = await Promise.all([
    page.waitForNavigation(),
    page.locator('header.site').getByRole('button', { name: 'Sign out' }).click(),
  ]);
  return response;
}

/** Clicks a control that submits a form and returns the response of the page it leads to. */
export async function submitWith(page: Page, click: () => Promise<void>): Promise<Response | null> {
  const [response] = await Promise.all([page.waitForNavigation(), click()]);
  return response;
}

/** The lang and dir attributes of the page's <html> element. */
export async function htmlAttributes(page: Page): Promise<{ lang: string | null; dir: string | null }> {
  const html = page.locator('html');
  return { lang: await html.getAttribute('lang'), dir: await html.getAttribute('dir') };
}

/** The path (without the origin) of the page's current address, with its query. */
export function currentPath(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/**
 * The browser contexts of a test suite: each test gets a fresh one (no cookies), closed at its
 * end, and fails if a script on its pages throws.
 */
export class PageSessions {
  private readonly open = new Set<BrowserContext>();

  constructor(private readonly browser: () => Browser | undefined) {}

  async with<T>(options: BrowserContextOptions, body: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
    const browser = this.browser();
    if (!browser) throw new Error('browser not launched');
    const { context, page } = await newPage(browser, options);
    this.open.add(context);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      const result = await body(page, context);
      if (errors.length) throw new Error(`script errors on the page: ${errors.join('; ')}`);
      return result;
    } finally {
      this.open.delete(context);
      await context.close();
    }
  }

  async closeAll(): Promise<void> {
    for (const context of this.open) await context.close().catch(() => {});
    this.open.clear();
  }
}
