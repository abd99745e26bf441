import type { Locale } from '../../core/i18n/i18n.ts';
import type { TextLanguage } from '../schemas.ts';

type Localized = Partial<Record<TextLanguage, string>>;

/** The text in the reader's language when a translation exists, else in its original language. */
export function pickText(text: Localized | undefined, locale: Locale, original: string): { language: TextLanguage; text: string } | undefined {
  if (!text) return undefined;
  const language = (text[locale as TextLanguage] ? locale : text[original as TextLanguage] ? original : Object.keys(text)[0]) as TextLanguage | undefined;
  return language && text[language] ? { language, text: text[language]! } : undefined;
}

export const TEXT_DIRECTION = (language: string) => (language === 'ar' ? 'rtl' : 'ltr');
