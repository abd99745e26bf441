import type { RequestState } from '../../core/http/context.ts';
import type { FieldError } from '../../core/errors.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Field } from '../../core/http/components.tsx';
import { QUESTION_TYPES } from '../bank.ts';
import type { QuestionRow } from '../repository.ts';

/** The fields of a question of the bank (key only when adding: it stays the same across versions). */
export function QuestionForm(props: { state: RequestState; action: string; values: Record<string, string>; errors?: FieldError[]; withKey: boolean; submitLabel: string }) {
  const { t } = props.state;
  const { values } = props;
  const labels = { key: t('review.key'), article: t('review.article'), position: t('review.position'), type: t('review.type'), text: t('review.question'), guidance: t('review.guidance'), choices: t('review.choices') };
  return (
    <>
      <ErrorSummary t={t} errors={props.errors ?? []} labels={labels} />
      <form method="post" action={props.action} class="stack">
        <CsrfField state={props.state} />
        {props.withKey ? <Field t={t} name="key" label={labels.key} hint={t('review.key_hint')} errors={props.errors} value={values.key} required /> : null}
        <Field t={t} name="article" label={labels.article} errors={props.errors} value={values.article} required />
        <Field t={t} name="position" label={labels.position} type="number" errors={props.errors} value={values.position} required />
        <Field t={t} name="type" label={labels.type} errors={props.errors}>
          <select id="field-type" name="type">{QUESTION_TYPES.map((type) => <option value={type} selected={values.type === type}>{t(`review.type.${type}`)}</option>)}</select>
        </Field>
        <Field t={t} name="text" label={labels.text} errors={props.errors}><textarea id="field-text" name="text" rows={3}>{values.text ?? ''}</textarea></Field>
        <Field t={t} name="guidance" label={labels.guidance} errors={props.errors}><textarea id="field-guidance" name="guidance" rows={3}>{values.guidance ?? ''}</textarea></Field>
        <Field t={t} name="choices" label={labels.choices} hint={t('review.choices_hint')} errors={props.errors}><textarea id="field-choices" name="choices" rows={3}>{values.choices ?? ''}</textarea></Field>
        <label class="check"><input type="checkbox" name="required" value="yes" checked={values.required !== 'no'} /> {t('review.required')}</label>
        <p><button type="submit" class="primary">{props.submitLabel}</button></p>
      </form>
    </>
  );
}

export const questionToValues = (question: QuestionRow): Record<string, string> => ({
  key: question.key, article: question.article, position: String(question.position), type: question.type, text: question.text,
  guidance: question.guidance ?? '', choices: question.choices.join('\n'), required: question.required ? 'yes' : 'no',
});

/** Editing one question of a cycle in preparation (admins). */
export function EditQuestionPage(props: { state: RequestState; question: QuestionRow; values: Record<string, string>; errors?: FieldError[] }) {
  const { t } = props.state;
  return (
    <Layout state={props.state} title={t('review.edit_question')}>
      <p><a href={`/review/cycles/${props.question.cycle_id}`}>{`← ${t('review.question_bank')}`}</a></p>
      <h1>{`${t('review.edit_question')} · ${props.question.key}`}</h1>
      <QuestionForm state={props.state} action={`/review/questions/${props.question.id}`} values={props.values} errors={props.errors} withKey={false} submitLabel={t('review.save_question')} />
    </Layout>
  );
}
