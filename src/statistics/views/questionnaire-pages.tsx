import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Notice, ImportProblemsTable } from '../../core/http/components.tsx';
import type { FieldError } from '../../core/errors.ts';
import { countryName, listCountries, sortByName } from '../../core/geo/countries.ts';
import type { Translate } from '../../core/i18n/i18n.ts';
import type { CountryYear } from '../repository.ts';
import type { QuestionnaireView } from '../questionnaire.ts';
import { ALL_GRIDS, agesOf, categoriesOf, cellField, cellText, gridParam, NEW_COUNTRY_ROWS, notesField, sexesOf, type GridSpec } from '../grid.ts';
import { keyOf, type StatValue } from '../values.ts';
import { isFormCode, OTHER_COUNTRY, OWN_COUNTRY } from '../vocabulary.ts';

export function categoryText(t: Translate, locale: RequestState['locale'], category: string): string {
  if (category === 'total') return t('statistics.total');
  if (isFormCode(category)) return t(`statistics.form.${category}`);
  if (category === OWN_COUNTRY || category === OTHER_COUNTRY) return t(`statistics.category.${category}`);
  return countryName(category, locale);
}

export function QuestionnaireListPage(props: { state: RequestState; rows: CountryYear[]; countries: string[]; defaultYear: number }) {
  const { t, locale } = props.state;
  return (
    <Layout state={props.state} title={t('statistics.questionnaire.title')}>
      <h1>{t('statistics.questionnaire.title')}</h1>
      <p>{t('statistics.questionnaire.intro')}</p>
      <form method="get" action="/statistics/questionnaire/open" class="stats-filter">
        <label>{t('statistics.country')}
          <select name="country">{props.countries.map((iso3) => <option value={iso3}>{countryName(iso3, locale)}</option>)}</select>
        </label>
        <label>{t('statistics.year')} <input type="number" name="year" value={String(props.defaultYear)} min="1990" max="2100" /></label>
        <button type="submit">{t('statistics.questionnaire.open')}</button>
      </form>
      <table class="data">
        <caption>{t('statistics.questionnaire.list_caption')}</caption>
        <thead><tr><th scope="col">{t('statistics.country')}</th><th scope="col">{t('statistics.year')}</th><th scope="col">{t('statistics.questionnaire.status')}</th><th scope="col">{t('statistics.questionnaire.updated_by')}</th></tr></thead>
        <tbody>{props.rows.map((row) => (
          <tr>
            <td><a href={`/statistics/questionnaire/${row.country}/${row.year}`}>{row.iso_mapped ? countryName(row.country, locale) : row.country_name}</a>{row.sample ? <> <span class="badge sample">{t('statistics.sample_mark')}</span></> : null}</td>
            <td>{String(row.year)}</td>
            <td><span class={`badge status-${row.status}`}>{t(`statistics.status.${row.status}`)}</span></td>
            <td>{row.updated_by_label}</td>
          </tr>
        ))}</tbody>
      </table>
    </Layout>
  );
}

export interface GridPageProps {
  state: RequestState;
  view: QuestionnaireView;
  grid: GridSpec;
  can: { edit: boolean; submit: boolean; review: boolean; publish: boolean; rollUp: boolean };
  errors: FieldError[];
  /** The form as submitted, when it is shown again with its errors. */
  input?: Record<string, string>;
  notice?: string;
  uploadProblems?: { row: number; column: string; message: string; params?: Record<string, string | number> }[];
}

