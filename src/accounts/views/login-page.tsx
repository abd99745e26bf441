import type { FieldError } from '../../core/errors.ts';
import type { RequestState } from '../../core/http/context.ts';
import { CsrfField, ErrorSummary, Field } from '../../core/http/components.tsx';
import { Layout } from '../../core/http/layout.tsx';

export function LoginPage(props: { state: RequestState; next: string; email: string; errors: FieldError[] }) {
  const { t } = props.state;
  return (
    <Layout state={props.state} title={t('login.title')}>
      <section class="narrow">
        <h1>{t('login.title')}</h1>
        <ErrorSummary t={t} errors={props.errors} labels={{ email: t('login.email'), password: t('login.password') }} />
        <form method="post" action="/login" class="stack">
          <CsrfField state={props.state} />
          <input type="hidden" name="next" value={props.next} />
          <Field t={t} name="email" label={t('login.email')} type="email" value={props.email} required autocomplete="username" errors={props.errors} />
          <Field t={t} name="password" label={t('login.password')} type="password" required autocomplete="current-password" errors={props.errors} />
          <button type="submit" class="primary">{t('login.submit')}</button>
        </form>
        <p class="hint">{t('login.help')}</p>
      </section>
    </Layout>
  );
}
