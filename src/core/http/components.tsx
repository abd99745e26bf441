import type { Child } from 'hono/jsx';
import type { FieldError } from '../errors.ts';
import type { Translate } from '../i18n/i18n.ts';
import type { RequestState } from './context.ts';

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

export function Field(props: {
  t: Translate; name: string; label: string; errors?: FieldError[]; hint?: string; children?: Child;
  type?: string; value?: string; required?: boolean; autocomplete?: string;
}) {
  const error = props.errors?.find((item) => item.field === props.name);
  const id = `field-${props.name}`;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
      {error ? <p class="field-error" id={`${id}-error`}>{props.t(error.message, error.params)}</p> : null}
      {props.children ?? (
        <input id={id} name={props.name} type={props.type ?? 'text'} value={props.value ?? ''} required={props.required}
          autocomplete={props.autocomplete} aria-invalid={error ? 'true' : undefined}
          aria-describedby={[props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined} />
      )}
    </div>
  );
}

export function Notice(props: { kind?: 'info' | 'success' | 'warning'; children?: Child }) {
  return <div class={`notice ${props.kind ?? 'info'}`} role="status">{props.children}</div>;
}

/** A problem of an import file: the row as numbered in the file, its column, and a message key. */
export interface ImportProblemRow { row: number; column: string; message: string; params?: Record<string, string | number> }

/** The problems of a refused import, one row each (at most `limit`), under the capability's own headings. */
export function ImportProblemsTable(props: {
  t: Translate; problems: ImportProblemRow[]; headings: { row: string; column: string; problem: string }; caption?: string; limit?: number;
}) {
  const shown = props.limit === undefined ? props.problems : props.problems.slice(0, props.limit);
  return (
    <table class="list" data-testid="import-problems">
      {props.caption ? <caption>{props.caption}</caption> : null}
      <thead><tr><th>{props.headings.row}</th><th>{props.headings.column}</th><th>{props.headings.problem}</th></tr></thead>
      <tbody>
        {shown.map((problem) => <tr><td>{String(problem.row)}</td><td><code>{problem.column}</code></td><td>{props.t(problem.message, problem.params)}</td></tr>)}
      </tbody>
    </table>
  );
}
