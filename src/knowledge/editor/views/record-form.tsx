import type { FieldError } from '../../../core/errors.ts';
import type { RequestState } from '../../../core/http/context.ts';
import { CsrfField, ErrorSummary } from '../../../core/http/components.tsx';
import type { Kind } from '../../schemas.ts';
import type { FormValues } from '../form-input.ts';
import { errorLabels } from '../labels.ts';
import { CaseFields } from './case-fields.tsx';
import { TextField, type FormContext } from './controls.tsx';
import { LegislationFields } from './legislation-fields.tsx';
import { PublicationFields } from './publication-fields.tsx';

/**
 * The form of a record of any kind. `errors` are already mapped to the controls that show
 * them (see errorsForControls). Someone who may not edit sees the same fields, disabled.
 */
export function RecordForm(props: {
  state: RequestState; kind: Kind; action: string; values: FormValues; errors: FieldError[]; editable: boolean; submitLabel: string;
}) {
  const { t, locale } = props.state;
  const ctx: FormContext = { t, locale, values: props.values, errors: props.errors };
  const fields = props.kind === 'case' ? <CaseFields ctx={ctx} /> : props.kind === 'legislation' ? <LegislationFields ctx={ctx} /> : <PublicationFields ctx={ctx} />;
  return (
    <>
      <ErrorSummary t={t} errors={props.errors} labels={errorLabels(t, props.errors)} />
      <form method="post" action={props.action} class="record" id="field-form" novalidate>
        <CsrfField state={props.state} />
        {props.editable ? (
          <>
            {fields}
            <h2>{t('editor.section.save')}</h2>
            <TextField ctx={ctx} name="note" label={t('editor.note')} hint={t('editor.hint.note')} />
            <p><button type="submit" class="primary">{props.submitLabel}</button></p>
          </>
        ) : (
          <fieldset disabled>
            <legend>{t('editor.read_only')}</legend>
            {fields}
          </fieldset>
        )}
      </form>
    </>
  );
}
