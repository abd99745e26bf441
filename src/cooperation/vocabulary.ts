/** The controlled terms of cooperation requests (their labels are `cooperation.<group>.<code>` strings). */

export const REQUEST_KINDS = ['mutual_legal_assistance', 'extradition', 'transfer_of_proceedings', 'transfer_of_sentenced_persons', 'police_cooperation'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

export const CRIME_TYPES = ['trafficking_in_persons', 'smuggling_of_migrants', 'related'] as const;
export type CrimeType = (typeof CRIME_TYPES)[number];

export const STATUSES = ['drafted', 'sent', 'received', 'in_execution', 'executed', 'refused', 'withdrawn'] as const;
export type RequestStatus = (typeof STATUSES)[number];

/** Sent and not yet answered or withdrawn: what the requested side still has to act on. */
export const OPEN_STATUSES: readonly RequestStatus[] = ['sent', 'received', 'in_execution'];
export const CLOSED_STATUSES: readonly RequestStatus[] = ['executed', 'refused', 'withdrawn'];

/**
 * Common legal bases, offered as choices; `other` takes free text. The articles are those of the
 * United Nations Convention against Transnational Organized Crime (UNTOC) on each kind of
 * cooperation; the liaison magistrates of the seeds work "on the basis of article 18".
 */
export const LEGAL_BASES = [
  'untoc_article_18', 'untoc_article_16', 'untoc_article_17', 'untoc_article_21', 'untoc_article_27',
  'bilateral_treaty', 'regional_instrument', 'reciprocity', 'other',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
/** Legal bases that need the instrument named in the detail field. */
export const LEGAL_BASES_NEEDING_DETAIL: readonly LegalBasis[] = ['bilateral_treaty', 'regional_instrument', 'other'];

export const CONTACT_ROLES = ['liaison_magistrate', 'contact_point'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** Requests whose deadline falls within this many days are "due soon" on the dashboard. */
export const DUE_SOON_DAYS = 14;

export const isStatus = (value: unknown): value is RequestStatus => (STATUSES as readonly unknown[]).includes(value);
export const isOpen = (status: string) => (OPEN_STATUSES as readonly string[]).includes(status);
