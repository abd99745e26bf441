/** The languages Ariadne offers. Adding one: its code here, its name below, and a `<code>.json` in every messages folder. */
export const LOCALES = ['en', 'fr', 'es', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français', es: 'Español', ar: 'العربية' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function direction(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
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

// Latin digits in every language: figures in tables and reports must read the same to
// analysts across offices (Arabic text keeps its own script).
export const numberingLocale = (locale: Locale) => `${locale}-u-nu-latn`;
