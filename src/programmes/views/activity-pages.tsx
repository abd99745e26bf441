import type { RequestState } from '../../core/http/context.ts';
import type { FieldError } from '../../core/errors.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Field, Notice } from '../../core/http/components.tsx';
import { formList, formText, type FormData } from '../../core/http/forms.ts';
import { countryName } from '../../core/geo/countries.ts';
import { formatDate, formatNumber } from '../../core/i18n/format.ts';
import type { ActivityInput } from '../schemas.ts';
import type { ActivityDetail, ActivityOutcome, ProgrammeRow } from '../repository.ts';
import { ACTIVITY_TYPES, INSTITUTION_TYPES, SCOPES, STATUSES } from '../vocabulary.ts';
import { StatusBadges } from './list-pages.tsx';
import { splitList } from './form-parts.tsx';

/** The submitted activity form as the schema's input (validation happens in the service). */
export function formToActivity(form: FormData): ActivityInput {
  return {
    type: formText(form, 'type') as ActivityInput['type'], title: formText(form, 'title'), startDate: formText(form, 'startDate'), endDate: formText(form, 'endDate'),
    place: formText(form, 'place'), scope: formText(form, 'scope') as ActivityInput['scope'], countries: splitList(formText(form, 'countries'), /[,;\s]+/),
    programmes: formList(form, 'programmes'), project: formText(form, 'project'), partners: splitList(formText(form, 'partners'), /;/),
    topic: formText(form, 'topic'), description: formText(form, 'description'),
    female: formText(form, 'female') || '0', male: formText(form, 'male') || '0', unknown: formText(form, 'unknown') || '0',
    participation: INSTITUTION_TYPES.flatMap((type) => (formText(form, `participation_${type}`).trim() ? [{ institutionType: type, participants: formText(form, `participation_${type}`) }] : [])),
    status: (formText(form, 'status') || 'draft') as ActivityInput['status'],
  } as unknown as ActivityInput;
}

/** An activity's values for its edit form. */
export function activityToForm(activity: ActivityDetail): FormData {
  const form: FormData = {
    type: activity.type, title: activity.title, startDate: activity.startDate, endDate: activity.endDate, place: activity.place ?? '', scope: activity.scope,
    countries: activity.countries.join(', '), programmes: activity.programmes, project: activity.project ?? '', partners: activity.partners.join('; '),
    topic: activity.topic ?? '', description: activity.description ?? '', female: String(activity.female), male: String(activity.male), unknown: String(activity.unknown), status: activity.status,
  };
  INSTITUTION_TYPES.forEach((type, index) => { if (activity.byInstitution[index]) form[`participation_${type}`] = String(activity.byInstitution[index]); });
  return form;
}

/** Field errors named after the form's controls (a path such as countries.1 belongs to "countries"). */
export const controlErrors = (errors: FieldError[]) => errors.map((error) => ({ ...error, field: error.field.split('.')[0] }));

