import { z } from 'zod';
import { getCountry } from '../core/geo/countries.ts';
import { emptyAsUndefined, isoDateField, optionalText, requiredText } from '../core/validation.ts';
import { CRIME_FOCUS } from './vocabulary.ts';

export const PROGRAMME_KINDS = ['programme', 'initiative'] as const;

// A refinement (not .regex) so that the field error names this capability's message.
export const code = z.string().trim().refine((value) => /^[A-Za-z0-9.\-_]{1,40}$/.test(value), { message: 'programmes.error.code' });
export const optionalDate = emptyAsUndefined(isoDateField.optional());
export const countries = z.array(z.string().trim().transform((value, ctx) => {
  const found = getCountry(value);
  if (!found) {
    ctx.addIssue({ code: 'custom', message: 'programmes.error.unknown_country', params: { value } });
    return z.NEVER;
  }
  return found.iso3;
})).transform((list) => [...new Set(list)]);
export const periodInOrder = (value: { startDate?: string; endDate?: string }, ctx: z.RefinementCtx) => {
  if (value.startDate && value.endDate && value.endDate < value.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'programmes.error.end_before_start' });
};

/** A global programme or an initiative under one (its parent's code). */
export const programmeSchema = z.object({
  code,
  name: requiredText(300),
  kind: z.enum(PROGRAMME_KINDS),
  parent: optionalText(40),
  crimeFocus: z.enum(CRIME_FOCUS),
  donors: z.array(z.string().trim().min(1).max(200)).default([]),
  startDate: optionalDate,
  endDate: optionalDate,
  countries: countries.default([]),
  description: optionalText(5000),
}).superRefine((value, ctx) => {
  periodInOrder(value, ctx);
  if (value.kind === 'initiative' && !value.parent) ctx.addIssue({ code: 'custom', path: ['parent'], message: 'programmes.error.initiative_parent' });
  if (value.kind === 'programme' && value.parent) ctx.addIssue({ code: 'custom', path: ['parent'], message: 'programmes.error.programme_no_parent' });
  if (value.parent && value.parent === value.code) ctx.addIssue({ code: 'custom', path: ['parent'], message: 'programmes.error.programme_no_parent' });
});
export type ProgrammeInput = z.input<typeof programmeSchema>;
export type ProgrammeData = z.output<typeof programmeSchema>;

/** A project under a programme or initiative. */
export const projectSchema = z.object({
  programme: z.string().trim().min(1).max(40),
  code,
  name: requiredText(300),
  startDate: optionalDate,
  endDate: optionalDate,
}).superRefine(periodInOrder);
export type ProjectInput = z.input<typeof projectSchema>;
export type ProjectData = z.output<typeof projectSchema>;
