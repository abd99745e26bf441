import type { FieldError } from '../../../core/errors.ts';
import type { Locale, Translate } from '../../../core/i18n/i18n.ts';
import { countryName, listCountries, listRegions, regionName, sortByName } from '../../../core/geo/countries.ts';
import { termKey, TREATY_ARTICLES, VOCABULARIES, type VocabularyName } from '../../vocabularies.ts';
import type { FormValues } from '../form-input.ts';
import { fieldKey } from '../labels.ts';

/** What every control of the record form needs: the values typed so far and the errors to show. */
export interface FormContext { t: Translate; locale: Locale; values: FormValues; errors: FieldError[] }

export type Option = [value: string, label: string];

const LANGUAGES = VOCABULARIES.textLanguage;
const idOf = (name: string) => `field-${name}`;
const lastPart = (name: string) => name.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? name;
const labelOf = (ctx: FormContext, name: string, label?: string) => label ?? ctx.t(fieldKey(lastPart(name)));

export function valueOf(ctx: FormContext, name: string): string {
  const value = ctx.values[name];
  return Array.isArray(value) ? value[0] ?? '' : value ?? '';
}

export function listOf(ctx: FormContext, name: string): string[] {
  const value = ctx.values[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function errorOf(ctx: FormContext, name: string): FieldError | undefined {
  return ctx.errors.find((error) => error.field === name);
}

/** The language the record was written in: its text in that language comes first. */
export function originalLanguage(ctx: FormContext): string {
  const chosen = valueOf(ctx, 'originalLanguage');
  return (LANGUAGES as readonly string[]).includes(chosen) ? chosen : ctx.locale;
}

export const vocabularyOptions = (t: Translate, vocabulary: VocabularyName): Option[] =>
  (VOCABULARIES[vocabulary] as readonly string[]).map((code) => [code, t(termKey(vocabulary, code))]);
export const articleOptions = (t: Translate): Option[] => TREATY_ARTICLES.map((code) => [code, t(termKey('article', code))]);
export const regionOptions = (locale: Locale): Option[] => listRegions().map((region) => [region.code, `${regionName(region.code, locale)} (${region.code})`]);

const countryCache = new Map<Locale, Option[]>();
export function countryOptions(locale: Locale): Option[] {
  let options = countryCache.get(locale);
  if (!options) {
    options = sortByName(listCountries(), locale).map((country) => [country.iso3, countryName(country.iso3, locale)]);
    countryCache.set(locale, options);
  }
  return options;
}

function FieldMessage(props: { ctx: FormContext; name: string }) {
  const error = errorOf(props.ctx, props.name);
  return error ? <p class="field-error" id={`${idOf(props.name)}-error`}>{props.ctx.t(error.message, error.params)}</p> : null;
}

function describedBy(ctx: FormContext, name: string, hint?: string) {
  return [hint ? `${idOf(name)}-hint` : '', errorOf(ctx, name) ? `${idOf(name)}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A labelled field wrapping one control, with its hint and error. */
function Wrapper(props: { ctx: FormContext; name: string; label?: string; hint?: string; children?: unknown }) {
  return (
    <div class={errorOf(props.ctx, props.name) ? 'field invalid' : 'field'}>
      <label for={idOf(props.name)}>{labelOf(props.ctx, props.name, props.label)}</label>
      {props.hint ? <p class="hint" id={`${idOf(props.name)}-hint`}>{props.hint}</p> : null}
      <FieldMessage ctx={props.ctx} name={props.name} />
      {props.children}
    </div>
  );
}

export function TextField(props: { ctx: FormContext; name: string; label?: string; hint?: string; type?: string; required?: boolean; list?: string }) {
  const { ctx, name } = props;
  return (
    <Wrapper ctx={ctx} name={name} label={props.label} hint={props.hint}>
      <input id={idOf(name)} name={name} type={props.type ?? 'text'} value={valueOf(ctx, name)} required={props.required} list={props.list}
        aria-invalid={errorOf(ctx, name) ? 'true' : undefined} aria-describedby={describedBy(ctx, name, props.hint)} />
    </Wrapper>
  );
}

export function TextArea(props: { ctx: FormContext; name: string; label?: string; hint?: string; rows?: number }) {
  const { ctx, name } = props;
  return (
    <Wrapper ctx={ctx} name={name} label={props.label} hint={props.hint}>
      <textarea id={idOf(name)} name={name} rows={props.rows ?? 4} aria-invalid={errorOf(ctx, name) ? 'true' : undefined}
        aria-describedby={describedBy(ctx, name, props.hint)}>{valueOf(ctx, name)}</textarea>
    </Wrapper>
  );
}

/** A select; `blank` offers "not given" first (optional fields, or no default for a required one). */
export function SelectField(props: { ctx: FormContext; name: string; options: Option[]; label?: string; hint?: string; blank?: boolean; required?: boolean }) {
  const { ctx, name } = props;
  return (
    <Wrapper ctx={ctx} name={name} label={props.label} hint={props.hint}>
      <Select ctx={ctx} name={name} options={props.options} blank={props.blank} required={props.required} hint={props.hint} />
    </Wrapper>
  );
}

/** A bare select; `blankLabel` replaces "(not given)" where space is short (table cells). */
export function Select(props: { ctx: FormContext; name: string; options: Option[]; blank?: boolean; blankLabel?: string; required?: boolean; hint?: string; label?: string }) {
  const { ctx, name } = props;
  const value = valueOf(ctx, name);
  const known = !value || props.options.some(([code]) => code === value);
  return (
    <select id={idOf(name)} name={name} required={props.required} aria-label={props.label} aria-invalid={errorOf(ctx, name) ? 'true' : undefined}
      aria-describedby={describedBy(ctx, name, props.hint)}>
      {props.blank !== false ? <option value="">{props.blankLabel ?? ctx.t('editor.not_given')}</option> : null}
      {known ? null : <option value={value} selected>{value}</option>}
      {props.options.map(([code, label]) => <option value={code} selected={code === value}>{label}</option>)}
    </select>
  );
}

/** Checkboxes for a list of terms, as one fieldset. */
export function CheckboxGroup(props: { ctx: FormContext; name: string; options: Option[]; label?: string; hint?: string }) {
  const { ctx, name } = props;
  const chosen = listOf(ctx, name);
  return (
    <fieldset id={idOf(name)} class={errorOf(ctx, name) ? 'invalid' : undefined}>
      <legend>{labelOf(ctx, name, props.label)}</legend>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      <FieldMessage ctx={ctx} name={name} />
      {props.options.map(([code, label]) => (
        <label class="check"><input type="checkbox" name={name} value={code} checked={chosen.includes(code)} /><span>{label}</span></label>
      ))}
    </fieldset>
  );
}

export function Checkbox(props: { ctx: FormContext; name: string; label?: string; hint?: string }) {
  const { ctx, name } = props;
  return (
    <div class="field">
      <label class="check">
        <input id={idOf(name)} type="checkbox" name={name} value="yes" checked={valueOf(ctx, name) === 'yes'} />
        <span>{labelOf(ctx, name, props.label)}</span>
        {props.hint ? <span class="hint">{props.hint}</span> : null}
      </label>
    </div>
  );
}

/** Yes / no radio buttons for a boolean that must be answered. */
export function YesNo(props: { ctx: FormContext; name: string; label?: string; hint?: string }) {
  const { ctx, name } = props;
  const value = valueOf(ctx, name);
  return (
    <fieldset id={idOf(name)} class={errorOf(ctx, name) ? 'invalid' : undefined}>
      <legend>{labelOf(ctx, name, props.label)}</legend>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      <FieldMessage ctx={ctx} name={name} />
      <label class="check"><input type="radio" name={name} value="yes" checked={value === 'yes'} /><span>{ctx.t('editor.yes')}</span></label>
      <label class="check"><input type="radio" name={name} value="no" checked={value === 'no'} /><span>{ctx.t('editor.no')}</span></label>
    </fieldset>
  );
}

/**
 * A text in the six UN languages: the original language's input first, the five others under
 * a disclosure that is open when one of them holds text or an error.
 */
export function LocalizedField(props: { ctx: FormContext; name: string; label?: string; hint?: string; multiline?: boolean; required?: boolean }) {
  const { ctx, name, multiline } = props;
  const first = originalLanguage(ctx);
  const others = LANGUAGES.filter((language) => language !== first);
  const open = others.some((language) => valueOf(ctx, `${name}.${language}`) || errorOf(ctx, `${name}.${language}`));
  const input = (language: string) => {
    const control = `${name}.${language}`;
    const label = ctx.t(termKey('textLanguage', language));
    return (
      <Wrapper ctx={ctx} name={control} label={label}>
        {multiline
          ? <textarea id={idOf(control)} name={control} lang={language} rows={language === first ? 6 : 4} aria-invalid={errorOf(ctx, control) ? 'true' : undefined}>{valueOf(ctx, control)}</textarea>
          : <input id={idOf(control)} name={control} type="text" lang={language} value={valueOf(ctx, control)} aria-invalid={errorOf(ctx, control) ? 'true' : undefined} />}
      </Wrapper>
    );
  };
  return (
    <fieldset id={idOf(name)} class={errorOf(ctx, name) ? 'invalid' : undefined}>
      <legend>{labelOf(ctx, name, props.label)}{props.required ? ` (${ctx.t('editor.required')})` : ''}</legend>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      <FieldMessage ctx={ctx} name={name} />
      {input(first)}
      <details open={open}>
        <summary>{ctx.t('editor.other_languages')}</summary>
        {others.map(input)}
      </details>
    </fieldset>
  );
}

/** A country list for the nationality fields of table rows (type the code, or pick a name). */
export function CountryList(props: { locale: Locale }) {
  return <datalist id="countries">{countryOptions(props.locale).map(([code, name]) => <option value={code}>{name}</option>)}</datalist>;
}

export interface Column { field: string; label?: string; type?: 'text' | 'number' | 'select' | 'yesno'; options?: Option[]; size?: number; list?: string }

/**
 * A repeating group as a table: the rows filled in, then `spare` empty rows. Without
 * JavaScript, saving with every row filled shows new empty rows next time.
 */
export function RowsTable(props: { ctx: FormContext; group: string; count: number; columns: Column[]; label?: string; hint?: string }) {
  const { ctx, group } = props;
  const rows = Array.from({ length: props.count }, (_, index) => index);
  const columnLabel = (column: Column) => column.label ?? ctx.t(fieldKey(lastPart(column.field)));
  return (
    <fieldset id={idOf(group)} class={errorOf(ctx, group) ? 'invalid' : undefined}>
      <legend>{labelOf(ctx, group, props.label)}</legend>
      {props.hint ? <p class="hint">{props.hint}</p> : null}
      <FieldMessage ctx={ctx} name={group} />
      <table>
        <thead><tr><th>#</th>{props.columns.map((column) => <th>{columnLabel(column)}</th>)}</tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <td>{row + 1}</td>
              {props.columns.map((column) => {
                const name = `${group}.${row}.${column.field}`;
                const label = `${columnLabel(column)}, ${ctx.t('editor.row', { row: row + 1 })}`;
                const error = errorOf(ctx, name);
                return (
                  <td class={error ? 'invalid' : undefined}>
                    {column.type === 'select' || column.type === 'yesno'
                      ? <Select ctx={ctx} name={name} label={label} blankLabel="–" options={column.type === 'yesno' ? [['yes', ctx.t('editor.yes')], ['no', ctx.t('editor.no')]] : column.options ?? []} />
                      : <input id={idOf(name)} name={name} type="text" inputmode={column.type === 'number' ? 'decimal' : undefined} size={column.size}
                          value={valueOf(ctx, name)} list={column.list} aria-label={label} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${idOf(name)}-error` : undefined} />}
                    <FieldMessage ctx={ctx} name={name} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
