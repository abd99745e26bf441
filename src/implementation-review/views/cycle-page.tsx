import type { RequestState } from '../../core/http/context.ts';
import type { FieldError } from '../../core/errors.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Notice } from '../../core/http/components.tsx';
import { countryName } from '../../core/geo/countries.ts';
import { formatDate, formatNumber } from '../../core/i18n/format.ts';
import type { CycleProgress } from '../progress.ts';
import { PROGRESS_STATUSES } from '../progress.ts';
import type { CycleRow, QuestionRow } from '../repository.ts';
import { QuestionForm } from './question-form.tsx';

/** A cycle: progress across countries (reviewers, admins) and its question bank (admins edit it before it opens). */
export function CyclePage(props: {
  state: RequestState; cycle: CycleRow; treatyLabel: string; progress: CycleProgress; questions: QuestionRow[]; canManage: boolean; notice?: string;
  questionValues?: Record<string, string>; questionErrors?: FieldError[]; actionErrors?: FieldError[];
}) {
  const { t, locale } = props.state;
  const { cycle, progress } = props;
  const editable = props.canManage && cycle.status === 'preparation';
  const values = props.questionValues ?? { type: 'yes_no', position: String((props.questions.at(-1)?.position ?? 0) + 10) };
  return (
    <Layout state={props.state} title={`${props.treatyLabel} · ${cycle.name}`} wide>
      <p><a href="/review">{`← ${t('review.title')}`}</a></p>
      <h1>{`${props.treatyLabel} · ${cycle.name}`}</h1>
      {props.notice ? <Notice kind="success">{t(`review.notice.${props.notice}`)}</Notice> : null}
      <ErrorSummary t={t} errors={props.actionErrors ?? []} />
      <p>{t('review.cycle_facts', { version: cycle.version, status: t(`review.cycle_status.${cycle.status}`), questions: progress.questions })}</p>

      <h2>{t('review.progress')}</h2>
      <ul class="cards progress-counts">
        {PROGRESS_STATUSES.map((status) => <li class="card"><h3>{t(`review.status.${status}`)}</h3><p class="big" data-testid={`count-${status}`}>{formatNumber(locale, progress.counts[status])}</p></li>)}
      </ul>
      <table data-testid="progress">
        <thead><tr><th>{t('review.country')}</th><th>{t('review.status')}</th><th>{t('review.answered')}</th><th>{t('review.submitted_at')}</th></tr></thead>
        <tbody>
          {progress.rows.map((row) => (
            <tr data-iso3={row.country}>
              <td>{row.status === 'not_started' ? countryName(row.country, locale) : <a href={`/review/cycles/${cycle.id}/countries/${row.country}`}>{countryName(row.country, locale)}</a>}</td>
              <td>{t(`review.status.${row.status}`)}</td>
              <td><progress max={progress.questions || 1} value={row.answered}></progress> {`${row.answered}/${progress.questions}`}</td>
              <td>{row.submittedAt ? formatDate(locale, row.submittedAt) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('review.question_bank')}</h2>
      <table class="bank">
        <thead><tr><th>{t('review.article')}</th><th>{t('review.key')}</th><th>{t('review.question')}</th><th>{t('review.type')}</th>{editable ? <th></th> : null}</tr></thead>
        <tbody>{props.questions.map((question) => <tr><td>{question.article}</td><td><code>{question.key}</code></td><td>{question.text}{question.guidance ? <p class="hint">{question.guidance}</p> : null}</td><td>{t(`review.type.${question.type}`)}{question.required ? '' : ` (${t('review.optional')})`}</td>{editable ? <td><a href={`/review/questions/${question.id}`}>{t('review.edit')}</a></td> : null}</tr>)}</tbody>
      </table>

      {editable ? (
        <>
          <h2 id="add-question">{t('review.add_question')}</h2>
          <QuestionForm state={props.state} action={`/review/cycles/${cycle.id}/questions`} values={values} errors={props.questionErrors} withKey submitLabel={t('review.add_question')} />
          <form method="post" action={`/review/cycles/${cycle.id}/open`}>
            <CsrfField state={props.state} />
            <p class="hint">{t('review.open_hint')}</p>
            <button type="submit">{t('review.open_cycle')}</button>
          </form>
        </>
      ) : null}
      {props.canManage && cycle.status === 'open' ? (
        <form method="post" action={`/review/cycles/${cycle.id}/close`}>
          <CsrfField state={props.state} />
          <p class="hint">{t('review.close_hint')}</p>
          <button type="submit">{t('review.close_cycle')}</button>
        </form>
      ) : null}
    </Layout>
  );
}