export function GridPage(props: GridPageProps) {
  const { t, locale } = props.state;
  const { view, grid } = props;
  const base = `/statistics/questionnaire/${view.country}/${view.year}`;
  const status = view.countryYear?.status ?? 'draft';
  const title = t('statistics.questionnaire.page_title', { country: countryName(view.country, locale), year: String(view.year) });
  const byKey = new Map(view.values.map((value) => [keyOf(value), value]));
  const previous = new Map(view.previousYear.map((value) => [keyOf(value), value]));
  const editable = props.can.edit && status !== 'submitted';
  const issuesOfGrid = [...view.validation.errors, ...view.validation.warnings].filter((issue) => issue.cell.indicator === grid.indicator && issue.cell.dimension === grid.dimension);
  const cellValue = (category: string, field: string, sex: string, age: string) => props.input
    ? props.input[cellField(field, sex, age)] ?? ''
    : cellText(byKey.get(keyOf({ ...grid, category, sex: sex as StatValue['sex'], age: age as StatValue['age'] })));
  const rowNotes = (category: string, field: string, sex: string) => props.input
    ? props.input[notesField(field, sex)] ?? ''
    : [...new Set(agesOf(grid).map((age) => byKey.get(keyOf({ ...grid, category, sex: sex as StatValue['sex'], age }))?.notes ?? '').filter(Boolean))].join(' ');
  const source = props.input?.source ?? view.values.find((value) => value.indicator === grid.indicator && value.dimension === grid.dimension && value.source)?.source ?? '';
  const categories = categoriesOf(grid, view.values);
  const rows = [...categories.map((category) => ({ category, field: category, label: categoryText(t, locale, category), isNew: false })),
    ...(grid.dimension === 'citizenship' || grid.dimension === 'repatriation' ? Array.from({ length: NEW_COUNTRY_ROWS }, (_, k) => ({ category: '', field: `new${k}`, label: '', isNew: true })) : [])];
  const countries = sortByName(listCountries(), locale);
  return (
    <Layout state={props.state} title={title} wide>
      <p><a href="/statistics/questionnaire">{`← ${t('statistics.questionnaire.title')}`}</a></p>
      <h1>{title}</h1>
      <p>{t('statistics.questionnaire.status')}: <span class={`badge status-${status}`}>{t(`statistics.status.${status}`)}</span>
        {view.countryYear?.published_revision ? ` · ${t('statistics.questionnaire.published_revision', { revision: view.countryYear.published_revision })}` : ''}</p>
      {props.notice ? <Notice kind="success">{t(`statistics.notice.${props.notice}`)}</Notice> : null}
      {view.countryYear?.review_comment ? <Notice kind="warning">{t('statistics.questionnaire.returned_with', { comment: view.countryYear.review_comment })}</Notice> : null}
      <ErrorSummary t={t} errors={props.errors} />
      {props.uploadProblems?.length ? (
        <div class="error-summary" role="alert">
          <h2>{t('statistics.upload.rejected')}</h2>
          <ImportProblemsTable t={t} problems={props.uploadProblems} headings={{ row: t('statistics.upload.row'), column: t('statistics.upload.column'), problem: t('statistics.upload.problem') }} />
        </div>
      ) : null}
      <nav class="grid-tabs" aria-label={t('statistics.questionnaire.grids')}>
        <ul>{ALL_GRIDS.map((item) => (
          <li><a href={`${base}?grid=${gridParam(item)}`} aria-current={gridParam(item) === gridParam(grid) ? 'page' : undefined}>
            {`${t(`statistics.indicator.${item.indicator}`)} · ${t(`statistics.dimension.${item.dimension}`)}`}</a></li>
        ))}</ul>
      </nav>
      <form method="post" action={`${base}/grid?grid=${gridParam(grid)}`} class="stats-grid">
        <CsrfField state={props.state} />
        <h2>{`${t(`statistics.indicator.${grid.indicator}`)} · ${t(`statistics.dimension.${grid.dimension}`)}`}</h2>
        <p class="hint">{t('statistics.grid.hint')}</p>
        <table class="data grid">
          <thead><tr><th scope="col">{t('statistics.category')}</th><th scope="col">{t('statistics.sex')}</th>
            {agesOf(grid).map((age) => <th scope="col">{t(`statistics.age.${age}`)}</th>)}<th scope="col">{t('statistics.notes')}</th></tr></thead>
          <tbody>{rows.flatMap((row) => sexesOf(grid).map((sex, index) => (
            <tr>
              {index === 0 ? <th scope="row" rowspan={sexesOf(grid).length}>{row.isNew ? (
                <select name={`new_country_${row.field.slice(3)}`} aria-label={t('statistics.grid.add_country')} disabled={!editable}>
                  <option value="">{t('statistics.grid.add_country')}</option>
                  {countries.map((country) => <option value={country.iso3} selected={props.input?.[`new_country_${row.field.slice(3)}`] === country.iso3}>{countryName(country.iso3, locale)}</option>)}
                </select>) : row.label}</th> : null}
              <td>{t(`statistics.sex.${sex}`)}</td>
              {agesOf(grid).map((age) => {
                const name = cellField(row.field, sex, age);
                const error = props.errors.find((item) => item.field === name);
                const before = row.isNew ? undefined : previous.get(keyOf({ ...grid, category: row.category, sex, age }));
                const label = `${row.label || t('statistics.grid.add_country')} · ${t(`statistics.sex.${sex}`)} · ${t(`statistics.age.${age}`)}`;
                return (
                  <td class={error ? 'invalid' : undefined}>
                    <input id={`field-${name}`} name={name} value={cellValue(row.category, row.field, sex, age)} size={8} aria-label={label} disabled={!editable} aria-invalid={error ? 'true' : undefined} />
                    {before ? <span class="previous">{t('statistics.grid.previous', { value: cellText(before) })}</span> : null}
                  </td>
                );
              })}
              <td><input name={notesField(row.field, sex)} value={rowNotes(row.category, row.field, sex)} aria-label={`${t('statistics.notes')} · ${row.label} · ${t(`statistics.sex.${sex}`)}`} disabled={!editable} /></td>
            </tr>
          )))}</tbody>
        </table>
        <label for="field-source">{t('statistics.source')}</label>
        <input id="field-source" name="source" value={source} disabled={!editable} />
        {editable ? <button type="submit">{t('statistics.grid.save')}</button> : null}
      </form>
      {issuesOfGrid.length ? (
        <section class="issues">
          <h2>{t('statistics.validation.heading')}</h2>
          <ul>{issuesOfGrid.map((issue) => (
            <li class={issue.kind}>{`${t(`statistics.validation.${issue.kind}`)}${issue.explained ? ` (${t('statistics.validation.explained')})` : ''} · ${categoryText(t, locale, issue.cell.category)} · ${t(`statistics.sex.${issue.cell.sex}`)} · ${t(`statistics.age.${issue.cell.age}`)}: ${t(issue.message, issue.params)}`}</li>
          ))}</ul>
        </section>
      ) : null}
      <WorkflowActions {...props} base={base} status={status} />
    </Layout>
  );
}

