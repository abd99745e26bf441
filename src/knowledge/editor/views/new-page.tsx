import type { FieldError } from '../../../core/errors.ts';
import type { RequestState } from '../../../core/http/context.ts';
import { Layout } from '../../../core/http/layout.tsx';
import type { Kind } from '../../schemas.ts';
import type { FormValues } from '../form-input.ts';
import { RecordForm } from './record-form.tsx';

/** A new record of one kind: the empty form, or the form as typed with what is wrong. */
export function NewRecordPage(props: { state: RequestState; kind: Kind; values: FormValues; errors: FieldError[] }) {
  const { t } = props.state;
  const title = t(`editor.new.${props.kind}`);
  return (
    <Layout state={props.state} title={title} wide>
      <p><a href="/knowledge/editor">{`← ${t('editor.queue.title')}`}</a></p>
      <h1>{title}</h1>
      <p class="hint">{t('editor.new.intro')}</p>
      <RecordForm state={props.state} kind={props.kind} action={`/knowledge/editor/new/${props.kind}`} values={props.values} errors={props.errors}
        editable submitLabel={t('editor.create')} />
    </Layout>
  );
}
