import { hasMessage, messageText } from './catalogue.ts';
import { compileMessage, type CompiledMessage, type Params } from './message-format.ts';
import type { Locale } from './locales.ts';

export { LOCALES, LOCALE_NAMES, isLocale, direction, negotiateLocale, type Locale } from './locales.ts';
export { hasMessage, type Params };

export type Translate = (key: string, params?: Params) => string;

const compiled = new Map<string, CompiledMessage>();

/**
 * The one translation function: the message of the key in the language (English when the
 * language lacks it, the key itself when no language has it), formatted with its arguments.
 * A test makes sure every key used exists in every language with the same arguments.
 */
export function translate(locale: Locale, key: string, params: Params = {}): string {
  const cacheKey = `${locale}\u0000${key}`;
  let message = compiled.get(cacheKey);
  if (!message) {
    const text = messageText(locale, key) ?? messageText('en', key);
    if (text === undefined) return key;
    message = compileMessage(locale, text);
    compiled.set(cacheKey, message);
  }
  return message.format(params);
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
