import type { RequestState } from '../../core/http/context.ts';
import type { FieldError } from '../../core/errors.ts';
import { CsrfField } from '../../core/http/components.tsx';
import { formatDateTime } from '../../core/i18n/format.ts';
import type { CommentRow, FileInfo, QuestionRow } from '../repository.ts';
import { fieldOf } from '../answers.ts';

export interface ShownAnswer { value: string; legislationIds: number[] }

/** The answer to one question, as a focal point fills it in. */
export function AnswerControl(props: { state: RequestState; question: QuestionRow; answer: ShownAnswer; error?: FieldError; legislationOptions: { id: number; title: string }[] }) {
  const { t } = props.state;
  const { question, answer } = props;
  const name = fieldOf(question.id);
  const id = `field-${name}`;
  const invalid = props.error ? 'true' : undefined;
  let control;
  if (question.type === 'yes_no' || question.type === 'choice') {
    const options = question.type === 'yes_no' ? [['yes', t('review.yes_no.yes')], ['no', t('review.yes_no.no')]] : question.choices.map((choice) => [choice, choice]);
    control = (
      <fieldset id={id} class={props.error ? 'invalid' : undefined}>
        <legend class="visually-hidden">{question.text}</legend>
        {options.map(([value, label]) => <label class="check"><input type="radio" name={name} value={value} checked={answer.value === value} /> {label}</label>)}
      </fieldset>
    );
  } else if (question.type === 'number') {
    control = <input id={id} name={name} type="text" inputmode="decimal" value={answer.value} aria-invalid={invalid} />;
  } else if (question.type === 'text') {
    control = <textarea id={id} name={name} rows={4} aria-invalid={invalid}>{answer.value}</textarea>;
  } else {
    control = <input id={id} name={`file_${question.id}`} type="file" accept=".pdf,.txt,.docx,.odt,.xlsx" aria-invalid={invalid} />;
  }
  const attached = new Set(answer.legislationIds);
  const offered = props.legislationOptions;
  const others = answer.legislationIds.filter((legislationId) => !offered.some((option) => option.id === legislationId));
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <label for={id}>{t('review.your_answer')}</label>
      {props.error ? <p class="field-error" id={`${id}-error`}>{t(props.error.message, props.error.params)}</p> : null}
      {control}
      <details class="attach" open={answer.legislationIds.length > 0}>
        <summary>{t('review.attach_legislation')}</summary>
        {offered.length ? offered.map((option) => <label class="check"><input type="checkbox" name={`leg_${question.id}`} value={String(option.id)} checked={attached.has(option.id)} /> {option.title}</label>) : <p class="hint">{t('review.no_country_legislation')}</p>}
        <label for={`field-legids_${question.id}`}>{t('review.other_legislation')}</label>
        <input id={`field-legids_${question.id}`} name={`legids_${question.id}`} type="text" value={others.join(', ')} />
      </details>
    </div>
  );
}

/** An answer as read by reviewers (and by focal points once submitted). */
export function AnswerText(props: { state: RequestState; question: QuestionRow; answer?: ShownAnswer; files: FileInfo[]; legislation: Map<number, { title: string }> }) {
  const { t } = props.state;
  const value = props.answer?.value ?? '';
  return (
    <div class="answer" data-testid={`answer-${props.question.key}`}>
      <p>{value ? (props.question.type === 'yes_no' ? t(`review.yes_no.${value}`) : value) : <em>{t('review.not_answered')}</em>}</p>
      {props.answer?.legislationIds.length ? (
        <ul class="legislation">{props.answer.legislationIds.map((id) => <li><a href={`/knowledge/records/${id}`}>{props.legislation.get(id)?.title ?? `#${id}`}</a></li>)}</ul>
      ) : null}
      {props.files.length ? <ul class="files">{props.files.map((file) => <li><a href={`/review/files/${file.id}`}>{file.filename}</a></li>)}</ul> : null}
    </div>
  );
}

/** Reviewers' comments on one answer, and (for reviewers) the form to add one. */
export function Comments(props: { state: RequestState; comments: CommentRow[]; questionId: number; action?: string; error?: FieldError; body?: string }) {
  const { t, locale } = props.state;
  return (
    <div class="comments">
      {props.comments.length ? (
        <ul class="plain">{props.comments.map((comment) => <li class="comment"><p class="meta">{`${comment.author_label} · ${formatDateTime(locale, comment.created_at)}`}</p><p>{comment.body}</p></li>)}</ul>
      ) : null}
      {props.action ? (
        <form method="post" action={props.action} class="comment-form">
          <CsrfField state={props.state} />
          <input type="hidden" name="questionId" value={String(props.questionId)} />
          <label for={`comment-${props.questionId}`}>{t('review.add_comment')}</label>
          {props.error ? <p class="field-error">{t(props.error.message, props.error.params)}</p> : null}
          <textarea id={`comment-${props.questionId}`} name="body" rows={2}>{props.body ?? ''}</textarea>
          <button type="submit">{t('review.comment')}</button>
        </form>
      ) : null}
    </div>
  );
}
