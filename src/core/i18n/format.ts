import { numberingLocale as numbering, type Locale } from './locales.ts';

// Building an Intl formatter costs about a thousand times more than using one, and a page of
// tables formats thousands of figures: formatters are kept per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(numbering(locale), options)));
  return format;
}

function dateFormat(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(numbering(locale), { dateStyle: 'medium', ...(withTime ? { timeStyle: 'short' } : {}), timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}

export function formatDate(locale: Locale, value: Date | string): string {
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
  return dateFormat(locale, false).format(date);
}

export function formatDateTime(locale: Locale, value: Date): string {
  return dateFormat(locale, true).format(value) + ' UTC';
}

/**
 * A date known to the year, the month or the day (`2010`, `2010-03`, `2010-03-05`), shown as
 * precisely as it is known: "2010", "March 2010", "Mar 5, 2010"; never a day that was not given.
 */
export function formatPartialDate(locale: Locale, value: string): string {
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) {
    const key = `${locale}month`;
    let format = dateFormats.get(key);
    if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(numbering(locale), { year: 'numeric', month: 'long', timeZone: 'UTC' })));
    return format.format(new Date(`${value}-01T00:00:00Z`));
  }
  return formatDate(locale, value);
}
