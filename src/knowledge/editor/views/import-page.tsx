import type { FieldError } from '../../../core/errors.ts';
import type { RequestState } from '../../../core/http/context.ts';
import { CsrfField, ErrorSummary, Notice, ImportProblemsTable } from '../../../core/http/components.tsx';
import { Layout } from '../../../core/http/layout.tsx';
import type { ImportReport } from '../../import.ts';
import type { ImportProblem } from '../../../core/files/import-problems.ts';
import { KINDS, type Kind } from '../../schemas.ts';
import { kindLabel } from '../labels.ts';

export interface ImportPageProps {
  state: RequestState;
  kind: Kind | '';
  publish: boolean;
  /** Whether the actor may publish at once (reviewers who also edit): the checkbox is shown only then. */
  canPublish: boolean;
  errors: FieldError[];
  problems?: ImportProblem[];
  filename?: string;
  report?: ImportReport;
}

const SHOWN_IDS = 200;

/** Import of a CSV, XLSX or JSON file: all rows or none; the problems of a refused file, row by row. */
export function ImportPage(props: ImportPageProps) {
  const { t } = props.state;
  const fileError = props.errors.find((error) => error.field === 'file');
  const kindError = props.errors.find((error) => error.field === 'kind');
  return (
    <Layout state={props.state} title={t('editor.import.title')} wide>
      <p><a href="/knowledge/editor">{`← ${t('editor.queue.title')}`}</a></p>
      <h1>{t('editor.import.title')}</h1>

      {props.report ? <ImportSummary {...props} report={props.report} /> : null}
      {props.problems ? <ProblemTable {...props} problems={props.problems} /> : null}

      <p>{t('editor.import.intro')}</p>
      <ul>
        <li>{t('editor.import.rule_columns')}</li>
        <li>{t('editor.import.rule_lists')}</li>
        <li>{t('editor.import.rule_languages')}</li>
        <li>{t('editor.import.rule_json')}</li>
        <li>{t('editor.import.rule_update')}</li>
      </ul>
      <h2>{t('editor.import.templates')}</h2>
      <ul>
        {KINDS.map((kind) => <li><a href={`/knowledge/editor/template/${kind}.csv`} download>{t('editor.import.template_for', { kind: kindLabel(t, kind) })}</a></li>)}
      </ul>

      <h2>{t('editor.import.upload')}</h2>
      <ErrorSummary t={t} errors={props.errors} labels={{ kind: t('editor.import.kind'), file: t('editor.import.file') }} />
      <form method="post" action="/knowledge/editor/import" enctype="multipart/form-data" class="stack" data-upload-progress="true">
        <CsrfField state={props.state} />
        <div class={kindError ? 'field invalid' : 'field'}>
          <label for="field-kind">{t('editor.import.kind')}</label>
          {kindError ? <p class="field-error">{t(kindError.message, kindError.params)}</p> : null}
          <select id="field-kind" name="kind" required>
            <option value="">{t('editor.import.choose_kind')}</option>
            {KINDS.map((kind) => <option value={kind} selected={props.kind === kind}>{kindLabel(t, kind)}</option>)}
          </select>
        </div>
        <div class={fileError ? 'field invalid' : 'field'}>
          <label for="field-file">{t('editor.import.file')}</label>
          <p class="hint" id="field-file-hint">{t('editor.import.file_hint')}</p>
          {fileError ? <p class="field-error" id="field-file-error">{t(fileError.message, fileError.params)}</p> : null}
          <input id="field-file" type="file" name="file" accept=".csv,.tsv,.txt,.xlsx,.json" required
            aria-describedby={fileError ? 'field-file-hint field-file-error' : 'field-file-hint'} />
        </div>
        {props.canPublish ? (
          <label class="check">
            <input type="checkbox" name="publish" value="yes" checked={props.publish} />
            <span>{t('editor.import.publish')}</span>
            <span class="hint">{t('editor.import.publish_hint')}</span>
          </label>
        ) : null}
        <p><button type="submit" class="primary">{t('editor.import.submit')}</button></p>
        <div class="upload-progress" hidden>
          <progress max={100} value={0} aria-label={t('editor.import.progress')}></progress>
          <span class="upload-status" data-uploading={t('editor.import.uploading', { percent: '{percent}' })} data-checking={t('editor.import.checking')} role="status"></span>
        </div>
      </form>
    </Layout>
  );
}

function ImportSummary(props: ImportPageProps & { report: ImportReport }) {
  const { t } = props.state;
  const { report } = props;
  return (
    <Notice kind="success">
      <p><strong>{t('editor.import.done', { name: props.filename ?? '' })}</strong></p>
      <ul data-testid="import-summary">
        <li>{t('editor.import.created', { count: report.created })}</li>
        <li>{t('editor.import.updated', { count: report.updated })}</li>
        <li>{t('editor.import.published', { count: report.published })}</li>
      </ul>
      {report.ids.length ? (
        <details>
          <summary>{t('editor.import.records')}</summary>
          <ul class="plain">
            {report.ids.slice(0, SHOWN_IDS).map((id) => <li><a href={`/knowledge/editor/records/${id}`}>{`#${id}`}</a></li>)}
          </ul>
          {report.ids.length > SHOWN_IDS ? <p class="hint">{t('editor.import.more_records', { count: report.ids.length - SHOWN_IDS })}</p> : null}
        </details>
      ) : null}
      {report.warnings.length ? (
        <>
          <p>{t('editor.import.warnings')}</p>
          <ImportProblemsTable t={t} problems={report.warnings} headings={{ row: t('editor.import.row'), column: t('editor.import.column'), problem: t('editor.import.problem') }} />
        </>
      ) : null}
    </Notice>
  );
}

function ProblemTable(props: ImportPageProps & { problems: ImportProblem[] }) {
  const { t } = props.state;
  return (
    <section class="error-summary" role="alert" tabindex={-1} id="problems">
      <h2>{t('editor.import.rejected_title')}</h2>
      <p>{t('editor.import.rejected', { count: props.problems.length, name: props.filename ?? '' })}</p>
      <ImportProblemsTable t={t} problems={props.problems} headings={{ row: t('editor.import.row'), column: t('editor.import.column'), problem: t('editor.import.problem') }} />
    </section>
  );
}
