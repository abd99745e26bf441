/**
 * Controlled vocabularies of the knowledge portal. Codes are stored; labels come from the
 * interface catalogue under `vocab.<vocabulary>.<code>` so that they follow the user's language.
 *
 * Acts, means and purposes are the three elements of the definition in article 3 of the
 * Trafficking in Persons Protocol; evidential issues follow the UNODC Case Digest on
 * evidential issues in trafficking in persons cases; economic sectors are the ISIC Rev. 4
 * sections used by HTCDS 2.0 (vic_ForcedLabourIndustry).
 */
export const VOCABULARIES = {
  crimeType: ['trafficking_in_persons', 'smuggling_of_migrants', 'related_offences'],
  courtLevel: ['first_instance', 'appeal', 'supreme', 'international', 'not_stated'],
  courtType: ['criminal', 'civil', 'administrative', 'labour', 'constitutional', 'military', 'juvenile', 'other'],
  act: ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt'],
  // SHERLOC keywords some means as groups ("Threat, use of force or other forms of coercion"):
  // a record that says only that keeps the group, rather than claiming each of its means.
  means: ['threat', 'use_of_force', 'coercion', 'threat_force_coercion', 'abduction', 'fraud', 'deception', 'abuse_of_power', 'abuse_of_vulnerability', 'abuse_of_power_or_vulnerability', 'payments'],
  purpose: ['sexual_exploitation', 'forced_labour', 'slavery', 'servitude', 'organ_removal', 'forced_begging', 'forced_criminality', 'forced_marriage', 'other'],
  scope: ['transnational', 'domestic', 'unknown'],
  sector: ['isic_a', 'isic_b', 'isic_c', 'isic_d', 'isic_e', 'isic_f', 'isic_g', 'isic_h', 'isic_i', 'isic_j', 'isic_k', 'isic_l', 'isic_m', 'isic_n', 'isic_o', 'isic_p', 'isic_q', 'isic_r', 'isic_s', 'isic_t', 'isic_u'],
  sex: ['female', 'male', 'other', 'unknown'],
  ageGroup: ['child', 'adult', 'unknown'],
  victimRole: ['victim', 'victim_witness', 'victim_defendant'],
  defendantRole: ['principal', 'organizer', 'recruiter', 'transporter', 'exploiter', 'financier', 'accomplice', 'other'],
  verdict: ['convicted', 'acquitted', 'dismissed', 'pending', 'other'],
  evidentialIssue: [
    'victim_testimony', 'inconsistent_statements', 'victim_not_fleeing', 'victim_consent', 'delayed_reporting', 'victim_absent',
    'financial_evidence', 'digital_evidence', 'special_investigative_techniques', 'expert_evidence', 'corroboration',
    'witness_protection', 'evidence_from_abroad', 'other',
  ],
  crossCuttingIssue: ['non_punishment', 'child_victims', 'gender', 'corruption', 'organized_crime', 'online_exploitation', 'compensation', 'migration_status', 'other'],
  legislationStatus: ['in_force', 'amended', 'repealed', 'draft'],
  legislationTheme: ['criminalization', 'definition', 'aggravating_circumstances', 'victim_protection', 'victim_assistance', 'non_punishment', 'residence_status', 'repatriation', 'prevention', 'international_cooperation', 'jurisdiction', 'liability_of_legal_persons', 'confiscation', 'smuggling_offences'],
  publicationType: ['study', 'report', 'article', 'book', 'book_chapter', 'manual', 'issue_paper', 'guide', 'policy_brief', 'thesis', 'other'],
  researchMethod: ['qualitative', 'quantitative', 'mixed', 'legal_analysis', 'literature_review', 'case_study', 'other'],
  textLanguage: ['ar', 'zh', 'en', 'fr', 'ru', 'es'],
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;
export type Term<V extends VocabularyName> = (typeof VOCABULARIES)[V][number];

/**
 * Articles of the Convention and its Protocols that a legislative provision can implement,
 * and that a case can cite. Code: `<instrument>.<article>`.
 */
export const TREATY_ARTICLES = [
  'tip.3', 'tip.5', 'tip.6', 'tip.7', 'tip.8', 'tip.9', 'tip.10', 'tip.11', 'tip.12', 'tip.13',
  'som.3', 'som.5', 'som.6', 'som.9', 'som.10', 'som.11', 'som.15', 'som.16', 'som.18',
  'untoc.2', 'untoc.5', 'untoc.6', 'untoc.8', 'untoc.10', 'untoc.11', 'untoc.12', 'untoc.13', 'untoc.15', 'untoc.16',
  'untoc.18', 'untoc.19', 'untoc.20', 'untoc.24', 'untoc.25', 'untoc.26', 'untoc.27',
] as const;
export type TreatyArticle = (typeof TREATY_ARTICLES)[number];

export function isTerm<V extends VocabularyName>(vocabulary: V, value: string): value is Term<V> {
  return (VOCABULARIES[vocabulary] as readonly string[]).includes(value);
}

/** The key of a term's label in the interface catalogue. */
export const termKey = (vocabulary: VocabularyName | 'article', code: string) => `vocab.${vocabulary}.${code}`;
