import type { Child } from 'hono/jsx';
import type { FieldError } from '../errors.ts';
import type { Translate } from '../i18n/i18n.ts';
import type { RequestState } from './context.ts';
import { groupProblems, rowRanges, type ImportProblem } from '../files/import-problems.ts';

export function CsrfField(props: { state: RequestState }) {
  return <input type="hidden" name="_csrf" value={props.state.csrfToken} />;
}

/** A summary of what is wrong with a form, linking to each field, announced to screen readers. */
export function ErrorSummary(props: { t: Translate; errors: FieldError[]; labels?: Record<string, string> }) {
  if (!props.errors.length) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <h2>{props.t('form.fix_errors')}</h2>
      <ul>
        {props.errors.map((error) => (
          <li><a href={`#field-${error.field}`}>{`${props.labels?.[error.field] ?? error.field}: ${props.t(error.message, error.params)}`}</a></li>
        ))}
      </ul>
    </div>
  );
}

/** A choice of a drop-down list. */
export interface FieldOption { value: string; label: string }

/**
 * A labelled form control with its hint and error: a text input (of `type`), a drop-down list
 * when `options` are given (`empty`: the label of a first, empty choice), or `children`. Its id
 * is what the error summary links to.
 */
export function Field(props: {
  t: Translate; name: string; label: string; errors?: FieldError[]; hint?: string; children?: Child;
  type?: string; value?: string; required?: boolean; autocomplete?: string;
  options?: readonly FieldOption[]; empty?: string; disabled?: boolean;
}) {
  const error = props.errors?.find((item) => item.field === props.name);
  const id = `field-${props.name}`;
  const describedBy = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const control = props.options ? (
    <select id={id} name={props.name} required={props.required} disabled={props.disabled} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy}>
      {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
      {props.options.map((option) => <option value={option.value} selected={props.value === option.value}>{option.label}</option>)}
    </select>
  ) : (
    <input id={id} name={props.name} type={props.type ?? 'text'} value={props.value ?? ''} required={props.required}
      autocomplete={props.autocomplete} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy} />
  );
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
      {error ? <p class="field-error" id={`${id}-error`}>{props.t(error.message, error.params)}</p> : null}
      {props.children ?? control}
    </div>
  );
}

export function Notice(props: { kind?: 'info' | 'success' | 'warning'; children?: Child }) {
  return <div class={`notice ${props.kind ?? 'info'}`} role="status">{props.children}</div>;
}


/**
 * The problems of a refused import under the capability's own headings, grouped: one line per
 * column and message, with the rows it occurs on as ranges ("2-945"), so that thousands of
 * problems read as the few things wrong with the file (at most `limit` lines).
 */
export function ImportProblemsTable(props: {
  t: Translate; problems: ImportProblem[]; headings: { row: string; column: string; problem: string }; caption?: string; limit?: number;
}) {
  const groups = groupProblems(props.problems);
  const shown = props.limit === undefined ? groups : groups.slice(0, props.limit);
  return (
    <table class="list" data-testid="import-problems">
      {props.caption ? <caption>{props.caption}</caption> : null}
      <thead><tr><th>{props.headings.row}</th><th>{props.headings.column}</th><th>{props.headings.problem}</th></tr></thead>
      <tbody>
        {shown.map((group) => <tr><td>{rowRanges(group.rows)}</td><td><code>{group.column}</code></td><td>{props.t(group.message, group.params)}</td></tr>)}
      </tbody>
    </table>
  );
}
