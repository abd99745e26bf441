import type { Child } from 'hono/jsx';
import { direction, LOCALE_NAMES, LOCALES } from '../i18n/i18n.ts';
import type { RequestState } from './context.ts';
import { CsrfField } from './components.tsx';

export function Layout(props: { state: RequestState; title: string; children?: Child; wide?: boolean }) {
  const { state } = props;
  const { t, locale } = state;
  const links = state.nav;
  const current = currentLink(state.path, links.map((link) => link.href));
  return (
    <html lang={locale} dir={direction(locale)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Ariadne`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/app.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">{t('layout.skip_to_content')}</a>
        <header class="site">
          <a class="brand" href="/">Ariadne</a>
          <nav aria-label={t('layout.main_navigation')}>
            <ul>
              {links.map((link) => (
                <li><a href={link.href} aria-current={link.href === current ? 'page' : undefined}>{link.label}</a></li>
              ))}
            </ul>
          </nav>
          <div class="who">
            {state.actor.kind === 'user' ? (
              <>
                <a href="/account">{state.actor.displayName}</a>
                <form method="post" action="/logout" class="inline">
                  <CsrfField state={state} />
                  <button type="submit" class="link">{t('layout.sign_out')}</button>
                </form>
              </>
            ) : (
              <a href={`/login?next=${encodeURIComponent(state.returnTo)}`}>{t('layout.sign_in')}</a>
            )}
          </div>
        </header>
        <main id="main" class={props.wide ? 'wide' : undefined}>{props.children}</main>
        <footer class="site">
          <form method="post" action="/language" class="languages" aria-label={t('layout.language')}>
            <CsrfField state={state} />
            <input type="hidden" name="next" value={state.returnTo} />
            {LOCALES.map((code) => (
              <button type="submit" name="locale" value={code} lang={code} aria-pressed={code === locale ? 'true' : 'false'}>
                {LOCALE_NAMES[code]}
              </button>
            ))}
          </form>
          <p>{t('layout.footer')}</p>
        </footer>
      </body>
    </html>
  );
}

/** The navigation link of the section the page is in: the longest that the path starts with. */
function currentLink(path: string, hrefs: string[]): string | undefined {
  const matches = hrefs.filter((href) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`)));
  return matches.sort((a, b) => b.length - a.length)[0];
}
