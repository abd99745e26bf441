import type { RequestState } from '../../core/http/context.ts';
import { CsrfField, Notice } from '../../core/http/components.tsx';
import { Layout } from '../../core/http/layout.tsx';
import { allows } from '../../core/access/policy.ts';
import { countryName } from '../../core/geo/countries.ts';
import { formatDate } from '../../core/i18n/format.ts';
import type { Translate } from '../../core/i18n/i18n.ts';
import { EVENT_TYPES, eventCountryColumn, eventDateColumn } from '../htcds/columns.ts';
import { picklistLabel, type PicklistField } from '../htcds/picklists.ts';
import { caseDataPolicy } from '../policy.ts';
import type { StoredCase, StoredPerson } from '../repository.ts';
import { fieldLabel } from './fields.tsx';
import { SampleMark } from './list-page.tsx';

export interface CasePageProps { state: RequestState; stored: StoredCase; persons: StoredPerson[]; notice?: string }

const labels = (field: PicklistField, names: string[]) => names.map((name) => picklistLabel(field, name)).join('; ');

function Fact(props: { t: Translate; name: string; value: string | null | undefined; lang?: string }) {
  if (!props.value) return null;
  return <><dt>{fieldLabel(props.t, props.name)}</dt><dd lang={props.lang}>{props.value}</dd></>;
}

