import type { RequestState } from '../../core/http/context.ts';
import type { FieldError } from '../../core/errors.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Field } from '../../core/http/components.tsx';
import { formText, type FormData } from '../../core/http/forms.ts';
import type { ProgrammeRow, ProjectRow } from '../repository.ts';
import { PROGRAMME_KINDS, type ProgrammeInput, type ProjectInput } from '../structure-schemas.ts';
import { CRIME_FOCUS } from '../vocabulary.ts';
import { splitList } from './form-parts.tsx';


export function formToProgramme(form: FormData): ProgrammeInput {
  return {
    code: formText(form, 'code'), name: formText(form, 'name'), kind: formText(form, 'kind') as ProgrammeInput['kind'], parent: formText(form, 'parent'),
    crimeFocus: formText(form, 'crimeFocus') as ProgrammeInput['crimeFocus'], donors: splitList(formText(form, 'donors'), /;/),
    startDate: formText(form, 'startDate'), endDate: formText(form, 'endDate'), countries: splitList(formText(form, 'countries'), /[,;\s]+/), description: formText(form, 'description'),
  };
}

export function programmeToForm(programme: ProgrammeRow & { description?: string | null }): FormData {
  return {
    code: programme.code, name: programme.name, kind: programme.kind, parent: programme.parentCode ?? '', crimeFocus: programme.crimeFocus, donors: programme.donors.join('; '),
    startDate: programme.startDate ?? '', endDate: programme.endDate ?? '', countries: programme.countries.join(', '), description: programme.description ?? '',
  };
}

export function formToProject(form: FormData): ProjectInput {
  return { programme: formText(form, 'programme'), code: formText(form, 'code'), name: formText(form, 'name'), startDate: formText(form, 'startDate'), endDate: formText(form, 'endDate') };
}

export const projectToForm = (project: ProjectRow): FormData => ({ programme: project.programmeCode, code: project.code, name: project.name, startDate: project.startDate ?? '', endDate: project.endDate ?? '' });

export function ProgrammeFormPage(props: { state: RequestState; values: FormData; errors: FieldError[]; programmes: ProgrammeRow[]; id?: number }) {
  const { t } = props.state;
  const { errors } = props;
  const text = (name: string) => formText(props.values, name);
  const title = props.id ? t('programmes.programmes.edit') : t('programmes.programmes.new');
  const labels = {
    code: t('programmes.programmes.code'), name: t('programmes.field.name'), kind: t('programmes.programmes.kind'), parent: t('programmes.programmes.under'),
    crimeFocus: t('programmes.programmes.focus'), donors: t('programmes.programmes.donors'), startDate: t('programmes.field.start_date'), endDate: t('programmes.field.end_date'),
    countries: t('programmes.field.countries'), description: t('programmes.field.description'),
  };
  const parents = props.programmes.filter((programme) => programme.kind === 'programme' && programme.id !== props.id);
  return (
    <Layout state={props.state} title={title}>
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action={props.id ? `/programmes/programmes/${props.id}/edit` : '/programmes/programmes/new'} class="stack">
        <CsrfField state={props.state} />
        <Field t={t} name="code" label={labels.code} errors={errors} value={text('code')} required />
        <Field t={t} name="name" label={labels.name} errors={errors} value={text('name')} required />
        <Field t={t} name="kind" label={labels.kind} errors={errors} value={text('kind')}
          options={PROGRAMME_KINDS.map((kind) => ({ value: kind, label: t(`programmes.kind.${kind}`) }))} />
        <Field t={t} name="parent" label={labels.parent} hint={t('programmes.programmes.parent_hint')} errors={errors} value={text('parent')}
          empty="—" options={parents.map((programme) => ({ value: programme.code, label: `${programme.code}: ${programme.name}` }))} />
        <Field t={t} name="crimeFocus" label={labels.crimeFocus} errors={errors} value={text('crimeFocus')}
          options={CRIME_FOCUS.map((focus) => ({ value: focus, label: t(`programmes.focus.${focus}`) }))} />
        <Field t={t} name="donors" label={labels.donors} hint={t('programmes.field.partners_hint')} errors={errors} value={text('donors')} />
        <Field t={t} name="startDate" label={labels.startDate} errors={errors} type="date" value={text('startDate')} />
        <Field t={t} name="endDate" label={labels.endDate} errors={errors} type="date" value={text('endDate')} />
        <Field t={t} name="countries" label={labels.countries} hint={t('programmes.programmes.countries_hint')} errors={errors} value={text('countries')} />
        <Field t={t} name="description" label={labels.description} errors={errors}>
          <textarea id="field-description" name="description" rows={4}>{text('description')}</textarea>
        </Field>
        <button type="submit" class="primary">{t('programmes.save')}</button>
      </form>
    </Layout>
  );
}

export function ProjectFormPage(props: { state: RequestState; values: FormData; errors: FieldError[]; programmes: ProgrammeRow[]; id?: number }) {
  const { t } = props.state;
  const { errors } = props;
  const text = (name: string) => formText(props.values, name);
  const title = props.id ? t('programmes.projects.edit') : t('programmes.projects.new');
  const labels = { programme: t('programmes.field.programme'), code: t('programmes.programmes.code'), name: t('programmes.field.name'), startDate: t('programmes.field.start_date'), endDate: t('programmes.field.end_date') };
  return (
    <Layout state={props.state} title={title}>
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action={props.id ? `/programmes/projects/${props.id}/edit` : '/programmes/projects/new'} class="stack">
        <CsrfField state={props.state} />
        <Field t={t} name="programme" label={labels.programme} errors={errors} value={text('programme')}
          empty="—" options={props.programmes.map((programme) => ({ value: programme.code, label: `${programme.code}: ${programme.name}` }))} />
        <Field t={t} name="code" label={labels.code} errors={errors} value={text('code')} required />
        <Field t={t} name="name" label={labels.name} errors={errors} value={text('name')} required />
        <Field t={t} name="startDate" label={labels.startDate} errors={errors} type="date" value={text('startDate')} />
        <Field t={t} name="endDate" label={labels.endDate} errors={errors} type="date" value={text('endDate')} />
        <button type="submit" class="primary">{t('programmes.save')}</button>
      </form>
    </Layout>
  );
}
