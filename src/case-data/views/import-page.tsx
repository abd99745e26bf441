import type { FieldError } from '../../core/errors.ts';
import type { RequestState } from '../../core/http/context.ts';
import { CsrfField, ErrorSummary, Notice, ImportProblemsTable } from '../../core/http/components.tsx';
import { Layout } from '../../core/http/layout.tsx';
import { countryName } from '../../core/geo/countries.ts';
import { formatNumber } from '../../core/i18n/format.ts';
import type { ImportReport } from '../import.ts';
import type { CellProblem } from '../record.ts';

export interface ImportPageProps { state: RequestState; country: string; errors: FieldError[]; problems?: CellProblem[]; truncated?: boolean; report?: ImportReport; filename?: string }

/** Upload of an HTCDS file for the country; a refused file's problems, row by row and column by column. */
export function ImportPage(props: ImportPageProps) {
  const { t, locale } = props.state;
  const title = t('case_data.import.title', { country: countryName(props.country, locale) });
  return (
    <Layout state={props.state} title={title} wide>
      <p><a href={`/case-data/${props.country}`}>{`← ${t('case_data.action.back_to_list')}`}</a></p>
      <h1>{title}</h1>
      {props.report ? (
        <Notice kind="success">
          <p>{t('case_data.import.done', { persons: formatNumber(locale, props.report.persons), cases: formatNumber(locale, props.report.cases), replaced: formatNumber(locale, props.report.replacedCases) })}</p>
          {props.report.flaggedPersons ? <p>{t('case_data.import.flagged', { count: formatNumber(locale, props.report.flaggedPersons) })}</p> : null}
        </Notice>
      ) : null}
      {props.problems ? (
        <section class="import-problems" role="alert">
          <h2>{t('case_data.import.rejected', { count: formatNumber(locale, props.problems.length) })}</h2>
          {props.truncated ? <p>{t('case_data.import.truncated')}</p> : null}
          <ImportProblemsTable t={t} problems={props.problems} caption={t('case_data.import.problems')}
            headings={{ row: t('case_data.import.row'), column: t('case_data.import.column'), problem: t('case_data.import.problem') }} />
        </section>
      ) : null}
      <p>{t('case_data.import.intro')}</p>
      <ul>
        <li>{t('case_data.import.rule_lists')}</li>
        <li>{t('case_data.import.rule_replace')}</li>
        <li>{t('case_data.import.rule_free_text')}</li>
      </ul>
      <ErrorSummary t={t} errors={props.errors} labels={{ file: t('case_data.field.file') }} />
      <form method="post" action={`/case-data/${props.country}/import`} enctype="multipart/form-data" class="stack">
        <CsrfField state={props.state} />
        <div class={props.errors.length ? 'field invalid' : 'field'}>
          <label for="field-file">{t('case_data.field.file')}</label>
          {props.errors.map((error) => <p class="field-error">{t(error.message, error.params)}</p>)}
          <input id="field-file" type="file" name="file" accept=".csv,.tsv,.txt,.xlsx" required />
        </div>
        <p><button type="submit" class="primary">{t('case_data.import.submit')}</button></p>
      </form>
    </Layout>
  );
}
