import type { RequestState } from '../../core/http/context.ts';
import { termKey } from '../vocabularies.ts';
import type { TextLanguage } from '../schemas.ts';
import { pickText, TEXT_DIRECTION } from './text.ts';

/**
 * A multilingual text: shown in the reader's language if translated, else in the original
 * (marked as such); the other language versions are one click away.
 */
export function LocalizedText(props: { state: RequestState; text?: Partial<Record<TextLanguage, string>>; original: string; as?: 'p' | 'div' }) {
  const { t, locale } = props.state;
  const chosen = pickText(props.text, locale, props.original);
  if (!chosen) return null;
  const others = Object.entries(props.text ?? {}).filter(([language]) => language !== chosen.language);
  return (
    <div class="localized">
      {chosen.text.split(/\n{2,}/).map((paragraph) => <p lang={chosen.language} dir={TEXT_DIRECTION(chosen.language)}>{paragraph}</p>)}
      {chosen.language !== locale ? <p class="hint">{t('knowledge.text_in', { language: t(termKey('textLanguage', chosen.language)) })}{chosen.language === props.original ? ` (${t('knowledge.original')})` : ''}</p> : null}
      {others.length ? (
        <details>
          <summary>{t('knowledge.other_languages')}</summary>
          {others.map(([language, text]) => (
            <div>
              <h4>{t(termKey('textLanguage', language))}{language === props.original ? ` (${t('knowledge.original')})` : ''}</h4>
              <p lang={language} dir={TEXT_DIRECTION(language)}>{text}</p>
            </div>
          ))}
        </details>
      ) : null}
    </div>
  );
}