function WorkflowActions(props: GridPageProps & { base: string; status: string }) {
  const { t } = props.state;
  const { can, base, status, view } = props;
  const blocking = view.validation.errors.length + view.validation.unexplained.length;
  return (
    <section class="workflow">
      <h2>{t('statistics.workflow.heading')}</h2>
      <p>{t('statistics.workflow.summary', { errors: view.validation.errors.length, warnings: view.validation.warnings.length, unexplained: view.validation.unexplained.length })}</p>
      {can.submit && (status === 'draft' || status === 'returned') ? (
        <form method="post" action={`${base}/submit`}><CsrfField state={props.state} /><button type="submit" disabled={blocking > 0}>{t('statistics.workflow.submit')}</button></form>
      ) : null}
      {can.review && status === 'submitted' ? (
        <form method="post" action={`${base}/accept`}><CsrfField state={props.state} /><button type="submit">{t('statistics.workflow.accept')}</button></form>
      ) : null}
      {can.publish && status === 'accepted' ? (
        <form method="post" action={`${base}/publish`}><CsrfField state={props.state} />
          <label for="field-note">{t('statistics.workflow.publish_note')}</label><input id="field-note" name="note" />
          <button type="submit">{t('statistics.workflow.publish')}</button></form>
      ) : null}
      {can.review && (status === 'submitted' || status === 'accepted') ? (
        <form method="post" action={`${base}/return`}><CsrfField state={props.state} />
          <label for="field-comment">{t('statistics.workflow.comment')}</label><textarea id="field-comment" name="comment" rows={3}></textarea>
          <button type="submit">{t('statistics.workflow.return')}</button></form>
      ) : null}
      {can.edit ? (
        <>
          <h3>{t('statistics.template.heading')}</h3>
          <p><a href={`${base}/template.xlsx`}>{t('statistics.template.download')}</a></p>
          {status !== 'submitted' ? (
            <form method="post" action={`${base}/upload`} enctype="multipart/form-data"><CsrfField state={props.state} />
              <label for="field-file">{t('statistics.template.upload')}</label><input id="field-file" type="file" name="file" accept=".xlsx,.csv" />
              <button type="submit">{t('statistics.template.upload_button')}</button></form>
          ) : null}
        </>
      ) : null}
      {can.rollUp ? <p><a href={`${base}/roll-up`}>{t('statistics.rollup.link')}</a></p> : null}
      {view.revisions.length ? (
        <>
          <h3>{t('statistics.revisions.heading')}</h3>
          <ul>{view.revisions.map((revision) => <li>{t('statistics.revisions.item', { revision: revision.revision, who: revision.published_by_label, date: revision.published_at.toISOString().slice(0, 10), origin: t(`statistics.revisions.origin.${revision.origin}`) })}</li>)}</ul>
        </>
      ) : null}
    </section>
  );
}
