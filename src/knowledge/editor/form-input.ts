import type { FieldError } from '../../core/errors.ts';
import type { FormData } from '../../core/http/forms.ts';
import { VOCABULARIES } from '../vocabularies.ts';
import type { Kind } from '../schemas.ts';
import { getPath, setPath } from '../../core/object-path.ts';

/**
 * The editorial form of a record and the record's input object, both ways. The form has one
 * flat name per control, named after the field's path in the record, so that a validation
 * error's field (`title.en`, `victims.0.sex`) is also the name of the control that shows it:
 *
 * - text:      `court` (numbers too: the schema coerces them)
 * - localized: `title.en`, `title.fr`, ... one input per language
 * - list:      `acts` repeated (checkboxes)
 * - lines:     `keywords`, one item per line (textarea)
 * - codes:     `countries`, items separated by commas, semicolons or spaces
 * - items:     `defendants.0.charges`, items separated by ";" in one input
 * - yesno:     "yes" / "no" / "" (not given)
 * - check:     a checkbox: "yes" when ticked
 * - rows:      repeating groups, `victims.0.sex`, `victims.1.sex`, ... (empty rows are dropped)
 */
export type FormValues = FormData;

export type Control =
  | { type: 'text' | 'localized' | 'list' | 'lines' | 'codes' | 'items' | 'yesno' | 'check'; name: string }
  | { type: 'rows'; name: string; fields: Control[] };

const c = (type: Exclude<Control['type'], 'rows'>, name: string): Control => ({ type, name });
const rows = (name: string, fields: Control[]): Control => ({ type: 'rows', name, fields });
const text = (...names: string[]) => names.map((name) => c('text', name));

const SOURCE_FIELDS = text('citation', 'url');

/** Every control of each kind's form, in the order of the record. */
export const FORM_SPEC: Record<Kind, Control[]> = {
  case: [
    ...text('externalId'), c('localized', 'title'),
    ...text('originalLanguage', 'country', 'jurisdiction', 'court', 'courtLevel', 'courtType', 'caseNumber', 'decisionDate'),
    c('list', 'crimeTypes'), c('list', 'acts'), c('list', 'means'), c('list', 'purposes'), ...text('scope'), c('list', 'sectors'),
    rows('victims', text('initials', 'sex', 'ageGroup', 'age', 'nationality', 'role')),
    rows('defendants', [
      ...text('initials', 'sex', 'ageGroup', 'age', 'nationality', 'role'), c('items', 'charges'), ...text('verdict', 'sentence.prisonMonths'),
      c('yesno', 'sentence.suspended'), ...text('sentence.fineAmount', 'sentence.fineCurrency'),
    ]),
    c('lines', 'charges'),
    rows('proceduralHistory', text('ref', 'relation', 'note')),
    c('localized', 'factSummary'), c('localized', 'commentary'), c('localized', 'significantFeatures'),
    c('list', 'crossCuttingIssues'), c('list', 'evidentialIssues'), c('lines', 'keywords'),
    rows('sources', SOURCE_FIELDS), c('lines', 'legislationApplied'), c('list', 'articles'),
    c('yesno', 'inclusion.allElementsPresent'), ...text('inclusion.reason'), c('check', 'sample'),
  ],
  legislation: [
    ...text('externalId', 'country'), c('localized', 'title'), ...text('originalLanguage', 'officialCitation', 'yearAdopted'),
    c('codes', 'yearsAmended'), ...text('yearInForce', 'yearRepealed', 'status'), c('list', 'crimeTypes'), c('list', 'themes'),
    c('localized', 'summary'),
    rows('provisions', [...text('number'), c('localized', 'heading'), c('localized', 'text'), c('list', 'articles'), c('list', 'themes')]),
    c('lines', 'keywords'), rows('sources', SOURCE_FIELDS), c('check', 'sample'),
  ],
  publication: [
    ...text('externalId'), c('lines', 'authors'), c('localized', 'title'), ...text('originalLanguage', 'year', 'publisher', 'type'),
    c('codes', 'countries'), c('list', 'regions'), ...text('method'), c('list', 'crimeTypes'), c('lines', 'keywords'),
    c('localized', 'abstract'), ...text('url'), c('check', 'sample'),
  ],
};

const LANGUAGES = VOCABULARIES.textLanguage;

/** The submitted form as the record's input object, to be validated by the record schema. */
export function formToInput(kind: Kind, values: FormValues): Record<string, unknown> {
  // The inclusion decision may be left unassessed; a reason without a decision is still named by validation.
  return readControls(FORM_SPEC[kind], values, '');
}

function readControls(controls: Control[], values: FormValues, prefix: string): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const control of controls) {
    const name = prefix + control.name;
    let value: unknown;
    switch (control.type) {
      case 'text': value = one(values, name) || undefined; break;
      case 'localized': {
        const texts = Object.fromEntries(LANGUAGES.map((language) => [language, one(values, `${name}.${language}`)]).filter(([, item]) => item));
        value = texts;
        break;
      }
      case 'list': value = many(values, name).map((item) => item.trim()).filter(Boolean); break;
      case 'lines': value = split(one(values, name), /\r?\n/); break;
      case 'codes': value = split(one(values, name), /[\s,;]+/); break;
      case 'items': value = split(one(values, name), /;/); break;
      case 'yesno': value = yesNo(one(values, name)); break;
      case 'check': value = one(values, name) !== ''; break;
      case 'rows': value = rowIndexes(values, name).map((index) => readControls(control.fields, values, `${name}.${index}.`)); break;
    }
    if (value !== undefined) setPath(target, control.name.split('.'), value);
  }
  return target;
}

