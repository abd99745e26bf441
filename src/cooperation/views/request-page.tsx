import type { Selectable } from 'kysely';
import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Field, Notice } from '../../core/http/components.tsx';
import type { FieldError } from '../../core/errors.ts';
import { formatDate, formatDateTime, formatNumber } from '../../core/i18n/format.ts';
import type { DocumentInfo, RequestRow } from '../repository.ts';
import type { CoRequestEventsTable } from '../tables.ts';
import type { Transition } from '../transitions.ts';
import { DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES } from '../documents.ts';
import { DeadlineMark } from './deadline.tsx';
import { actionLabel, basisLabel, contactRoleLabel, countryLabel, crimeLabel, fieldLabels, kindLabel, statusLabel } from './labels.ts';

export interface ActionAttempt { to: string; values: Record<string, string>; errors: FieldError[] }

export interface RequestPageProps {
  state: RequestState;
  request: RequestRow;
  events: Selectable<CoRequestEventsTable>[];
  documents: DocumentInfo[];
  transitions: Transition[];
  canEdit: boolean;
  canAttach: boolean;
  today: string;
  notice?: string;
  /** A status change or an upload that failed, shown again with its errors. */
  attempt?: ActionAttempt;
}

const NOTICES = ['created', 'saved', 'status', 'document'];

