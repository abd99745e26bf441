import { direction } from '../../core/i18n/i18n.ts';
import type { RequestState } from '../../core/http/context.ts';
import { countryName } from '../../core/geo/countries.ts';
import { formatDate } from '../../core/i18n/format.ts';
import type { readQuestionnaire } from '../assessment.ts';
import { byArticle } from './questionnaire-page.tsx';

type Questionnaire = Awaited<ReturnType<typeof readQuestionnaire>>;

/** A country's answers as a document to print or save as PDF: no navigation, only the questionnaire. */
export function PrintPage(props: { state: RequestState; questionnaire: Questionnaire; treatyLabel: string }) {
  const { t, locale } = props.state;
  const q = props.questionnaire;
  const title = `${countryName(q.country, locale)} · ${props.treatyLabel} · ${q.cycle.name}`;
  return (
    <html lang={locale} dir={direction(locale)}>
      <head>
        <meta charset="utf-8" />
        <title>{title}</title>
        <link rel="stylesheet" href="/static/app.css" />
      </head>
      <body class="ir-print">
        <main>
          <h1>{title}</h1>
          <p>{t('review.status_line', { status: t(`review.status.${q.assessment?.status ?? 'not_started'}`) })}
            {q.assessment?.submitted_at ? ` · ${t('review.submitted_at')}: ${formatDate(locale, q.assessment.submitted_at)}` : ''}</p>
          {q.assessment?.sample ? <p><strong>{t('review.sample_notice')}</strong></p> : null}
          {byArticle(q.questions).map((group) => (
            <section>
              <h2>{group.article}</h2>
              <dl>
                {group.questions.map((question) => {
                  const answer = q.answers.get(question.id);
                  const value = answer?.value ?? '';
                  const files = q.files.filter((file) => file.answer_id === answer?.id);
                  return (
                    <>
                      <dt>{question.text}</dt>
                      <dd>
                        <p>{value ? (question.type === 'yes_no' ? t(`review.yes_no.${value}`) : value) : t('review.not_answered')}</p>
                        {answer?.legislation_ids.length ? <p>{`${t('review.legislation')}: ${answer.legislation_ids.map((id) => q.legislation.get(id)?.title ?? `#${id}`).join('; ')}`}</p> : null}
                        {files.length ? <p>{`${t('review.files')}: ${files.map((file) => file.filename).join('; ')}`}</p> : null}
                      </dd>
                    </>
                  );
                })}
              </dl>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
