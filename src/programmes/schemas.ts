import { z } from 'zod';
import { getCountry } from '../core/geo/countries.ts';
import { isoDateField, optionalText, requiredText } from '../core/validation.ts';
import { ACTIVITY_TYPES, INSTITUTION_TYPES, OUTCOME_TYPES, SCOPES, SEXES, STATUSES } from './vocabulary.ts';

/** An ISO 3166 country, kept as alpha-3. */
const country = z.string().trim().transform((value, ctx) => {
  const found = getCountry(value);
  if (!found) {
    ctx.addIssue({ code: 'custom', message: 'programmes.error.unknown_country', params: { value } });
    return z.NEVER;
  }
  return found.iso3;
});
const count = z.coerce.number().int().min(0).max(1_000_000);
const code = z.string().trim().min(1).max(40);
const externalId = z.string().trim().regex(/^[A-Za-z0-9._:-]{1,80}$/, 'programmes.error.external_id').optional();

export const participationSchema = z.object({
  institutionType: z.enum(INSTITUTION_TYPES),
  participants: count,
});

export const activitySchema = z.object({
  externalId,
  type: z.enum(ACTIVITY_TYPES),
  title: requiredText(300),
  startDate: isoDateField,
  endDate: isoDateField,
  place: optionalText(200),
  scope: z.enum(SCOPES),
  countries: z.array(country).min(1),
  programmes: z.array(code).default([]),
  project: optionalText(40),
  partners: z.array(z.string().trim().min(1).max(200)).default([]),
  topic: optionalText(200),
  description: optionalText(5000),
  female: count.default(0),
  male: count.default(0),
  unknown: count.default(0),
  participation: z.array(participationSchema).default([]),
  status: z.enum(STATUSES).default('draft'),
  sample: z.boolean().default(false),
}).superRefine((value, ctx) => {
  if (value.endDate < value.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'programmes.error.end_before_start' });
  const distinct = new Set(value.countries);
  if (distinct.size !== value.countries.length) ctx.addIssue({ code: 'custom', path: ['countries'], message: 'programmes.error.duplicate_country' });
  if (value.scope === 'national' && distinct.size !== 1) ctx.addIssue({ code: 'custom', path: ['countries'], message: 'programmes.error.national_one_country' });
  if (value.scope === 'regional' && distinct.size < 2) ctx.addIssue({ code: 'custom', path: ['countries'], message: 'programmes.error.regional_countries' });
  const byInstitution = value.participation.reduce((sum, item) => sum + item.participants, 0);
  const bySex = value.female + value.male + value.unknown;
  if (value.participation.length && byInstitution !== bySex) {
    ctx.addIssue({ code: 'custom', path: ['participation'], message: 'programmes.error.participation_sum', params: { institutions: byInstitution, total: bySex } });
  }
  const institutions = value.participation.map((item) => item.institutionType);
  if (new Set(institutions).size !== institutions.length) ctx.addIssue({ code: 'custom', path: ['participation'], message: 'programmes.error.duplicate_institution' });
});
export type ActivityInput = z.input<typeof activitySchema>;
export type ActivityData = z.output<typeof activitySchema>;

/** One person of a participant list (kept private; only the counts derived from it are shown). */
export const participantSchema = z.object({
  activity: z.string().trim().min(1).max(80),
  name: requiredText(200),
  sex: z.enum(SEXES),
  institutionType: z.enum(INSTITUTION_TYPES),
  institution: optionalText(200),
  country: z.preprocess((value) => (value === '' ? undefined : value), country.optional()),
});
export type ParticipantData = z.output<typeof participantSchema>;

export const outcomeSchema = z.object({
  externalId,
  type: z.enum(OUTCOME_TYPES),
  activity: optionalText(80),
  programme: optionalText(40),
  country,
  date: isoDateField,
  quantity: count.default(1),
  knowledgeRecord: z.coerce.number().int().positive().optional(),
  source: optionalText(500),
  story: optionalText(3000),
  status: z.enum(STATUSES).default('draft'),
  sample: z.boolean().default(false),
});
export type OutcomeInput = z.input<typeof outcomeSchema>;
export type OutcomeData = z.output<typeof outcomeSchema>;
