import type { RequestState } from '../../core/http/context.ts';
import type { FieldError } from '../../core/errors.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Field, Notice, ImportProblemsTable } from '../../core/http/components.tsx';
import type { TreatyImportReport } from '../transfer.ts';
import type { ImportProblem } from '../../core/files/import-problems.ts';
import { ACTIONS } from '../parties.ts';

/** The admin's form for another treaty. */
export function NewTreatyPage(props: { state: RequestState; values: Record<string, string>; errors: FieldError[] }) {
  const { t } = props.state;
  const labels = { code: t('treaties.code'), name: t('treaties.full_name'), shortName: t('treaties.short_name'), adoptedOn: t('treaties.adopted_on'), withdrawalDelayMonths: t('treaties.delay') };
  return (
    <Layout state={props.state} title={t('treaties.add_treaty')}>
      <p><a href="/treaties">{`← ${t('treaties.title')}`}</a></p>
      <h1>{t('treaties.add_treaty')}</h1>
      <ErrorSummary t={t} errors={props.errors} labels={labels} />
      <form method="post" action="/treaties/new" class="stack">
        <CsrfField state={props.state} />
        <Field t={t} name="code" label={labels.code} hint={t('treaties.code_hint')} errors={props.errors} value={props.values.code} required />
        <Field t={t} name="name" label={labels.name} errors={props.errors} value={props.values.name} required />
        <Field t={t} name="shortName" label={labels.shortName} errors={props.errors} value={props.values.shortName} required />
        <Field t={t} name="adoptedOn" label={labels.adoptedOn} type="date" errors={props.errors} value={props.values.adoptedOn} />
        <Field t={t} name="withdrawalDelayMonths" label={labels.withdrawalDelayMonths} type="number" errors={props.errors} value={props.values.withdrawalDelayMonths ?? '12'} required />
        <p><button type="submit" class="primary">{t('treaties.add_treaty')}</button></p>
      </form>
    </Layout>
  );
}

/** Upload of a treaty-status file (the format of `ariadne import treaty-status`), with the problems of a refused file. */
export function TreatyImportPage(props: { state: RequestState; errors: FieldError[]; problems?: ImportProblem[]; report?: TreatyImportReport; filename?: string }) {
  const { t } = props.state;
  return (
    <Layout state={props.state} title={t('treaties.import.title')}>
      <p><a href="/treaties">{`← ${t('treaties.title')}`}</a></p>
      <h1>{t('treaties.import.title')}</h1>
      {props.report ? <Notice kind="success">{t('treaties.import.done', { rows: props.report.rows, added: props.report.added, already: props.report.alreadyRecorded, file: props.filename ?? '' })}</Notice> : null}
      {props.problems ? (
        <section class="import-problems" role="alert">
          <h2>{t('treaties.import.rejected', { count: props.problems.length, file: props.filename ?? '' })}</h2>
          <ImportProblemsTable t={t} problems={props.problems} limit={500} headings={{ row: t('treaties.import.row'), column: t('treaties.import.column'), problem: t('treaties.import.problem') }} />
        </section>
      ) : null}
      <p>{t('treaties.import.intro')}</p>
      <ul>
        <li>{t('treaties.import.rule_columns')}</li>
        <li>{t('treaties.import.rule_actions', { actions: ACTIONS.join(', ') })}</li>
        <li>{t('treaties.import.rule_dates')}</li>
        <li>{t('treaties.import.rule_all')}</li>
      </ul>
      <ErrorSummary t={t} errors={props.errors} labels={{ file: t('treaties.import.file') }} />
      <form method="post" action="/treaties/import" enctype="multipart/form-data" class="stack">
        <CsrfField state={props.state} />
        <Field t={t} name="file" label={t('treaties.import.file')} errors={props.errors}>
          <input id="field-file" type="file" name="file" accept=".csv,.xlsx,text/csv" required />
        </Field>
        <p><button type="submit" class="primary">{t('treaties.import.submit')}</button></p>
      </form>
    </Layout>
  );
}