/** A record's data (or input) as the values of its form. */
export function dataToForm(kind: Kind, data: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  writeControls(FORM_SPEC[kind], data, '', values);
  return values;
}

function writeControls(controls: Control[], data: Record<string, unknown>, prefix: string, values: FormValues) {
  for (const control of controls) {
    const name = prefix + control.name;
    const value = getPath(data, control.name.split('.'));
    if (value === undefined || value === null) continue;
    switch (control.type) {
      case 'text': values[name] = String(value); break;
      case 'localized':
        for (const [language, item] of Object.entries(value as Record<string, unknown>)) if (item) values[`${name}.${language}`] = String(item);
        break;
      case 'list': values[name] = (value as unknown[]).map(String); break;
      case 'lines': values[name] = (value as unknown[]).join('\n'); break;
      case 'codes': values[name] = (value as unknown[]).join(', '); break;
      case 'items': values[name] = (value as unknown[]).join('; '); break;
      case 'yesno': values[name] = value ? 'yes' : 'no'; break;
      case 'check': if (value) values[name] = 'yes'; break;
      case 'rows':
        (value as Record<string, unknown>[]).forEach((row, index) => writeControls(control.fields, row, `${name}.${index}.`, values));
        break;
    }
  }
}

/**
 * The form with the empty rows of each repeating group removed and the others numbered from 0,
 * so that the rows shown again after an error have the numbers that validation gave them.
 */
export function compactForm(kind: Kind, values: FormValues): FormValues {
  let result: FormValues = { ...values };
  for (const control of FORM_SPEC[kind]) {
    if (control.type !== 'rows') continue;
    const kept = rowIndexes(values, control.name);
    const prefix = `${control.name}.`;
    const next: FormValues = {};
    for (const [key, value] of Object.entries(result)) if (!key.startsWith(prefix)) next[key] = value;
    kept.forEach((index, position) => {
      const from = `${prefix}${index}.`;
      for (const [key, value] of Object.entries(values)) if (key.startsWith(from)) next[`${prefix}${position}.${key.slice(from.length)}`] = value;
    });
    result = next;
  }
  return result;
}

/** The row numbers of a repeating group that hold anything, in order. */
export function rowIndexes(values: FormValues, group: string): number[] {
  const pattern = new RegExp(`^${group.replace(/\./g, '\\.')}\\.(\\d+)\\.`);
  const indexes = new Set<number>();
  for (const [key, value] of Object.entries(values)) {
    const match = pattern.exec(key);
    if (match && (Array.isArray(value) ? value.some((item) => item.trim()) : value.trim())) indexes.add(Number(match[1]));
  }
  return [...indexes].sort((a, b) => a - b);
}

/** How many rows to show for a group: those filled in (numbered from 0) plus `spare` empty ones. */
export function rowsToShow(values: FormValues, group: string, spare = 2): number {
  const indexes = rowIndexes(values, group);
  return (indexes.length ? indexes[indexes.length - 1] + 1 : 0) + spare;
}

/**
 * Error fields as the controls that show them: an item of a list (`acts.0`, `keywords.3`) is
 * shown on its list; an error on a whole row or a whole group stays as it is. A number left
 * empty reads as "required" rather than "not valid" (the schema sees it as not a number).
 */
export function errorsForControls(kind: Kind, errors: FieldError[], values: FormValues = {}): FieldError[] {
  const groups = new Set(FORM_SPEC[kind].filter((control) => control.type === 'rows').map((control) => control.name));
  return errors.map((error) => {
    const parts = error.field.split('.');
    if (parts.length > 1 && /^\d+$/.test(parts[parts.length - 1]) && !groups.has(parts.slice(0, -1).join('.'))) {
      return { ...error, field: parts.slice(0, -1).join('.') };
    }
    if (error.message === 'error.invalid' && controlAt(kind, error.field)?.type === 'text' && !one(values, error.field)) {
      return { ...error, message: 'error.required' };
    }
    return error;
  });
}

/** The control of a form field name: `court`, or `victims.0.age` in a repeating group. */
function controlAt(kind: Kind, name: string): Control | undefined {
  for (const control of FORM_SPEC[kind]) {
    if (control.name === name) return control;
    const row = control.type === 'rows' ? new RegExp(`^${control.name}\\.\\d+\\.(.+)$`).exec(name) : null;
    if (row && control.type === 'rows') return control.fields.find((field) => field.name === row[1]);
  }
  return undefined;
}

function one(values: FormValues, name: string): string {
  const value = values[name];
  return (Array.isArray(value) ? value[0] ?? '' : value ?? '').trim();
}

function many(values: FormValues, name: string): string[] {
  const value = values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function split(value: string, separator: RegExp): string[] {
  return value.split(separator).map((item) => item.trim()).filter(Boolean);
}

function yesNo(value: string): boolean | undefined {
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return undefined;
}