export function ActivityFormPage(props: { state: RequestState; values: FormData; errors: FieldError[]; programmes: ProgrammeRow[]; id?: number; listed?: boolean }) {
  const { t } = props.state;
  const { values, errors } = props;
  const text = (name: string) => formText(values, name);
  const error = (name: string) => errors.find((item) => item.field === name);
  const title = props.id ? t('programmes.activities.edit') : t('programmes.activities.new');
  const choices = (values: readonly string[], label: (value: string) => string) => values.map((value) => ({ value, label: label(value) }));
  const labels = {
    type: t('programmes.field.type'), title: t('programmes.field.title'), startDate: t('programmes.field.start_date'), endDate: t('programmes.field.end_date'),
    scope: t('programmes.field.scope'), countries: t('programmes.field.countries'), programmes: t('programmes.field.programmes'), project: t('programmes.field.project'),
    participation: t('programmes.field.by_institution'), female: t('programmes.field.female'), male: t('programmes.field.male'), unknown: t('programmes.field.unknown'),
    externalId: t('programmes.field.external_id'),
  };
  return (
    <Layout state={props.state} title={title}>
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action={props.id ? `/programmes/activities/${props.id}/edit` : '/programmes/activities/new'} class="stack activity-form">
        <CsrfField state={props.state} />
        <Field t={t} name="type" label={labels.type} errors={errors} value={text('type')} options={choices(ACTIVITY_TYPES, (value) => t(`programmes.activity_type.${value}`))} />
        <Field t={t} name="title" label={labels.title} errors={errors} value={text('title')} required />
        <Field t={t} name="startDate" label={labels.startDate} errors={errors} type="date" value={text('startDate')} required />
        <Field t={t} name="endDate" label={labels.endDate} errors={errors} type="date" value={text('endDate')} required />
        <Field t={t} name="place" label={t('programmes.field.place')} errors={errors} value={text('place')} />
        <Field t={t} name="scope" label={labels.scope} errors={errors} value={text('scope')} options={choices(SCOPES, (value) => t(`programmes.scope.${value}`))} />
        <Field t={t} name="countries" label={labels.countries} hint={t('programmes.field.countries_hint')} errors={errors} value={text('countries')} required />
        <fieldset id="field-programmes" class={error('programmes') ? 'invalid' : undefined}>
          <legend>{labels.programmes}</legend>
          {error('programmes') ? <p class="field-error">{t(error('programmes')!.message, error('programmes')!.params)}</p> : null}
          {props.programmes.map((programme) => (
            <label class="check"><input type="checkbox" name="programmes" value={programme.code} checked={formList(values, 'programmes').includes(programme.code)} />{`${programme.code} · ${programme.name}`}</label>
          ))}
        </fieldset>
        <Field t={t} name="project" label={labels.project} errors={errors} value={text('project')} />
        <Field t={t} name="partners" label={t('programmes.field.partners')} hint={t('programmes.field.partners_hint')} errors={errors} value={text('partners')} />
        <Field t={t} name="topic" label={t('programmes.field.topic')} errors={errors} value={text('topic')} />
        <Field t={t} name="description" label={t('programmes.field.description')} errors={errors}>
          <textarea id="field-description" name="description" rows={4}>{text('description')}</textarea>
        </Field>
        {props.listed ? <Notice>{t('programmes.participant_list_note')}</Notice> : (
          <>
            <Field t={t} name="female" label={labels.female} errors={errors} type="number" value={text('female')} />
            <Field t={t} name="male" label={labels.male} errors={errors} type="number" value={text('male')} />
            <Field t={t} name="unknown" label={labels.unknown} errors={errors} type="number" value={text('unknown')} />
            <fieldset id="field-participation" class={error('participation') ? 'invalid' : undefined}>
              <legend>{labels.participation}</legend>
              <p class="hint">{t('programmes.field.by_institution_hint')}</p>
              {error('participation') ? <p class="field-error">{t(error('participation')!.message, error('participation')!.params)}</p> : null}
              {INSTITUTION_TYPES.map((type) => (
                <label class="inline-number">{t(`programmes.institution.${type}`)} <input type="number" min={0} name={`participation_${type}`} value={text(`participation_${type}`)} /></label>
              ))}
            </fieldset>
          </>
        )}
        <Field t={t} name="status" label={t('programmes.field.status')} errors={errors} value={text('status')} options={choices(STATUSES, (value) => t(`programmes.${value}`))} />
        <button type="submit" class="primary">{t('programmes.save')}</button>
      </form>
    </Layout>
  );
}

