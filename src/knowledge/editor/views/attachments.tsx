import type { FieldError } from '../../../core/errors.ts';
import type { RequestState } from '../../../core/http/context.ts';
import { CsrfField, ErrorSummary } from '../../../core/http/components.tsx';
import { allows } from '../../../core/access/policy.ts';
import { formatNumber } from '../../../core/i18n/format.ts';
import { knowledgePolicy } from '../../policy.ts';
import { termKey, VOCABULARIES } from '../../vocabularies.ts';

export interface AttachmentRow { id: number; filename: string; size_bytes: number; language: string | null }

/** The judgments and documents of a record, and the form to attach another (PDF or text). */
export function Attachments(props: { state: RequestState; recordId: number; attachments: AttachmentRow[]; errors: FieldError[] }) {
  const { t, locale } = props.state;
  return (
    <section id="attachments">
      <h2>{t('editor.attachments.title')}</h2>
      {props.attachments.length ? (
        <ul>
          {props.attachments.map((file) => (
            <li><a href={`/knowledge/attachments/${file.id}`}>{file.filename}</a>{` (${formatNumber(locale, Math.ceil(file.size_bytes / 1024))} KB${file.language ? `, ${t(termKey('textLanguage', file.language))}` : ''})`}</li>
          ))}
        </ul>
      ) : <p>{t('editor.attachments.none')}</p>}
      {allows(knowledgePolicy, props.state.actor, 'knowledge.edit') ? (
        <form method="post" action={`/knowledge/editor/records/${props.recordId}/attachments`} enctype="multipart/form-data" class="stack">
          <ErrorSummary t={t} errors={props.errors} labels={{ file: t('editor.attachments.file') }} />
          <CsrfField state={props.state} />
          <div class="field" id="field-file">
            <label for="attachment-file">{t('editor.attachments.file')}</label>
            <p class="hint">{t('editor.attachments.hint')}</p>
            <input id="attachment-file" type="file" name="file" accept=".pdf,.txt,application/pdf,text/plain" required />
          </div>
          <div class="field">
            <label for="attachment-language">{t('editor.attachments.language')}</label>
            <select id="attachment-language" name="language">
              {VOCABULARIES.textLanguage.map((language) => <option value={language} selected={language === 'en'}>{t(termKey('textLanguage', language))}</option>)}
            </select>
          </div>
          <button type="submit">{t('editor.attachments.upload')}</button>
        </form>
      ) : null}
    </section>
  );
}
