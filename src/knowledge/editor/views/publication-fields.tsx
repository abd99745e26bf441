import {
  Checkbox, CheckboxGroup, LocalizedField, regionOptions, SelectField, TextArea, TextField, vocabularyOptions, type FormContext,
} from './controls.tsx';

/** The fields of a publication of the bibliography. */
export function PublicationFields(props: { ctx: FormContext }) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <>
      <h2>{t('editor.section.publication')}</h2>
      <TextArea ctx={ctx} name="authors" hint={t('editor.hint.authors')} rows={3} />
      <LocalizedField ctx={ctx} name="title" required />
      <SelectField ctx={ctx} name="originalLanguage" options={vocabularyOptions(t, 'textLanguage')} required />
      <TextField ctx={ctx} name="year" type="number" required />
      <TextField ctx={ctx} name="publisher" />
      <SelectField ctx={ctx} name="type" options={vocabularyOptions(t, 'publicationType')} required />
      <SelectField ctx={ctx} name="method" options={vocabularyOptions(t, 'researchMethod')} />
      <TextField ctx={ctx} name="url" />
      <TextField ctx={ctx} name="externalId" hint={t('editor.hint.external_id')} />

      <h2>{t('editor.section.coverage')}</h2>
      <TextField ctx={ctx} name="countries" hint={t('editor.hint.countries')} />
      <CheckboxGroup ctx={ctx} name="regions" options={regionOptions(ctx.locale)} />
      <CheckboxGroup ctx={ctx} name="crimeTypes" options={vocabularyOptions(t, 'crimeType')} hint={t('editor.hint.crime_types')} />
      <TextArea ctx={ctx} name="keywords" hint={t('editor.hint.lines')} />
      <LocalizedField ctx={ctx} name="abstract" multiline />
      <Checkbox ctx={ctx} name="sample" hint={t('editor.hint.sample')} />
    </>
  );
}
