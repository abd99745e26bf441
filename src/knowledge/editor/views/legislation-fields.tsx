import { rowsToShow } from '../form-input.ts';
import {
  articleOptions, Checkbox, CheckboxGroup, countryOptions, listOf, LocalizedField, RowsTable, SelectField, TextArea, TextField, vocabularyOptions,
  type FormContext,
} from './controls.tsx';

/** The fields of a law: its identification, then its provisions, each with its own texts. */
export function LegislationFields(props: { ctx: FormContext }) {
  const { ctx } = props;
  const { t } = ctx;
  const provisions = Array.from({ length: rowsToShow(ctx.values, 'provisions') }, (_, index) => index);
  return (
    <>
      <h2>{t('editor.section.law')}</h2>
      <SelectField ctx={ctx} name="country" options={countryOptions(ctx.locale)} required />
      <LocalizedField ctx={ctx} name="title" required />
      <SelectField ctx={ctx} name="originalLanguage" options={vocabularyOptions(t, 'textLanguage')} required />
      <TextField ctx={ctx} name="officialCitation" />
      <TextField ctx={ctx} name="yearAdopted" type="number" required />
      <TextField ctx={ctx} name="yearsAmended" hint={t('editor.hint.years')} />
      <TextField ctx={ctx} name="yearInForce" type="number" />
      <TextField ctx={ctx} name="yearRepealed" type="number" />
      <SelectField ctx={ctx} name="status" options={vocabularyOptions(t, 'legislationStatus')} required />
      <CheckboxGroup ctx={ctx} name="crimeTypes" options={vocabularyOptions(t, 'crimeType')} hint={t('editor.hint.crime_types')} />
      <CheckboxGroup ctx={ctx} name="themes" options={vocabularyOptions(t, 'legislationTheme')} />
      <LocalizedField ctx={ctx} name="summary" multiline />
      <TextArea ctx={ctx} name="keywords" hint={t('editor.hint.lines')} />
      <TextField ctx={ctx} name="externalId" hint={t('editor.hint.external_id')} />

      <h2>{t('editor.field.provisions')}</h2>
      <p class="hint">{t('editor.hint.provisions')}</p>
      {provisions.map((index) => {
        const prefix = `provisions.${index}`;
        const open = listOf(ctx, `${prefix}.articles`).length > 0 || listOf(ctx, `${prefix}.themes`).length > 0;
        return (
          <fieldset id={`field-${prefix}`}>
            <legend>{t('editor.provision', { number: index + 1 })}</legend>
            <TextField ctx={ctx} name={`${prefix}.number`} />
            <LocalizedField ctx={ctx} name={`${prefix}.heading`} />
            <LocalizedField ctx={ctx} name={`${prefix}.text`} multiline />
            <details open={open}>
              <summary>{t('editor.provision_articles_themes')}</summary>
              <CheckboxGroup ctx={ctx} name={`${prefix}.articles`} options={articleOptions(t)} />
              <CheckboxGroup ctx={ctx} name={`${prefix}.themes`} options={vocabularyOptions(t, 'legislationTheme')} />
            </details>
          </fieldset>
        );
      })}

      <h2>{t('editor.field.sources')}</h2>
      <RowsTable ctx={ctx} group="sources" count={rowsToShow(ctx.values, 'sources')} columns={[{ field: 'citation', size: 40 }, { field: 'url', size: 30 }]} />
      <Checkbox ctx={ctx} name="sample" hint={t('editor.hint.sample')} />
    </>
  );
}