/** A case with its recording agency, its persons (victim or perpetrator context) and their trafficking events. */
export function CasePage(props: CasePageProps) {
  const { t, locale, actor } = props.state;
  const { stored } = props;
  const base = `/case-data/${stored.country}/cases/${stored.id}`;
  const canEdit = allows(caseDataPolicy, actor, 'caseData.edit', stored.country);
  const country = (code: string | null) => (code ? countryName(code, locale as 'en') : null);
  const date = (value: string | null) => (value ? formatDate(locale, value) : null);
  return (
    <Layout state={props.state} title={t('case_data.case.title', { ref: stored.case_ref })} wide>
      <p><a href={`/case-data/${stored.country}`}>{`← ${t('case_data.action.back_to_list')}`}</a></p>
      <h1>{t('case_data.case.title', { ref: stored.case_ref })} {stored.sample ? <SampleMark state={props.state} /> : null}</h1>
      {props.notice ? <Notice kind="success">{t(`case_data.done.${props.notice}`)}</Notice> : null}
      <h2>{t('case_data.case.recording')}</h2>
      <dl class="facts">
        <Fact t={t} name="ari_RecordingCountry" value={country(stored.country)} />
        <Fact t={t} name="org_Name" value={stored.org_name} />
        <Fact t={t} name="org_Type" value={stored.org_type ? picklistLabel('org_Type', stored.org_type) : null} lang="en" />
        <Fact t={t} name="ari_Source" value={stored.source} />
        <Fact t={t} name="cas_Status" value={stored.status ? picklistLabel('cas_Status', stored.status) : null} lang="en" />
      </dl>
      {canEdit ? (
        <p class="actions">
          <a class="button" href={`${base}/edit`}>{t('case_data.action.edit_case')}</a>
          <a class="button" href={`${base}/persons/new?role=Victim`}>{t('case_data.action.add_victim')}</a>
          <a class="button" href={`${base}/persons/new?role=Perpetrator`}>{t('case_data.action.add_perpetrator')}</a>
        </p>
      ) : null}
      <h2>{t('case_data.case.persons')}</h2>
      {props.persons.length ? props.persons.map((person) => (
        <section class="person" aria-labelledby={`person-${person.id}`}>
          <h3 id={`person-${person.id}`}>{`${person.person_ref} · ${t(person.role === 'Victim' ? 'case_data.person.role_victim' : 'case_data.person.role_perpetrator')}`}</h3>
          <dl class="facts">
            <Fact t={t} name="prs_Gender" value={person.gender ? picklistLabel('prs_Gender', person.gender) : null} lang="en" />
            <Fact t={t} name="prs_Citizenship" value={person.citizenship.map((code) => country(code)).join('; ')} />
            <Fact t={t} name={person.role === 'Victim' ? 'vic_AgeWhenTrafficked' : 'ari_PerpetratorAge'} value={person.age === null ? null : String(person.age)} />
            <Fact t={t} name="ari_IdentificationDate" value={date(person.identified_on)} />
            <Fact t={t} name="vic_TraffickingStatus" value={person.trafficking_status ? picklistLabel('vic_TraffickingStatus', person.trafficking_status) : null} lang="en" />
            <Fact t={t} name="vic_TraffickingStatusDecisionMakingOrg" value={person.decision_org ? picklistLabel('vic_TraffickingStatusDecisionMakingOrg', person.decision_org) : null} lang="en" />
            <Fact t={t} name="vic_RelationshipToTrafficker" value={person.relationship ? picklistLabel('vic_RelationshipToTrafficker', person.relationship) : null} lang="en" />
            <Fact t={t} name="vic_TypeOfExploitation" value={labels('vic_TypeOfExploitation', person.exploitation)} lang="en" />
            <Fact t={t} name="vic_TypeOfSexExploitation" value={labels('vic_TypeOfSexExploitation', person.sex_exploitation)} lang="en" />
            <Fact t={t} name="vic_ForcedLabourIndustry" value={person.industry ? picklistLabel('vic_ForcedLabourIndustry', person.industry) : null} lang="en" />
            <Fact t={t} name="vic_MethodsOfControl" value={labels('vic_MethodsOfControl', person.control)} lang="en" />
            <Fact t={t} name="vic_MethodOfRecruitment" value={labels('vic_MethodOfRecruitment', person.recruitment)} lang="en" />
            <Fact t={t} name="vic_RecruitmentWebsitesAndApps" value={labels('vic_RecruitmentWebsitesAndApps', person.recruitment_apps)} lang="en" />
            <Fact t={t} name="per_RoleInProcess" value={labels('per_RoleInProcess', person.role_in_process)} lang="en" />
            <Fact t={t} name="ari_ProsecutionDate" value={date(person.prosecuted_on)} />
            <Fact t={t} name="ari_ConvictionDate" value={date(person.convicted_on)} />
            <Fact t={t} name="ari_RepatriationCountry" value={country(person.repatriated_to)} />
            <Fact t={t} name="ari_RepatriationDate" value={date(person.repatriated_on)} />
          </dl>
          {person.role === 'Victim' ? <EventTable state={props.state} person={person} /> : null}
          {canEdit ? (
            <div class="actions">
              <a class="button" href={`${base}/persons/${person.id}/edit`}>{t('case_data.action.edit')}</a>
              <form method="post" action={`${base}/persons/${person.id}/delete`} class="inline">
                <CsrfField state={props.state} />
                <button type="submit" class="danger" title={t('case_data.confirm_delete')}>{t('case_data.action.delete')}</button>
              </form>
            </div>
          ) : null}
        </section>
      )) : <p>{t('case_data.case.no_persons')}</p>}
      {canEdit ? (
        <form method="post" action={`${base}/delete`} class="stack">
          <CsrfField state={props.state} />
          <p class="hint">{t('case_data.confirm_delete')}</p>
          <p><button type="submit" class="danger">{t('case_data.action.delete_case')}</button></p>
        </form>
      ) : null}
    </Layout>
  );
}

function EventTable(props: { state: RequestState; person: StoredPerson }) {
  const { t, locale } = props.state;
  const { person } = props;
  const events = EVENT_TYPES.map((type) => {
    const key = type.toLowerCase() as 'recruitment' | 'transit' | 'exploitation';
    return { type, country: person[`${key}_country`], place: person[`${key}_place`], date: person[`${key}_on`] };
  }).filter((event) => event.country || event.place || event.date);
  if (!events.length) return null;
  return (
    <table class="list events">
      <caption>{t('case_data.case.events')}</caption>
      <tbody>
        {events.map((event) => (
          <tr>
            <th scope="row">{fieldLabel(t, eventCountryColumn(event.type))}</th>
            <td>{event.country ? countryName(event.country, locale as 'en') : event.place ? <>{event.place} <span class="badge flagged" title={t('case_data.case.flagged')}>{t('case_data.case.flagged')}</span></> : ''}</td>
            <td>{event.date ? <>{`${fieldLabel(t, eventDateColumn(event.type))}: `}{formatDate(locale, event.date)}</> : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
