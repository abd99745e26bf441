import type { RequestState } from '../../core/http/context.ts';
import type { FieldError } from '../../core/errors.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Field, Notice, ImportProblemsTable } from '../../core/http/components.tsx';
import { formText, type FormData } from '../../core/http/forms.ts';
import { IMPORT_KINDS, type ImportKind } from '../columns.ts';
import type { ImportReport } from '../import.ts';
import type { ImportProblem } from '../../core/files/import-problems.ts';
import type { OutcomeInput } from '../schemas.ts';
import type { ProgrammeRow } from '../repository.ts';
import { OUTCOME_TYPES, STATUSES } from '../vocabulary.ts';

export function formToOutcome(form: FormData): OutcomeInput {
  const record = formText(form, 'knowledgeRecord').trim();
  return {
    type: formText(form, 'type') as OutcomeInput['type'], activity: formText(form, 'activity'), programme: formText(form, 'programme'), country: formText(form, 'country'),
    date: formText(form, 'date'), quantity: formText(form, 'quantity') || '1', knowledgeRecord: record || undefined, source: formText(form, 'source'), story: formText(form, 'story'),
    status: (formText(form, 'status') || 'draft') as OutcomeInput['status'],
  } as unknown as OutcomeInput;
}

export function OutcomeFormPage(props: { state: RequestState; values: FormData; errors: FieldError[]; programmes: ProgrammeRow[] }) {
  const { t } = props.state;
  const text = (name: string) => formText(props.values, name);
  const labels = {
    type: t('programmes.field.type'), activity: t('programmes.field.activity'), programme: t('programmes.field.programme'), country: t('programmes.field.country'),
    date: t('programmes.field.date'), quantity: t('programmes.field.quantity'), knowledgeRecord: t('programmes.field.legislation'), status: t('programmes.field.status'),
  };
  return (
    <Layout state={props.state} title={t('programmes.outcomes.new')}>
      <h1>{t('programmes.outcomes.new')}</h1>
      <ErrorSummary t={t} errors={props.errors} labels={labels} />
      <form method="post" action="/programmes/outcomes/new" class="stack">
        <CsrfField state={props.state} />
        <Field t={t} name="type" label={labels.type} errors={props.errors} value={text('type')}
          options={OUTCOME_TYPES.map((type) => ({ value: type, label: t(`programmes.outcome_type.${type}`) }))} />
        <Field t={t} name="country" label={labels.country} errors={props.errors} value={text('country')} required />
        <Field t={t} name="date" label={labels.date} errors={props.errors} type="date" value={text('date')} required />
        <Field t={t} name="quantity" label={labels.quantity} errors={props.errors} type="number" value={text('quantity') || '1'} />
        <Field t={t} name="activity" label={labels.activity} hint={t('programmes.field.external_id')} errors={props.errors} value={text('activity')} />
        <Field t={t} name="programme" label={labels.programme} errors={props.errors} value={text('programme')}
          empty="—" options={props.programmes.map((programme) => ({ value: programme.code, label: programme.code }))} />
        <Field t={t} name="knowledgeRecord" label={labels.knowledgeRecord} hint="/knowledge/records/{id}" errors={props.errors} value={text('knowledgeRecord')} />
        <Field t={t} name="source" label={t('programmes.field.source')} errors={props.errors} value={text('source')} />
        <Field t={t} name="story" label={t('programmes.field.story')} errors={props.errors}>
          <textarea id="field-story" name="story" rows={4}>{text('story')}</textarea>
        </Field>
        <Field t={t} name="status" label={labels.status} errors={props.errors} value={text('status')}
          options={STATUSES.map((status) => ({ value: status, label: t(`programmes.${status}`) }))} />
        <button type="submit" class="primary">{t('programmes.save')}</button>
      </form>
    </Layout>
  );
}

export function ImportPage(props: { state: RequestState; kind: ImportKind | ''; errors: FieldError[]; problems?: ImportProblem[]; report?: ImportReport; filename?: string }) {
  const { t } = props.state;
  return (
    <Layout state={props.state} title={t('programmes.import.title')}>
      <h1>{t('programmes.import.title')}</h1>
      <p>{t('programmes.import.intro')}</p>
      {props.report ? <Notice kind="success">{t('programmes.import.done', { rows: props.report.rows, created: props.report.created, updated: props.report.updated })}</Notice> : null}
      <ErrorSummary t={t} errors={props.errors} labels={{ kind: t('programmes.import.kind'), file: t('programmes.import.file') }} />
      {props.problems ? (
        <div class="error-summary import-problems" role="alert">
          <h2>{t('programmes.import.problems')}</h2>
          <ImportProblemsTable t={t} problems={props.problems} limit={500} headings={{ row: t('programmes.import.row'), column: t('programmes.import.column'), problem: t('programmes.import.problem') }} />
        </div>
      ) : null}
      <ul>
        {IMPORT_KINDS.map((kind) => (
          <li>{`${t(`programmes.import.kind.${kind}`)}: ${t('programmes.import.template')} `}
            <a href={`/programmes/templates/${kind}.csv`}>{t('programmes.export_csv')}</a>{' '}<a href={`/programmes/templates/${kind}.xlsx`}>{t('programmes.export_xlsx')}</a></li>
        ))}
      </ul>
      <form method="post" action="/programmes/import" enctype="multipart/form-data" class="stack">
        <CsrfField state={props.state} />
        <Field t={t} name="kind" label={t('programmes.import.kind')} errors={props.errors} value={props.kind}
          options={IMPORT_KINDS.map((kind) => ({ value: kind, label: t(`programmes.import.kind.${kind}`) }))} />
        <Field t={t} name="file" label={t('programmes.import.file')} errors={props.errors}>
          <input id="field-file" type="file" name="file" accept=".csv,.xlsx" />
        </Field>
        <button type="submit" class="primary">{t('programmes.import.submit')}</button>
      </form>
    </Layout>
  );
}
