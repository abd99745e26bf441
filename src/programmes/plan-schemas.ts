import { z } from 'zod';
import { isoDateField, optionalText, requiredText } from '../core/validation.ts';
import { code, countries, periodInOrder } from './structure-schemas.ts';

export const PLAN_KINDS = ['national', 'regional'] as const;
export const PLAN_STATUSES = ['draft', 'published'] as const;

/** A number as people type it: "1250", "12.5" or "12,5" (a decimal comma); thousands separators are refused as ambiguous. */
export const decimalText = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const text = String(value).trim();
  const number = /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN;
  if (!Number.isFinite(number)) {
    ctx.addIssue({ code: 'custom', message: 'programmes.error.number' });
    return z.NEVER;
  }
  return number;
});

/** A national action plan (one country) or a regional framework (two countries or more). */
export const planSchema = z.object({
  code,
  title: requiredText(300),
  kind: z.enum(PLAN_KINDS),
  countries: countries.pipe(z.array(z.string()).min(1)),
  startDate: isoDateField,
  endDate: isoDateField,
  programme: optionalText(40),
  status: z.enum(PLAN_STATUSES),
}).superRefine((value, ctx) => {
  periodInOrder(value, ctx);
  if (value.kind === 'national' && value.countries.length > 1) ctx.addIssue({ code: 'custom', path: ['countries'], message: 'programmes.error.plan_national_one_country' });
  if (value.kind === 'regional' && value.countries.length === 1) ctx.addIssue({ code: 'custom', path: ['countries'], message: 'programmes.error.plan_regional_countries' });
});
export type PlanInput = z.input<typeof planSchema>;

/** A thematic area of a plan (Brazil's third plan has six). */
export const areaSchema = z.object({ name: requiredText(300) });
export type AreaInput = z.input<typeof areaSchema>;

/** A target with its indicator: progress is measured from the baseline towards the target value by the due date. */
export const targetSchema = z.object({
  area: z.union([z.string(), z.number()]).pipe(z.coerce.number().int().positive()),
  code: z.string().trim().refine((value) => /^[A-Za-z0-9.\-_]{1,20}$/.test(value), { message: 'programmes.error.target_code' }),
  description: requiredText(2000),
  indicator: requiredText(500),
  unit: optionalText(40),
  baseline: decimalText,
  targetValue: decimalText,
  dueDate: isoDateField,
});
export type TargetInput = z.input<typeof targetSchema>;

/** One measure of a target's indicator on a date. */
export const measureSchema = z.object({ date: isoDateField, value: decimalText, note: optionalText(500) });
export type MeasureInput = z.input<typeof measureSchema>;
