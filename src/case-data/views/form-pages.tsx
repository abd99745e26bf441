import type { FieldError } from '../../core/errors.ts';
import type { RequestState } from '../../core/http/context.ts';
import { CsrfField, ErrorSummary } from '../../core/http/components.tsx';
import { Layout } from '../../core/http/layout.tsx';
import { EVENT_TYPES, eventCountryColumn, eventDateColumn, type PersonRole } from '../htcds/columns.ts';
import { fieldLabel, PicklistChecks, PicklistField, TextField, type FormValues } from './fields.tsx';

const errorLabels = (state: RequestState, errors: FieldError[]) => Object.fromEntries(errors.map((error) => [error.field, fieldLabel(state.t, error.field)]));

export interface CaseFormPageProps { state: RequestState; country: string; caseId?: number; caseRef?: string; values: FormValues; errors: FieldError[] }

/** Creating or editing a case: its identifier, recording agency, source and status. */
export function CaseFormPage(props: CaseFormPageProps) {
  const { t } = props.state;
  const title = props.caseId ? t('case_data.case.edit_title', { ref: props.caseRef ?? '' }) : t('case_data.case.new_title');
  const action = props.caseId ? `/case-data/${props.country}/cases/${props.caseId}/edit` : `/case-data/${props.country}/cases`;
  const back = props.caseId ? `/case-data/${props.country}/cases/${props.caseId}` : `/case-data/${props.country}`;
  const common = { t, values: props.values, errors: props.errors };
  return (
    <Layout state={props.state} title={title}>
      <p><a href={back}>{`← ${t(props.caseId ? 'case_data.action.back_to_case' : 'case_data.action.back_to_list')}`}</a></p>
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={props.errors} labels={errorLabels(props.state, props.errors)} />
      <form method="post" action={action} class="stack case-form">
        <CsrfField state={props.state} />
        <TextField {...common} name="ari_CaseId" required />
        <TextField {...common} name="org_Name" />
        <PicklistField {...common} name="org_Type" />
        <TextField {...common} name="ari_Source" />
        <PicklistField {...common} name="cas_Status" />
        <p><button type="submit" class="primary">{t('case_data.action.save')}</button> <a href={back}>{t('case_data.action.cancel')}</a></p>
      </form>
    </Layout>
  );
}

export interface PersonFormPageProps { state: RequestState; country: string; caseId: number; caseRef: string; personId?: number; role: PersonRole; values: FormValues; errors: FieldError[] }

/** Adding or editing a person of a case: the person, the victim or perpetrator context, the trafficking events. */
export function PersonFormPage(props: PersonFormPageProps) {
  const { t } = props.state;
  const victim = props.role === 'Victim';
  const title = props.personId
    ? t('case_data.person.edit_title', { person: props.values.ari_PersonId ?? '', ref: props.caseRef })
    : t(victim ? 'case_data.person.new_victim' : 'case_data.person.new_perpetrator', { ref: props.caseRef });
  const base = `/case-data/${props.country}/cases/${props.caseId}`;
  const action = props.personId ? `${base}/persons/${props.personId}/edit` : `${base}/persons`;
  const common = { t, values: props.values, errors: props.errors };
  return (
    <Layout state={props.state} title={title} wide>
      <p><a href={base}>{`← ${t('case_data.action.back_to_case')}`}</a></p>
      <h1>{title}</h1>
      <ErrorSummary t={t} errors={props.errors} labels={errorLabels(props.state, props.errors)} />
      <form method="post" action={action} class="stack person-form">
        <CsrfField state={props.state} />
        <input type="hidden" name="ari_PersonRole" value={props.role} />
        <fieldset>
          <legend>{t('case_data.person.section_person')}</legend>
          <TextField {...common} name="ari_PersonId" required />
          <PicklistField {...common} name="prs_Gender" />
          <TextField {...common} name="prs_Citizenship" hint={t('case_data.person.countries_hint')} />
          <TextField {...common} name={victim ? 'vic_AgeWhenTrafficked' : 'ari_PerpetratorAge'} type="number" />
          <TextField {...common} name="ari_IdentificationDate" type="date" required />
        </fieldset>
        {victim ? (
          <fieldset>
            <legend>{t('case_data.person.section_victim')}</legend>
            <PicklistField {...common} name="vic_TraffickingStatus" required />
            <PicklistField {...common} name="vic_TraffickingStatusDecisionMakingOrg" />
            <PicklistField {...common} name="vic_RelationshipToTrafficker" />
            <PicklistChecks {...common} name="vic_TypeOfExploitation" />
            <PicklistChecks {...common} name="vic_TypeOfSexExploitation" />
            <PicklistField {...common} name="vic_ForcedLabourIndustry" />
            <PicklistChecks {...common} name="vic_MethodsOfControl" />
            <PicklistChecks {...common} name="vic_MethodOfRecruitment" />
            <PicklistChecks {...common} name="vic_RecruitmentWebsitesAndApps" />
            <TextField {...common} name="ari_RepatriationCountry" />
            <TextField {...common} name="ari_RepatriationDate" type="date" />
          </fieldset>
        ) : (
          <fieldset>
            <legend>{t('case_data.person.section_perpetrator')}</legend>
            <PicklistChecks {...common} name="per_RoleInProcess" />
            <TextField {...common} name="ari_ProsecutionDate" type="date" />
            <TextField {...common} name="ari_ConvictionDate" type="date" />
          </fieldset>
        )}
        {victim ? (
          <fieldset>
            <legend>{t('case_data.person.section_events')}</legend>
            {EVENT_TYPES.map((type) => (
              <div class="event">
                <TextField {...common} name={eventCountryColumn(type)} hint={t('case_data.person.place_hint')} />
                <TextField {...common} name={eventDateColumn(type)} type="date" />
              </div>
            ))}
          </fieldset>
        ) : null}
        <p><button type="submit" class="primary">{t('case_data.action.save')}</button> <a href={base}>{t('case_data.action.cancel')}</a></p>
      </form>
    </Layout>
  );
}
