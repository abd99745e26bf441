import type { Locale } from './i18n.ts';

// Latin digits in every language: figures in tables and reports must read the same to
// analysts across offices (Arabic text keeps its own script).
const numbering = (locale: Locale) => `${locale}-u-nu-latn`;

export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(numbering(locale), options).format(value);
}

export function formatDate(locale: Locale, value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  return new Intl.DateTimeFormat(numbering(locale), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(locale: Locale, value: Date): string {
  return new Intl.DateTimeFormat(numbering(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(value) + ' UTC';
}
