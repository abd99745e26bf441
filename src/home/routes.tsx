import { Hono } from 'hono';
import type { AppEnv, RequestState } from '../core/http/context.ts';
import { Layout } from '../core/http/layout.tsx';
import { renderPage } from '../core/http/render.ts';

const AREAS = ['knowledge', 'statistics', 'programmes', 'referral', 'treaties', 'cooperation', 'finance'] as const;

export function homeRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => renderPage(c, <HomePage state={c.get('state')} />));
  return app;
}

function HomePage(props: { state: RequestState }) {
  const { t, actor } = props.state;
  return (
    <Layout state={props.state} title={t('home.title')}>
      <section class="intro">
        <h1>{t('home.title')}</h1>
        <p class="lead">{t('home.lead')}</p>
        <p>{t('home.audience')}</p>
        {actor.kind === 'anonymous' ? <p><a class="button primary" href="/login">{t('layout.sign_in')}</a></p> : null}
      </section>
      <section>
        <h2>{t('home.areas')}</h2>
        <ul class="cards">
          {AREAS.map((area) => (
            <li class="card">
              <h3>{t(`home.area.${area}`)}</h3>
              <p>{t(`home.area.${area}.text`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t('home.protection')}</h2>
        <p>{t('home.protection.text')}</p>
      </section>
    </Layout>
  );
}
