import type { FieldError } from '../../core/errors.ts';
import type { Translate } from '../../core/i18n/i18n.ts';
import { LIST_SEPARATOR } from '../htcds/columns.ts';
import { HTCDS_PICKLISTS, type PicklistField } from '../htcds/picklists.ts';

/** Form values by HTCDS column name, as typed (lists joined with ';'). */
export type FormValues = Record<string, string>;

interface FieldProps { t: Translate; name: string; values: FormValues; errors: FieldError[]; hint?: string; required?: boolean }

export const fieldLabel = (t: Translate, name: string) => t(`case_data.field.${name}`);

function FieldFrame(props: FieldProps & { children: unknown; group?: boolean }) {
  const error = props.errors.find((item) => item.field === props.name);
  const id = `field-${props.name}`;
  const label = <>{fieldLabel(props.t, props.name)} <span class="htcds-name" lang="en">{props.name}</span></>;
  const inner = (
    <>
      {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
      {error ? <p class="field-error" id={`${id}-error`}>{props.t(error.message, error.params)}</p> : null}
      {props.children}
    </>
  );
  if (props.group) {
    return (
      <fieldset id={id} class={error ? 'field invalid' : 'field'} tabindex={-1}>
        <legend>{label}</legend>
        {inner}
      </fieldset>
    );
  }
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {inner}
    </div>
  );
}

const describedBy = (props: FieldProps) => {
  const id = `field-${props.name}`;
  const error = props.errors.some((item) => item.field === props.name);
  return [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
};

export function TextField(props: FieldProps & { type?: string }) {
  const invalid = props.errors.some((item) => item.field === props.name);
  return (
    <FieldFrame {...props}>
      <input id={`field-${props.name}`} name={props.name} type={props.type ?? 'text'} value={props.values[props.name] ?? ''}
        required={props.required} aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy(props)} />
    </FieldFrame>
  );
}

/** A single-choice HTCDS picklist; options show the standard's labels, values are its names. */
export function PicklistField(props: FieldProps & { field?: PicklistField }) {
  const field = (props.field ?? props.name) as PicklistField;
  const current = props.values[props.name] ?? '';
  const invalid = props.errors.some((item) => item.field === props.name);
  const known = HTCDS_PICKLISTS[field].some(([name]) => name === current);
  return (
    <FieldFrame {...props}>
      <select id={`field-${props.name}`} name={props.name} required={props.required} aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy(props)}>
        <option value="">{props.t('case_data.choose')}</option>
        {HTCDS_PICKLISTS[field].map(([name, label]) => <option value={name} selected={current === name} lang="en">{label}</option>)}
        {current && !known ? <option value={current} selected>{current}</option> : null}
      </select>
    </FieldFrame>
  );
}

/** A multi-select HTCDS picklist as checkboxes (works without JavaScript). */
export function PicklistChecks(props: FieldProps & { field?: PicklistField }) {
  const field = (props.field ?? props.name) as PicklistField;
  const chosen = new Set((props.values[props.name] ?? '').split(LIST_SEPARATOR).map((item) => item.trim()).filter(Boolean));
  return (
    <FieldFrame {...props} group hint={props.hint ?? props.t('case_data.person.list_hint')}>
      <div class="checks">
        {HTCDS_PICKLISTS[field].map(([name, label]) => (
          <label class="check"><input type="checkbox" name={props.name} value={name} checked={chosen.has(name)} /> <span lang="en">{label}</span></label>
        ))}
      </div>
    </FieldFrame>
  );
}
