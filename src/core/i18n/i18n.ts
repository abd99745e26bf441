import { CATALOGUES, ENGLISH, type MessageKey } from './catalogues.ts';
import { formatNumber } from './format.ts';

export const LOCALES = ['en', 'fr', 'es', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export type { MessageKey };

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية' };
export { CATALOGUES, ENGLISH };

export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The one translation function. Unknown keys are shown as the key itself (and a test makes
 * sure every key used exists in every language); {name} placeholders are filled from params,
 * numbers formatted for the language.
 */
export function translate(locale: Locale, key: string, params: Params = {}): string {
  const catalogue = CATALOGUES[locale] as Record<string, string>;
  const template = catalogue[key] ?? (ENGLISH as Record<string, string>)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** The best of our languages for an Accept-Language header (by q-value, then order); English if none fits. */
export function negotiateLocale(header: string | undefined | null): Locale {
  if (!header) return 'en';
  const ranges = header.split(',').map((part, index) => {
    const [tag, ...attributes] = part.trim().split(';');
    const q = attributes.map((attribute) => /^\s*q=([\d.]+)\s*$/.exec(attribute)).find(Boolean);
    return { language: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, index };
  }).filter((range) => range.language && range.q > 0);
  ranges.sort((a, b) => b.q - a.q || a.index - b.index);
  return ranges.map((range) => range.language).find(isLocale) ?? 'en';
}
