import { rowsToShow } from '../form-input.ts';
import {
  articleOptions, Checkbox, CheckboxGroup, CountryList, countryOptions, errorOf, listOf, LocalizedField, RowsTable, SelectField, TextArea, TextField, vocabularyOptions, YesNo,
  type Column, type FormContext,
} from './controls.tsx';

/** The fields of a court case, in the order of the UNODC case law database. */
export function CaseFields(props: { ctx: FormContext }) {
  const { ctx } = props;
  const { t } = ctx;
  const vocab = (name: Parameters<typeof vocabularyOptions>[1]) => vocabularyOptions(t, name);
  const person: Column[] = [
    { field: 'initials', size: 6 },
    { field: 'sex', type: 'select', options: vocab('sex') },
    { field: 'ageGroup', type: 'select', options: vocab('ageGroup') },
    { field: 'age', type: 'number', size: 3 },
    { field: 'nationality', size: 5, list: 'countries' },
  ];
  return (
    <>
      <h2>{t('editor.section.decision')}</h2>
      <LocalizedField ctx={ctx} name="title" required />
      <SelectField ctx={ctx} name="originalLanguage" options={vocab('textLanguage')} required />
      <SelectField ctx={ctx} name="country" options={countryOptions(ctx.locale)} hint={t('editor.hint.country_or_jurisdiction')} />
      <TextField ctx={ctx} name="jurisdiction" />
      <TextField ctx={ctx} name="court" />
      <SelectField ctx={ctx} name="courtLevel" options={vocab('courtLevel')} />
      <SelectField ctx={ctx} name="courtType" options={vocab('courtType')} />
      <TextField ctx={ctx} name="caseNumber" />
      <TextField ctx={ctx} name="decisionDate" hint={t('editor.hint.partial_date')} />
      <TextField ctx={ctx} name="externalId" hint={t('editor.hint.external_id')} />

      <h2>{t('editor.section.elements')}</h2>
      <CheckboxGroup ctx={ctx} name="crimeTypes" options={vocab('crimeType')} hint={t('editor.hint.crime_types')} />
      <CheckboxGroup ctx={ctx} name="acts" options={vocab('act')} />
      <CheckboxGroup ctx={ctx} name="means" options={vocab('means')} />
      <CheckboxGroup ctx={ctx} name="purposes" options={vocab('purpose')} />
      <SelectField ctx={ctx} name="scope" options={vocab('scope')} blank={false} />
      <CheckboxGroup ctx={ctx} name="sectors" options={vocab('sector')} />

      <h2>{t('editor.section.persons')}</h2>
      <CountryList locale={ctx.locale} />
      <p class="hint">{t('editor.hint.rows')}</p>
      <RowsTable ctx={ctx} group="victims" count={rowsToShow(ctx.values, 'victims')} hint={t('editor.hint.initials')}
        columns={[...person, { field: 'role', type: 'select', options: vocab('victimRole') }]} />
      <RowsTable ctx={ctx} group="defendants" count={rowsToShow(ctx.values, 'defendants')} hint={t('editor.hint.defendants')}
        columns={[
          ...person, { field: 'role', type: 'select', options: vocab('defendantRole') }, { field: 'charges', size: 16 },
          { field: 'verdict', type: 'select', options: vocab('verdict') }, { field: 'sentence.prisonMonths', type: 'number', size: 4 },
          { field: 'sentence.suspended', type: 'yesno' }, { field: 'sentence.fineAmount', type: 'number', size: 8 }, { field: 'sentence.fineCurrency', size: 3 },
        ]} />
      <TextArea ctx={ctx} name="charges" hint={t('editor.hint.lines')} />

      <h2>{t('editor.section.texts')}</h2>
      <LocalizedField ctx={ctx} name="factSummary" multiline />
      <LocalizedField ctx={ctx} name="significantFeatures" multiline />
      <LocalizedField ctx={ctx} name="commentary" multiline />
      <CheckboxGroup ctx={ctx} name="evidentialIssues" options={vocab('evidentialIssue')} />
      <CheckboxGroup ctx={ctx} name="crossCuttingIssues" options={vocab('crossCuttingIssue')} />
      <TextArea ctx={ctx} name="keywords" hint={t('editor.hint.lines')} />

      <h2>{t('editor.section.references')}</h2>
      <TextArea ctx={ctx} name="legislationApplied" hint={t('editor.hint.refs')} />
      <RowsTable ctx={ctx} group="proceduralHistory" count={rowsToShow(ctx.values, 'proceduralHistory')} hint={t('editor.hint.procedural_history')}
        columns={[
          { field: 'ref', size: 12 },
          { field: 'relation', type: 'select', options: [['earlier', t('editor.relation.earlier')], ['later', t('editor.relation.later')]] },
          { field: 'note', size: 30 },
        ]} />
      <details open={listOf(ctx, 'articles').length > 0 || Boolean(errorOf(ctx, 'articles'))}>
        <summary>{t('editor.field.articles')}</summary>
        <CheckboxGroup ctx={ctx} name="articles" options={articleOptions(t)} />
      </details>
      <RowsTable ctx={ctx} group="sources" count={rowsToShow(ctx.values, 'sources')} columns={[{ field: 'citation', size: 40 }, { field: 'url', size: 30 }]} />

      <h2>{t('editor.section.inclusion')}</h2>
      <YesNo ctx={ctx} name="inclusion.allElementsPresent" hint={t('editor.hint.all_elements_present')} />
      <TextArea ctx={ctx} name="inclusion.reason" rows={3} />
      <Checkbox ctx={ctx} name="sample" hint={t('editor.hint.sample')} />
    </>
  );
}
