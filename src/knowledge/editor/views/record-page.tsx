import type { FieldError } from '../../../core/errors.ts';
import type { RequestState } from '../../../core/http/context.ts';
import { CsrfField, ErrorSummary, Notice } from '../../../core/http/components.tsx';
import { Layout } from '../../../core/http/layout.tsx';
import { allows } from '../../../core/access/policy.ts';
import { formatDateTime } from '../../../core/i18n/format.ts';
import { knowledgePolicy } from '../../policy.ts';
import type { RecordState } from '../../repository.ts';
import type { FormValues } from '../form-input.ts';
import { errorLabels, kindLabel, recordTitle, statusLabel } from '../labels.ts';
import { RecordForm } from './record-form.tsx';
import { VersionDiff, VersionList, type Comparison, type VersionRow } from './versions.tsx';
import { Attachments, type AttachmentRow } from './attachments.tsx';

export const RECORD_NOTICES = ['created', 'saved', 'submitted', 'published', 'returned', 'unpublished', 'attached'] as const;

export interface RecordPageProps {
  state: RequestState;
  record: RecordState;
  /** The version shown in the form (the latest unless the editor asked for another). */
  version: number;
  data: unknown;
  versions: VersionRow[];
  values: FormValues;
  errors: FieldError[];
  actionErrors: FieldError[];
  comment: string;
  notice?: string;
  comparison?: Comparison;
  attachments: AttachmentRow[];
  attachmentErrors: FieldError[];
}

/** The editorial view of a record: where it stands, what can be done with it, its content and its versions. */
export function RecordPage(props: RecordPageProps) {
  const { t, locale } = props.state;
  const { record } = props;
  const title = recordTitle(t, locale, props.data);
  const editable = allows(knowledgePolicy, props.state.actor, 'knowledge.edit');
  return (
    <Layout state={props.state} title={title} wide>
      <p><a href="/knowledge/editor">{`← ${t('editor.queue.title')}`}</a></p>
      <h1>{title}</h1>
      {props.notice && (RECORD_NOTICES as readonly string[]).includes(props.notice) ? <Notice kind="success">{t(`editor.notice.${props.notice}`)}</Notice> : null}
      {record.status === 'returned' && record.reviewComment ? (
        <Notice kind="warning">
          <strong>{t('editor.record.review_comment')}</strong>
          <p data-testid="review-comment">{record.reviewComment}</p>
        </Notice>
      ) : null}
      <dl class="facts">
        <dt>{t('editor.col.kind')}</dt><dd>{kindLabel(t, record.kind)}</dd>
        <dt>{t('editor.col.status')}</dt><dd data-testid="status">{statusLabel(t, record.status)}</dd>
        <dt>{t('editor.field.external_id')}</dt><dd><code>{record.externalId ?? ''}</code></dd>
        <dt>{t('editor.record.latest_version')}</dt><dd>{String(record.latestVersion)}</dd>
        <dt>{t('editor.record.published_version')}</dt>
        <dd>{record.publishedVersion === null ? t('editor.record.not_published') : `${record.publishedVersion}${record.publishedAt ? ` (${formatDateTime(locale, record.publishedAt)})` : ''}`}</dd>
        <dt>{t('editor.col.updated')}</dt><dd>{formatDateTime(locale, record.updatedAt)}</dd>
      </dl>

      <WorkflowActions {...props} />
      {props.comparison ? <VersionDiff t={t} comparison={props.comparison} /> : null}

      <section id="content">
        <h2>{editable ? t('editor.record.edit') : t('editor.record.content')}</h2>
        {props.version !== record.latestVersion ? <Notice kind="warning">{t('editor.record.viewing_version', { version: props.version, latest: record.latestVersion })}</Notice> : null}
        <RecordForm state={props.state} kind={record.kind} action={`/knowledge/editor/records/${record.id}`} values={props.values} errors={props.errors}
          editable={editable} submitLabel={t('editor.save')} />
      </section>

      <Attachments state={props.state} recordId={record.id} attachments={props.attachments} errors={props.attachmentErrors} />
      <VersionList t={t} locale={locale} id={record.id} versions={props.versions} published={record.publishedVersion} shown={props.version} />
    </Layout>
  );
}

/** The workflow buttons the policy allows this actor, for the record's status; each a form of its own. */
function WorkflowActions(props: RecordPageProps) {
  const { state, record } = props;
  const { t, actor } = state;
  const base = `/knowledge/editor/records/${record.id}`;
  const can = (action: 'knowledge.submit' | 'knowledge.publish' | 'knowledge.return' | 'knowledge.unpublish') => allows(knowledgePolicy, actor, action);
  const submit = can('knowledge.submit') && (record.status === 'draft' || record.status === 'returned');
  const review = record.status === 'submitted';
  const publish = can('knowledge.publish') && review;
  const giveBack = can('knowledge.return') && review;
  const unpublish = can('knowledge.unpublish') && record.publishedVersion !== null;
  const commentError = props.actionErrors.find((error) => error.field === 'comment');
  return (
    <section id="workflow">
      <h2>{t('editor.workflow')}</h2>
      <ErrorSummary t={t} errors={props.actionErrors} labels={{ ...errorLabels(t, props.actionErrors), comment: t('editor.return_comment'), form: t('editor.workflow') }} />
      {submit ? (
        <form method="post" action={`${base}/submit`}>
          <CsrfField state={state} />
          <p class="hint">{t('editor.action.submit_hint')}</p>
          <button type="submit" class="primary">{t('editor.action.submit')}</button>
        </form>
      ) : null}
      {publish ? (
        <form method="post" action={`${base}/publish`}>
          <CsrfField state={state} />
          <p class="hint">{t('editor.action.publish_hint', { version: record.latestVersion })}</p>
          <button type="submit" class="primary">{t('editor.action.publish')}</button>
        </form>
      ) : null}
      {giveBack ? (
        <form method="post" action={`${base}/return`} class="stack">
          <CsrfField state={state} />
          <div class={commentError ? 'field invalid' : 'field'}>
            <label for="field-comment">{t('editor.return_comment')}</label>
            <p class="hint" id="field-comment-hint">{t('editor.hint.return_comment')}</p>
            {commentError ? <p class="field-error" id="field-comment-error">{t(commentError.message, commentError.params)}</p> : null}
            <textarea id="field-comment" name="comment" rows={4} required aria-invalid={commentError ? 'true' : undefined}
              aria-describedby={commentError ? 'field-comment-hint field-comment-error' : 'field-comment-hint'}>{props.comment}</textarea>
          </div>
          <p><button type="submit">{t('editor.action.return')}</button></p>
        </form>
      ) : null}
      {unpublish ? (
        <form method="post" action={`${base}/unpublish`}>
          <CsrfField state={state} />
          <p class="hint">{t('editor.action.unpublish_hint')}</p>
          <button type="submit" class="danger">{t('editor.action.unpublish')}</button>
        </form>
      ) : null}
      {!submit && !publish && !giveBack && !unpublish ? <p class="hint">{t('editor.no_actions', { status: statusLabel(t, record.status) })}</p> : null}
    </section>
  );
}
