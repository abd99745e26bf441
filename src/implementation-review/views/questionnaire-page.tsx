import type { RequestState } from '../../core/http/context.ts';
import type { FieldError } from '../../core/errors.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Notice } from '../../core/http/components.tsx';
import { countryName } from '../../core/geo/countries.ts';
import type { readQuestionnaire } from '../assessment.ts';
import type { QuestionRow } from '../repository.ts';
import { fieldOf } from '../answers.ts';
import { AnswerControl, AnswerText, Comments, type ShownAnswer } from './question-block.tsx';

type Questionnaire = Awaited<ReturnType<typeof readQuestionnaire>>;

export interface QuestionnairePageProps {
  state: RequestState;
  questionnaire: Questionnaire;
  treatyLabel: string;
  canEdit: boolean;
  canComment: boolean;
  canDecide: boolean;
  legislationOptions: { id: number; title: string }[];
  notice?: string;
  errors?: FieldError[];
  /** The values the focal point sent, when the form comes back with errors. */
  sent?: Map<number, ShownAnswer>;
  commentError?: { questionId: number; error: FieldError; body: string };
}

/** Questions grouped under their article, in order. */
export function byArticle(questions: QuestionRow[]): { article: string; questions: QuestionRow[] }[] {
  const groups: { article: string; questions: QuestionRow[] }[] = [];
  for (const question of questions) {
    const last = groups.at(-1);
    if (last && last.article === question.article) last.questions.push(question);
    else groups.push({ article: question.article, questions: [question] });
  }
  return groups;
}

/** A country's self-assessment in a cycle: the form for its focal points, the answers and comments for reviewers. */
export function QuestionnairePage(props: QuestionnairePageProps) {
  const { t, locale } = props.state;
  const { questionnaire: q } = props;
  const status = q.assessment?.status ?? 'not_started';
  const base = `/review/cycles/${q.cycle.id}/countries/${q.country}`;
  const shown = (question: QuestionRow): ShownAnswer => props.sent?.get(question.id) ?? {
    value: q.answers.get(question.id)?.value ?? '', legislationIds: q.answers.get(question.id)?.legislation_ids ?? [],
  };
  const filesOf = (question: QuestionRow) => q.files.filter((file) => file.answer_id === q.answers.get(question.id)?.id);
  const commentsOf = (question: QuestionRow) => q.comments.filter((comment) => comment.question_id === question.id);
  const labels = Object.fromEntries(q.questions.map((question) => [fieldOf(question.id), `${question.article} · ${question.text.slice(0, 80)}`]));
  const blocks = byArticle(q.questions).map((group) => (
    <section class="article">
      <h2>{group.article}</h2>
      {group.questions.map((question) => (
        <div class="question" id={`question-${question.id}`} data-key={question.key}>
          <h3>{question.text}{question.required ? null : <span class="hint">{` (${t('review.optional')})`}</span>}</h3>
          {question.guidance ? <details class="guidance"><summary>{t('review.guidance')}</summary><p>{question.guidance}</p></details> : null}
          {props.canEdit ? (
            <>
              <AnswerControl state={props.state} question={question} answer={shown(question)} error={props.errors?.find((error) => error.field === fieldOf(question.id))} legislationOptions={props.legislationOptions} />
              {filesOf(question).length ? <AnswerText state={props.state} question={question} files={filesOf(question)} legislation={q.legislation} /> : null}
              <Comments state={props.state} comments={commentsOf(question)} questionId={question.id} />
            </>
          ) : (
            <>
              <AnswerText state={props.state} question={question} answer={shown(question)} files={filesOf(question)} legislation={q.legislation} />
              <Comments state={props.state} comments={commentsOf(question)} questionId={question.id} action={props.canComment && status !== 'draft' && status !== 'not_started' ? `${base}/comments` : undefined}
                error={props.commentError?.questionId === question.id ? props.commentError.error : undefined} body={props.commentError?.questionId === question.id ? props.commentError.body : undefined} />
            </>
          )}
        </div>
      ))}
    </section>
  ));
  return (
    <Layout state={props.state} title={`${countryName(q.country, locale)} · ${props.treatyLabel}`} wide>
      <p><a href="/review">{`← ${t('review.title')}`}</a></p>
      <h1>{`${countryName(q.country, locale)} · ${props.treatyLabel} · ${q.cycle.name}`}</h1>
      {props.notice ? <Notice kind={props.notice === 'saved_not_submitted' ? 'warning' : 'success'}>{t(`review.notice.${props.notice}`)}</Notice> : null}
      {q.assessment?.sample ? <Notice kind="warning">{t('review.sample_notice')}</Notice> : null}
      <p data-testid="status">{t('review.status_line', { status: t(`review.status.${status}`) })}</p>
      <p><a href={`${base}/print`}>{t('review.printable')}</a> · <a href={`${base}/export.xlsx`} download>XLSX</a></p>
      <ErrorSummary t={t} errors={props.errors ?? []} labels={labels} />
      {props.canEdit ? (
        <form method="post" action={base} enctype="multipart/form-data" class="questionnaire">
          <CsrfField state={props.state} />
          {blocks}
          <p class="actions">
            <button type="submit" name="intent" value="save">{t('review.save_draft')}</button>
            <button type="submit" name="intent" value="submit" class="primary">{t('review.submit')}</button>
          </p>
        </form>
      ) : blocks}
      {props.canDecide && status === 'submitted' ? (
        <section class="decide">
          <h2>{t('review.decision')}</h2>
          <form method="post" action={`${base}/return`} class="inline"><CsrfField state={props.state} /><button type="submit">{t('review.return')}</button></form>
          {' '}
          <form method="post" action={`${base}/complete`} class="inline"><CsrfField state={props.state} /><button type="submit" class="primary">{t('review.complete')}</button></form>
        </section>
      ) : null}
    </Layout>
  );
}
