/**
 * The picklists of the Human Trafficking Case Data Standard (HTCDS) 2.0 that Ariadne's
 * case-level records use, as [value name, value label] exactly as in the standard's field
 * reference (htcds_field_standards_2.0.csv, IOM, CC BY 4.0). Files carry value names;
 * imports also accept labels. Labels are the standard's own English terms.
 */
export const HTCDS_PICKLISTS = {
  org_Type: [
    ['NGO', 'NGO'],
    ['LawEnforcement', 'Law Enforcement'],
    ['HealthServiceOrganisation', 'Health Service Organisation'],
    ['CentralGovernmentOrganisation', 'Central Government Organisation'],
    ['LocalGovernmentOrganisation', 'Local Government Organisation'],
    ['ImmigrationService', 'Immigration Service'],
    ['LegalService', 'Legal Service'],
    ['CorporateBusiness', 'Corporate Business'],
    ['SchoolOrCollege', 'School or College'],
  ],
  prs_Gender: [
    ['Feminine', 'Feminine'],
    ['Masculine', 'Masculine'],
    ['TransgenderFeminine', 'Transgender Feminine'],
    ['TransgenderMasculine', 'Transgender Masculine'],
    ['NonConforming', 'Non-Conforming'],
    ['NonSpecifiedUnknown', 'Not Specified/Unknown'],
  ],
  vic_TraffickingStatus: [
    ['PossibleVictimOfTrafficking', 'Possible victim of trafficking'],
    ['ActualVictimOfTrafficking', 'Actual victim of trafficking'],
    ['NotAVictimOfTrafficking', 'Not a victim of trafficking'],
  ],
  vic_TraffickingStatusDecisionMakingOrg: [
    ['Police', 'Police'],
    ['NGO', 'NGO'],
    ['CourtOrProsecution', 'Court or prosecution'],
    ['NonPoliceGovernmentalOrganization', 'Non-police governmental organization'],
    ['Other', 'Other'],
  ],
  vic_RelationshipToTrafficker: [
    ['Familial', 'Familial'],
    ['Acquainted', 'Acquainted'],
    ['Unaquainted', 'Unaquainted'],
  ],
  vic_RecruitmentWebsitesAndApps: [
    ['Facebook', 'Facebook'],
    ['Instagram', 'Instagram'],
    ['WhatsApp', 'WhatsApp'],
    ['Telegram', 'Telegram'],
    ['FacebookMessenger', 'Facebook Messenger'],
    ['Viber', 'Viber'],
    ['SnapChat', 'SnapChat'],
    ['Line', 'Line'],
    ['4Sale', '4Sale'],
    ['WeChat', 'WeChat'],
    ['QQ', 'QQ'],
    ['QZone', 'QZone'],
    ['TikTok', 'TikTok'],
    ['Twitter', 'Twitter'],
    ['Other', 'Other'],
  ],
  vic_MethodOfRecruitment: [
    ['AtAPlaceOfBusiness', 'At a place of business'],
    ['AtAnEducationalInstitution', 'At an educational institution'],
    ['AtWork', 'At work'],
    ['ThroughOnlineSocialNetworks', 'Through online social networks'],
    ['ThroughAnOnlineAdvertisement', 'Through an online advertisement'],
    ['ThroughATelevisionAdvert', 'Through a television advert'],
    ['ThroughANewspaperAdvert', 'Through a newspaper advert'],
    ['ThroughFamilyOrFamilyEvents', 'Through family or family events'],
    ['ThroughFriendsOrSocialEvents', 'Through friends or social events'],
    ['Other', 'Other'],
  ],
  vic_MethodsOfControl: [
    ['PhysicalThreats', 'Physical threats'],
    ['ThreatsLawEnforcement', 'Threats of law enforcement'],
    ['ThreatensChildrenFamily', 'Threatens children/family'],
    ['DebtBondage', 'Debt bondage'],
    ['FalsePromises', 'False promises'],
    ['PhysicalAbuse', 'Physical abuse'],
    ['SexualAbuse', 'Sexual abuse'],
    ['TakesEarnings', 'Takes earnings'],
    ['RestrictsFinancialAccess', 'Restricts financial access'],
    ['RestrictsMedicalCare', 'Restricts medical care'],
    ['WithholdsNecessities', 'Withholds necessities'],
    ['PsychologicalAbuse', 'Psychological abuse'],
    ['PsychoactiveSubstance', 'Psychoactive substance'],
    ['ExcessiveWorkingHours', 'Excessive working hours'],
    ['WithholdsDocuments', 'Withholds documents'],
    ['Other', 'Other'],
  ],
  vic_TypeOfExploitation: [
    ['ForcedLabour', 'Forced labour'],
    ['SexualExploitation', 'Sexual exploitation'],
    ['ChildLabour', 'Child labour'],
    ['ForcedMarriage', 'Forced marriage'],
    ['Servitude', 'Servitude'],
    ['ForcedMilitaryByNonStateActors', 'Forced military (by non-state actors)'],
    ['OrganRemoval', 'Organ removal'],
    ['ForcedBegging', 'Forced begging'],
    ['ForcedAdoption', 'Forced adoption'],
    ['Surrogacy', 'Surrogacy'],
    ['Other', 'Other'],
  ],
  vic_ForcedLabourIndustry: [
    ['A_AgricultureForestryAndFishing', 'Agriculture, forestry and fishing'],
    ['B_MiningAndQuarrying', 'Mining and quarrying'],
    ['C_Manufacturing', 'Manufacturing'],
    ['D_ElectricityGasSteamAndAirConditioningSupply', 'Electricity, gas, steam and air conditioning supply'],
    ['E_WaterSupplySewerageWasteManagement', 'Water supply; sewerage, waste management and remediation'],
    ['F_Construction', 'Construction'],
    ['G_WholesaleAndRetailTradeRepairOfMotorVehicles', 'Wholesale and retail trade; repair of motor vehicles and motorcycles'],
    ['H_TransportationAndStorage', 'Transportation and storage'],
    ['I_AccommodationAndFoodServiceActivities', 'Accommodation and food service activities'],
    ['J_InformationAndCommunication', 'Information and communication'],
    ['K_FinancialAndInsuranceActivities', 'Financial and insurance activities'],
    ['L_RealEstateActivities', 'Real estate activities'],
    ['M_ProfessionalScientificAndTechnicalActivities', 'Professional, scientific and technical activities'],
    ['N_AdministrativeAndSupportServiceActivities', 'Administrative and support service activities'],
    ['O_PublicAdministrationAndDefence', 'Public administration and defence; compulsory social security'],
    ['P_Education', 'Education'],
    ['Q_HumanHealthAndSocialWorkActivities', 'Human health and social work activities'],
    ['R_ArtsEntertainmentAndRecreation', 'Arts, entertainment and recreation'],
    ['S_OtherServiceActivities', 'Other service activities'],
    ['T_ActivitiesOfHouseholdsAsEmployers', 'Activities of households as employers; undifferentiated goods- and services- producing activities of households for own use'],
    ['U_ActivitiesOfExtraterritorialOrganizations', 'Activities of extraterritorial organizations and bodies'],
  ],
  vic_TypeOfSexExploitation: [
    ['Prostitution', 'Prostitution'],
    ['Pornography', 'Pornography'],
    ['RemoteInteractiveServices', 'Remote Interactive Services'],
    ['PrivateSexualServices', 'Private Sexual Services'],
  ],
  per_RoleInProcess: [
    ['TravellingPartner', 'Travelling Partner'],
    ['Transporter', 'Transporter'],
    ['RecruiterOrIntermediary', 'Recruiter Or Intermediary'],
    ['BrokerTravelAgent', 'Broker Travel Agent'],
    ['TransferredIndividual', 'Transferred Individual'],
    ['HarbouredIndividual', 'Harboured Individual'],
    ['SoldIndividual', 'Sold Individual'],
    ['BoughtIndividual', 'Bought Individual'],
    ['ReceivedIndividual', 'Received Individual'],
    ['ControlledIndividual', 'Controlled Individual'],
    ['Smuggler', 'Smuggler'],
    ['Abuser', 'Abuser'],
    ['Kidnapper', 'Kidnapper'],
    ['Exploiter', 'Exploiter'],
    ['Other', 'Other'],
  ],
  cas_Status: [
    ['Active', 'Active'],
    ['FollowUp', 'Follow Up'],
    ['Closed', 'Closed'],
    ['ClosedReferred', 'Closed Referred'],
  ],
  hte_Type: [
    ['Recruitment', 'Recruitment'],
    ['Transit', 'Transit'],
    ['Exploitation', 'Exploitation'],
  ],

} as const satisfies Record<string, readonly (readonly [string, string])[]>;

export type PicklistField = keyof typeof HTCDS_PICKLISTS;
export type PicklistValue<F extends PicklistField> = (typeof HTCDS_PICKLISTS)[F][number][0];

const normalise = (text: string) => text.trim().toLowerCase().replace(/[\s_\-/()]+/g, '');

const lookups = new Map<PicklistField, Map<string, string>>(
  (Object.keys(HTCDS_PICKLISTS) as PicklistField[]).map((field) => {
    const map = new Map<string, string>();
    for (const [name, label] of HTCDS_PICKLISTS[field]) {
      map.set(normalise(name), name);
      map.set(normalise(label), name);
    }
    return [field, map];
  }),
);

/** The standard's value name for a value name or label (any case, spacing); undefined when not in the picklist. */
export function picklistValue(field: PicklistField, text: string): string | undefined {
  return lookups.get(field)?.get(normalise(text));
}

export function picklistNames(field: PicklistField): string[] {
  return HTCDS_PICKLISTS[field].map(([name]) => name);
}

export function picklistLabel(field: PicklistField, name: string): string {
  return HTCDS_PICKLISTS[field].find(([value]) => value === name)?.[1] ?? name;
}
