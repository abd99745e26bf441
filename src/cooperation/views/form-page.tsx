import type { RequestState } from '../../core/http/context.ts';
import { Layout } from '../../core/http/layout.tsx';
import { CsrfField, ErrorSummary, Field, type FieldOption } from '../../core/http/components.tsx';
import type { FieldError } from '../../core/errors.ts';
import { listCountries, sortByName } from '../../core/geo/countries.ts';
import { CONTACT_ROLES, CRIME_TYPES, LEGAL_BASES, REQUEST_KINDS } from '../vocabulary.ts';
import { basisLabel, contactRoleLabel, countryLabel, crimeLabel, fieldLabels, kindLabel } from './labels.ts';

export type FormValues = Record<string, string>;

interface FormProps {
  state: RequestState;
  values: FormValues;
  errors: FieldError[];
  /** The countries the user may request for (their central authority grants). */
  ownCountries: string[];
  /** Set when editing: the request's id, and whether its countries are still open to change (drafts). */
  editing?: { id: number; countriesFixed: boolean };
}

function Choice(props: { state: RequestState; name: string; values: FormValues; errors: FieldError[]; options: FieldOption[]; empty?: string; disabled?: boolean; hint?: string }) {
  return <Field t={props.state.t} name={props.name} label={fieldLabels(props.state.t)[props.name]} errors={props.errors} hint={props.hint}
    value={props.values[props.name]} options={props.options} empty={props.empty} disabled={props.disabled} />;
}

/** The form to draft a request or edit one; it shows back what was typed, with the errors beside it. */
export function RequestFormPage(props: FormProps) {
  const { t, locale } = props.state;
  const { values, errors } = props;
  const labels = fieldLabels(t);
  const title = props.editing ? t('cooperation.edit.title', { id: props.editing.id }) : t('cooperation.new.title');
  const action = props.editing ? `/cooperation/requests/${props.editing.id}/edit` : '/cooperation/requests/new';
  const fixed = props.editing?.countriesFixed ?? false;
  const allCountries = sortByName(listCountries(), locale).map((country) => ({ value: country.iso3, label: countryLabel(locale, country.iso3) }));
  const own = props.ownCountries.map((iso3) => ({ value: iso3, label: countryLabel(locale, iso3) }));
  const text = (name: string, extra: { type?: string; hint?: string; required?: boolean } = {}) => (
    <Field t={t} name={name} label={labels[name]} errors={errors} value={values[name] ?? ''} type={extra.type} hint={extra.hint} required={extra.required} />
  );
  return (
    <Layout state={props.state} title={title}>
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action={action} class="stack record" novalidate>
        <CsrfField state={props.state} />
        <Choice state={props.state} name="kind" values={values} errors={errors} options={REQUEST_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) }))} />
        <fieldset>
          <legend>{t('cooperation.form.requesting_side')}</legend>
          {fixed ? <input type="hidden" name="requestingCountry" value={values.requestingCountry ?? ''} /> : null}
          <Choice state={props.state} name="requestingCountry" values={values} errors={errors} options={own} disabled={fixed} />
          {text('requestingAuthority', { required: true })}
        </fieldset>
        <fieldset>
          <legend>{t('cooperation.form.requested_side')}</legend>
          {fixed ? <input type="hidden" name="requestedCountry" value={values.requestedCountry ?? ''} /> : null}
          <Choice state={props.state} name="requestedCountry" values={values} errors={errors} options={allCountries} empty={t('cooperation.form.choose_country')} disabled={fixed}
            hint={fixed ? t('cooperation.form.countries_fixed') : undefined} />
          {text('requestedAuthority', { required: true })}
        </fieldset>
        <Choice state={props.state} name="crimeType" values={values} errors={errors} options={CRIME_TYPES.map((crime) => ({ value: crime, label: crimeLabel(t, crime) }))} />
        <Field t={t} name="subject" label={labels.subject} errors={errors} hint={t('cooperation.form.subject_hint')}>
          <textarea id="field-subject" name="subject" rows={4} aria-invalid={errors.some((item) => item.field === 'subject') ? 'true' : undefined}>{values.subject ?? ''}</textarea>
        </Field>
        <Choice state={props.state} name="legalBasis" values={values} errors={errors} options={LEGAL_BASES.map((basis) => ({ value: basis, label: basisLabel(t, basis) }))} />
        {text('legalBasisDetail', { hint: t('cooperation.form.legal_basis_detail_hint') })}
        {text('caseReference', { hint: t('cooperation.form.case_reference_hint') })}
        {text('knowledgeRecordId', { hint: t('cooperation.form.knowledge_record_hint') })}
        {text('dueOn', { type: 'date', hint: t('cooperation.form.due_on_hint') })}
        <fieldset>
          <legend>{t('cooperation.form.contact')}</legend>
          <Choice state={props.state} name="contactRole" values={values} errors={errors} options={CONTACT_ROLES.map((role) => ({ value: role, label: contactRoleLabel(t, role) }))} empty={t('cooperation.form.no_contact')} />
          {text('contactName')}
          {text('contactEmail', { type: 'email' })}
        </fieldset>
        <p>
          <button type="submit" class="primary">{props.editing ? t('cooperation.form.save') : t('cooperation.form.create')}</button>{' '}
          <a href={props.editing ? `/cooperation/requests/${props.editing.id}` : '/cooperation/requests'}>{t('cooperation.form.cancel')}</a>
        </p>
      </form>
    </Layout>
  );
}