export function RequestPage(props: RequestPageProps) {
  const { t, locale } = props.state;
  const { request: row } = props;
  const date = (value: string | null) => (value ? formatDate(locale, value) : '—');
  const title = t('cooperation.request.title', { id: row.id });
  const labels = fieldLabels(t);
  return (
    <Layout state={props.state} title={title} wide>
      <p><a href="/cooperation/requests">{t('cooperation.request.back')}</a></p>
      <h1>{title} {row.sample ? <span class="badge sample">{t('cooperation.sample')}</span> : null}</h1>
      {props.notice && NOTICES.includes(props.notice) ? <Notice kind="success">{t(`cooperation.notice.${props.notice}`)}</Notice> : null}
      {props.attempt && props.attempt.to !== 'document' && !props.transitions.some((transition) => transition.to === props.attempt?.to)
        ? <ErrorSummary t={t} errors={props.attempt.errors} labels={labels} /> : null}
      <p class="lead">{row.subject}</p>
      <dl class="facts" data-testid="request-facts">
        <dt>{t('cooperation.field.status')}</dt><dd data-testid="request-status"><span class={`badge status-${row.status}`}>{statusLabel(t, row.status)}</span></dd>
        <dt>{labels.kind}</dt><dd>{kindLabel(t, row.kind)}</dd>
        <dt>{t('cooperation.field.requesting')}</dt><dd>{`${countryLabel(locale, row.requesting_country)}: ${row.requesting_authority}`}</dd>
        <dt>{t('cooperation.field.requested')}</dt><dd>{`${countryLabel(locale, row.requested_country)}: ${row.requested_authority}`}</dd>
        <dt>{labels.legalBasis}</dt><dd>{basisLabel(t, row.legal_basis)}{row.legal_basis_detail ? ` (${row.legal_basis_detail})` : ''}</dd>
        <dt>{labels.crimeType}</dt><dd>{crimeLabel(t, row.crime_type)}</dd>
        <dt>{labels.caseReference}</dt><dd>{row.case_reference ?? '—'}</dd>
        {row.knowledge_record_id !== null ? (<><dt>{labels.knowledgeRecordId}</dt><dd><a href={`/knowledge/records/${row.knowledge_record_id}`}>{t('cooperation.request.knowledge_link', { id: row.knowledge_record_id })}</a></dd></>) : null}
        <dt>{t('cooperation.field.sentOn')}</dt><dd>{date(row.sent_on)}</dd>
        <dt>{t('cooperation.field.receivedOn')}</dt><dd>{date(row.received_on)}</dd>
        <dt>{t('cooperation.field.answeredOn')}</dt><dd>{date(row.answered_on)}</dd>
        <dt>{labels.dueOn}</dt><dd>{date(row.due_on)} <DeadlineMark t={t} status={row.status} dueOn={row.due_on} today={props.today} /></dd>
        <dt>{t('cooperation.field.contact')}</dt>
        <dd>{row.contact_role ? `${contactRoleLabel(t, row.contact_role)}: ${row.contact_name ?? ''}${row.contact_email ? ` <${row.contact_email}>` : ''}` : '—'}</dd>
      </dl>
      {props.canEdit ? <p><a class="button" href={`/cooperation/requests/${row.id}/edit`}>{t('cooperation.request.edit')}</a></p> : null}
      {props.transitions.length ? (
        <section aria-labelledby="actions-heading">
          <h2 id="actions-heading">{t('cooperation.request.actions')}</h2>
          {props.transitions.map((transition) => <StatusForm state={props.state} id={row.id} transition={transition} today={props.today}
            attempt={props.attempt?.to === transition.to ? props.attempt : undefined} />)}
        </section>
      ) : null}
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('cooperation.request.documents')}</h2>
        {props.documents.length ? (
          <ul class="plain" data-testid="documents">
            {props.documents.map((document) => (
              <li><a href={`/cooperation/documents/${document.id}`}>{document.filename}</a>
                {` (${formatNumber(locale, Math.ceil(document.size_bytes / 1024))} KB, ${document.uploaded_by_label}, ${formatDateTime(locale, document.uploaded_at)})`}
                {document.description ? <span class="hint">{` ${document.description}`}</span> : null}</li>
            ))}
          </ul>
        ) : <p>{t('cooperation.request.no_documents')}</p>}
        {props.canAttach ? (
          <form method="post" action={`/cooperation/requests/${row.id}/documents`} enctype="multipart/form-data" class="stack">
            <CsrfField state={props.state} />
            {props.attempt?.to === 'document' ? <ErrorSummary t={t} errors={props.attempt.errors} labels={labels} /> : null}
            <Field t={t} name="file" label={labels.file} errors={props.attempt?.to === 'document' ? props.attempt.errors : []}
              hint={t('cooperation.request.document_hint', { types: DOCUMENT_EXTENSIONS.join(', '), max: MAX_DOCUMENT_BYTES / 1024 / 1024 })}>
              <input id="field-file" type="file" name="file" required />
            </Field>
            <Field t={t} name="description" label={t('cooperation.field.description')} value={props.attempt?.to === 'document' ? props.attempt.values.description : ''} />
            <button type="submit">{t('cooperation.request.upload')}</button>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('cooperation.request.history')}</h2>
        <table data-testid="history">
          <thead><tr><th>{t('cooperation.history.when')}</th><th>{t('cooperation.history.who')}</th><th>{t('cooperation.history.what')}</th><th>{labels.note}</th></tr></thead>
          <tbody>
            {props.events.map((event) => (
              <tr>
                <td>{formatDateTime(locale, event.at)}</td>
                <td>{event.actor_label}</td>
                <td>{eventText(props.state, event)}</td>
                <td>{event.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  );
}

function eventText(state: RequestState, event: Selectable<CoRequestEventsTable>): string {
  const { t, locale } = state;
  const details = (event.details ?? {}) as { fields?: string[]; filename?: string };
  switch (event.kind) {
    case 'created': return t('cooperation.history.created');
    case 'status': return t('cooperation.history.status', {
      from: statusLabel(t, event.from_status ?? ''), to: statusLabel(t, event.to_status ?? ''), date: event.on_date ? formatDate(locale, event.on_date) : '',
    });
    case 'edited': return t('cooperation.history.edited', { fields: (details.fields ?? []).map((field) => t(`cooperation.field.${field}`)).join(', ') });
    default: return t('cooperation.history.document', { filename: details.filename ?? '' });
  }
}

function StatusForm(props: { state: RequestState; id: number; transition: Transition; today: string; attempt?: ActionAttempt }) {
  const { t } = props.state;
  const { transition, attempt } = props;
  const errors = attempt?.errors ?? [];
  const prefix = `${transition.to}`;
  return (
    <form method="post" action={`/cooperation/requests/${props.id}/status`} class={`stack status-action ${transition.to}`} data-testid={`action-${transition.to}`}>
      <CsrfField state={props.state} />
      <input type="hidden" name="to" value={transition.to} />
      <h3>{actionLabel(t, transition.to)}</h3>
      <ErrorSummary t={t} errors={errors} labels={fieldLabels(t)} />
      <div class={errors.some((error) => error.field === 'onDate') ? 'field invalid' : 'field'}>
        <label for={`${prefix}-onDate`}>{t('cooperation.field.onDate')}</label>
        {errors.filter((error) => error.field === 'onDate').map((error) => <p class="field-error">{t(error.message, error.params)}</p>)}
        <input id={`${prefix}-onDate`} type="date" name="onDate" value={attempt?.values.onDate ?? props.today} max={props.today} />
      </div>
      <div class={errors.some((error) => error.field === 'note') ? 'field invalid' : 'field'}>
        <label for={`${prefix}-note`}>{transition.needsNote ? t('cooperation.field.grounds') : t('cooperation.field.note')}</label>
        {errors.filter((error) => error.field === 'note').map((error) => <p class="field-error">{t(error.message, error.params)}</p>)}
        <textarea id={`${prefix}-note`} name="note" rows={2} required={transition.needsNote}>{attempt?.values.note ?? ''}</textarea>
      </div>
      <button type="submit" class={transition.to === 'refused' || transition.to === 'withdrawn' ? 'danger' : 'primary'}>{actionLabel(t, transition.to)}</button>
    </form>
  );
}