export function ActivityPage(props: {
  state: RequestState; activity: ActivityDetail; canEdit: boolean; participants?: { name: string; sex: string; institution_type: string; institution: string | null; country: string | null }[];
  notice?: string; errors?: FieldError[]; outcomes: ActivityOutcome[];
}) {
  const { t, locale } = props.state;
  const { activity } = props;
  const recorded = activity.byInstitution.reduce((sum, value) => sum + value, 0);
  return (
    <Layout state={props.state} title={activity.title}>
      <p><a href="/programmes/activities">{t('programmes.activities.title')}</a></p>
      <h1>{activity.title} <StatusBadges state={props.state} status={activity.status} sample={activity.sample} /></h1>
      {props.notice ? <Notice kind="success">{props.notice}</Notice> : null}
      <ErrorSummary t={t} errors={props.errors ?? []} />
      <dl class="facts">
        <dt>{t('programmes.field.type')}</dt><dd>{t(`programmes.activity_type.${activity.type}`)}</dd>
        <dt>{t('programmes.field.dates')}</dt><dd>{`${formatDate(locale, activity.startDate)} – ${formatDate(locale, activity.endDate)}`}</dd>
        {activity.place ? <><dt>{t('programmes.field.place')}</dt><dd>{activity.place}</dd></> : null}
        <dt>{t('programmes.field.scope')}</dt><dd>{t(`programmes.scope.${activity.scope}`)}</dd>
        <dt>{t('programmes.field.countries')}</dt><dd>{activity.countries.map((iso3) => countryName(iso3, locale)).join(', ')}</dd>
        <dt>{t('programmes.field.programmes')}</dt><dd>{activity.programmes.join(', ')}</dd>
        {activity.project ? <><dt>{t('programmes.field.project')}</dt><dd>{activity.project}</dd></> : null}
        {activity.partners.length ? <><dt>{t('programmes.field.partners')}</dt><dd>{activity.partners.join(', ')}</dd></> : null}
        {activity.topic ? <><dt>{t('programmes.field.topic')}</dt><dd>{activity.topic}</dd></> : null}
        <dt>{t('programmes.field.participants')}</dt>
        <dd>{`${formatNumber(locale, activity.female + activity.male + activity.unknown)}: ${t('programmes.sex.female')} ${formatNumber(locale, activity.female)}, ${t('programmes.sex.male')} ${formatNumber(locale, activity.male)}, ${t('programmes.sex.unknown')} ${formatNumber(locale, activity.unknown)}`}</dd>
        {recorded ? <><dt>{t('programmes.field.by_institution')}</dt>
          <dd>{INSTITUTION_TYPES.flatMap((type, index) => (activity.byInstitution[index] ? [`${t(`programmes.institution.${type}`)} ${formatNumber(locale, activity.byInstitution[index])}`] : [])).join(', ')}</dd></> : null}
        {activity.externalId ? <><dt>{t('programmes.field.external_id')}</dt><dd><code>{activity.externalId}</code></dd></> : null}
      </dl>
      {activity.description ? <p>{activity.description}</p> : null}
      {props.canEdit ? (
        <div class="actions">
          <a class="button" href={`/programmes/activities/${activity.id}/edit`}>{t('programmes.activities.edit')}</a>{' '}
          <form method="post" action={`/programmes/activities/${activity.id}/${activity.status === 'published' ? 'unpublish' : 'publish'}`} class="inline">
            <CsrfField state={props.state} />
            <button type="submit">{t(activity.status === 'published' ? 'programmes.activities.unpublish' : 'programmes.activities.publish')}</button>
          </form>
        </div>
      ) : null}
      <ActivityOutcomes state={props.state} outcomes={props.outcomes} />
      {props.canEdit && activity.externalId ? <p><a href={`/programmes/outcomes/new?activity=${encodeURIComponent(activity.externalId)}`}>{t('programmes.outcomes.new')}</a></p> : null}
      {props.participants && props.participants.length ? (
        <section class="participants">
          <h2>{t('programmes.participant_list')}</h2>
          <table class="data">
            <thead><tr><th>{t('programmes.field.name')}</th><th>{t('programmes.field.sex')}</th><th>{t('programmes.chart.institution')}</th><th>{t('programmes.field.institution')}</th><th>{t('programmes.field.country')}</th></tr></thead>
            <tbody>
              {props.participants.map((person) => (
                <tr><td>{person.name}</td><td>{t(`programmes.sex.${person.sex}`)}</td><td>{t(`programmes.institution.${person.institution_type}`)}</td><td>{person.institution ?? ''}</td><td>{person.country ? countryName(person.country, locale) : ''}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </Layout>
  );
}

/** The outcomes recorded against an activity (the stories behind "examples per country"). */
function ActivityOutcomes(props: { state: RequestState; outcomes: ActivityOutcome[] }) {
  const { t, locale } = props.state;
  return (
    <section class="activity-outcomes" id="outcomes" data-outcomes={String(props.outcomes.length)}>
      <h2>{t('programmes.outcomes.title')}</h2>
      {props.outcomes.length ? (
        <table class="data outcomes">
          <thead><tr><th>{t('programmes.field.date')}</th><th>{t('programmes.field.type')}</th><th>{t('programmes.field.country')}</th><th>{t('programmes.field.quantity')}</th><th>{t('programmes.field.story')}</th><th>{t('programmes.field.source')}</th></tr></thead>
          <tbody>
            {props.outcomes.map((outcome) => (
              <tr id={`outcome-${outcome.id}`}>
                <td>{formatDate(locale, outcome.date)}</td>
                <td>{t(`programmes.outcome_type.${outcome.type}`)} <StatusBadges state={props.state} status={outcome.status} sample={false} />
                  {outcome.knowledgeRecord ? <> <a href={`/knowledge/records/${outcome.knowledgeRecord}`}>{t('programmes.field.legislation')}</a></> : null}</td>
                <td>{countryName(outcome.country, locale)}</td>
                <td class="number">{formatNumber(locale, outcome.quantity)}</td>
                <td>{outcome.story ?? ''}</td>
                <td>{outcome.source ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p class="meta">{t('programmes.activities.no_outcomes')}</p>}
    </section>
  );
}
